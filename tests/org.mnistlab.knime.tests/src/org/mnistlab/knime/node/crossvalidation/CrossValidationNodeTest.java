package org.mnistlab.knime.node.crossvalidation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.charts.CrossValidationChart;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.Loss;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.ScaledLearner;
import org.mnistlab.engine.selection.CrossValResult;
import org.mnistlab.engine.selection.CrossValidation;
import org.mnistlab.engine.selection.KFold;
import org.mnistlab.engine.selection.Splitter;
import org.mnistlab.engine.selection.StratifiedKFold;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.FoldKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.LearnerKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.TargetKind;
import org.mnistlab.knime.params.TrainingColumnsParameters;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.table.PredictionColumns.Binary;
import org.mnistlab.knime.table.TableData;
import org.mnistlab.knime.testing.Clusters;

class CrossValidationNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class);

    private static final int[] FEATURES = {1, 2, 3, 4};

    private static CrossValidationParameters binary(final String positive) {
        final CrossValidationParameters p = new CrossValidationParameters();
        p.m_columns = TrainingColumnsParameters.of("label");
        p.m_positiveValue = positive;
        p.m_threads = 1;
        return p;
    }

    /** The settings after editing their XML, as a user (or a flow variable) sets the learner blocks. */
    private static CrossValidationParameters edited(final CrossValidationParameters p,
        final Consumer<NodeSettings> edit) throws InvalidSettingsException {
        final NodeSettings settings = Parameters.toSettings(p, "model");
        edit.accept(settings);
        return Parameters.load(CrossValidationParameters.class, settings);
    }

    private static Consumer<NodeSettings> block(final String key, final Consumer<NodeSettings> edit) {
        return s -> {
            try {
                edit.accept(s.getNodeSettings(key));
            } catch (InvalidSettingsException e) {
                throw new AssertionError(e);
            }
        };
    }

    private static CrossValidationParameters multiclass() {
        final CrossValidationParameters p = binary("a");
        p.m_target = TargetKind.MULTICLASS;
        return p;
    }

    /** The engine's cross-validation of the same rows, what the node must reproduce. */
    private static CrossValResult engine(final BufferedDataTable t, final Target y, final Learner learner,
        final Splitter cv) throws Exception {
        final Dataset d = TableData.dataset(t, FEATURES, 0, Executions.context());
        return CrossValidation.run(d.x(), y, learner, cv, 1, Monitor.NONE);
    }

    private static String[] labels(final BufferedDataTable t) throws Exception {
        return TableData.labels(t, 0, Executions.context());
    }

    private static double[] doubles(final BufferedDataTable t, final String column) {
        return Tables.column(t, column).stream().mapToDouble(c -> ((DoubleValue)c).getDoubleValue()).toArray();
    }

    private static int[] ints(final BufferedDataTable t, final String column) {
        return Tables.column(t, column).stream().mapToInt(c -> ((IntValue)c).getIntValue()).toArray();
    }

    private static byte[] png(final ImagePortObject image) {
        return ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray();
    }

    @Test
    void defaults_areTheLabsBinaryFiveDetector() throws Exception {
        final CrossValidationParameters p =
            (CrossValidationParameters)NODE.defaultParameters(Clusters.of(6, "a", "b").getDataTableSpec());
        assertEquals("label", p.m_columns.labelColumn(), "a new node proposes the first text column");
        assertEquals(TargetKind.BINARY, p.m_target);
        assertEquals("5", p.m_positiveValue);
        assertEquals(LearnerKind.SGD, p.m_learner);
        assertEquals(SGDParams.DEFAULTS, p.m_sgd.toEngine(), "SGDClassifier(random_state=42)");
        assertEquals(SVCParams.DEFAULTS, p.m_svm.toEngine(), "SVC()");
        assertEquals(false, p.m_svm.oneVsRest());
        assertEquals(false, p.m_scaleInFold);
        assertEquals(3, p.m_folds);
        assertEquals(FoldKind.STRATIFIED, p.m_foldKind);
        assertEquals(false, p.m_shuffle);
        assertEquals(new StratifiedKFold(3), CrossValidationNode.splitter(p), "cv=3 for a classifier");
        p.validate();
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        // the learners' blocks are those of the SGD and SVM Learner nodes
        ConfigTrees.assertSameTree(ConfigTrees.settings("model") //
            .config("columns", c -> c.add("labelColumn", "") //
                .config("features", f -> f.add("selection", "ALL_NUMERIC").strings("columns")))
            .add("target", "BINARY").add("positiveValue", "5").add("learner", "SGD").add("scaleInFold", false)
            .config("sgd", s -> s.add("loss", "HINGE").add("epsilon", 0.1).add("penalty", "L2").add("alpha", 1.0E-4)
                .add("l1Ratio", 0.15).add("fitIntercept", true).add("learningRate", "OPTIMAL").add("eta0", 0.0)
                .add("powerT", 0.5).add("maxIter", 1000).add("stopEarly", true).add("tol", 0.001)
                .add("nIterNoChange", 5).add("shuffle", true).add("randomState", 42L))
            .config("svm", s -> s.add("kernel", "RBF").add("c", 1.0).add("gamma", "SCALE").add("gammaValue", 0.001)
                .add("degree", 3).add("coef0", 0.0).add("tol", 0.001).add("shrinking", true).add("cacheSize", 200.0)
                .add("strategy", "ONE_VS_ONE").add("decisionFunctionShape", "OVR").add("breakTies", false))
            .add("folds", 3).add("foldKind", "STRATIFIED").add("shuffle", false).add("shuffleSeed", 42L)
            .add("threads", 0).build(), Parameters.written(new CrossValidationParameters()));
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final CrossValidationParameters p = multiclass();
        p.m_columns = TrainingColumnsParameters.of("label", "x1", "x3");
        p.m_learner = LearnerKind.SVM;
        p.m_scaleInFold = true;
        p.m_folds = 5;
        p.m_foldKind = FoldKind.KFOLD;
        p.m_shuffle = true;
        p.m_shuffleSeed = 4_294_967_295L;
        p.m_threads = 2;
        final CrossValidationParameters q = edited(p, block("sgd", s -> {
            s.addString("loss", "LOG_LOSS");
            s.addDouble("alpha", 0.01);
        }).andThen(block("svm", s -> {
            s.addDouble("c", 2.5);
            s.addString("strategy", "ONE_VS_REST");
        })));
        final CrossValidationParameters r = Parameters.roundTrip(q);
        assertEquals(List.of(TargetKind.MULTICLASS, LearnerKind.SVM, true, 5, FoldKind.KFOLD, true, 4_294_967_295L,
            2), List.of(r.m_target, r.m_learner, r.m_scaleInFold, r.m_folds, r.m_foldKind, r.m_shuffle,
                r.m_shuffleSeed, r.m_threads));
        assertArrayEquals(new int[]{2, 4}, r.m_columns.resolve(Clusters.of(3, "a").getDataTableSpec()).features());
        assertEquals(SGDParams.DEFAULTS.withLoss(Loss.LOG_LOSS).withAlpha(0.01), r.m_sgd.toEngine());
        assertEquals(SVCParams.DEFAULTS.withC(2.5), r.m_svm.toEngine());
        assertEquals(true, r.m_svm.oneVsRest());
    }

    @Test
    void load_invalidValues_messagesNameTheOption() throws Exception {
        final CrossValidationParameters folds = binary("a");
        folds.m_folds = 1;
        assertMessage("Number of folds must be at least 2, got 1.", folds);
        assertMessage("Alpha: alpha must be > 0 since learning_rate is 'optimal'. alpha is used to compute the "
            + "optimal learning rate.", edited(binary("a"), block("sgd", s -> s.addDouble("alpha", 0))));
        assertMessage("Random seed: The 'random_state' parameter of SGDClassifier must be an int in the range [0, "
            + "4294967295]. Got -1 instead.", edited(binary("a"), block("sgd", s -> s.addLong("randomState", -1))));
        final CrossValidationParameters svm = binary("a");
        svm.m_learner = LearnerKind.SVM;
        assertMessage("C: The 'C' parameter of SVC must be a float in the range (0.0, inf). Got 0.0 instead.",
            edited(svm, block("svm", s -> s.addDouble("c", 0))));
        final CrossValidationParameters shuffle = binary("a");
        shuffle.m_shuffle = true;
        shuffle.m_shuffleSeed = 1L << 32;
        assertMessage("Shuffle seed must lie in 0..4294967295, got 4294967296.", shuffle);
        assertMessage("Positive value: enter the label of the positive class.", binary(""));
        final CrossValidationParameters threads = binary("a");
        threads.m_threads = -1;
        assertMessage("Threads must be at least 0 (0 = one per processor), got -1.", threads);
    }

    private static void assertMessage(final String expected, final CrossValidationParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void load_settingsOfTheOtherLearner_areNotChecked() throws Exception {
        // C = 0 is no SVC, but the SGD learner is chosen: the settings load as they are and SGD is cross-validated
        final CrossValidationParameters p = (CrossValidationParameters)NODE.loadParameters(
            Parameters.toSettings(edited(binary("b"), block("svm", s -> s.addDouble("c", 0))), "model"));
        assertEquals(0.0, Parameters.toSettings(p, "model").getNodeSettings("svm").getDouble("c"));
        final BufferedDataTable t = Clusters.of(60, "a", "b", "c");
        final Executed e = NODE.execute(p, t);
        final CrossValResult r = engine(t, Target.binary(labels(t), "b"), SGDClassifier.learner(SGDParams.DEFAULTS, 1),
            new StratifiedKFold(3));
        assertArrayEquals(r.foldAccuracy(), doubles(e.table(0), "Accuracy"));
        assertArrayEquals(r.scores().column(0), doubles(e.table(1), "Score (True)"));
        assertArrayEquals(CrossValidationChart.of(CrossValidationChart.TITLE, new String[]{"SGDClassifier"},
            new double[][]{r.foldAccuracy()}).png(), png(e.output(2)));
    }

    @Test
    void noLabelColumnYet_loadsAsForANewNode_configureAsksForIt() throws Exception {
        final CrossValidationParameters p = binary("a");
        p.m_columns = TrainingColumnsParameters.of("");
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, Clusters.of(6, "a", "b").getDataTableSpec()));
        assertEquals("Label column: select the column holding the classes.", e.getMessage());
    }

    @Test
    void configure_binary_appendsTargetPredictionScoreAndFold() throws Exception {
        final DataTableSpec in = Clusters.of(6, "a", "b").getDataTableSpec();
        final var configured = NODE.configure(binary("a"), in);
        assertEquals(CrossValidationNode.foldSpec(), configured.spec(0));
        final DataTableSpec out = configured.spec(1);
        assertEquals(in.getNumColumns() + 4, out.getNumColumns());
        final List<DataColumnSpec> appended =
            out.stream().skip(in.getNumColumns()).toList();
        assertEquals(List.of("label = positive value", "Prediction (label = positive value)", "Score (True)", "Fold"),
            appended.stream().map(DataColumnSpec::getName).toList());
        assertEquals(List.of(BooleanCell.TYPE, BooleanCell.TYPE, DoubleCell.TYPE, IntCell.TYPE),
            appended.stream().map(DataColumnSpec::getType).toList());
        assertEquals(PngImages.SPEC, configured.spec(2));
    }

    @Test
    void configure_binary_namesStayForEveryPositiveValue_theValueIsInTheProperties() throws Exception {
        final DataTableSpec in = Clusters.of(6, "a", "b").getDataTableSpec();
        final DataTableSpec a = NODE.configure(binary("a"), in).spec(1);
        final DataTableSpec b = NODE.configure(binary("b"), in).spec(1);
        assertEquals(List.of(a.getColumnNames()), List.of(b.getColumnNames()));
        final int n = in.getNumColumns();
        final Binary positiveB = new Binary("label", "b");
        assertTrue(PredictionColumns.isTarget(b.getColumnSpec(n)));
        assertEquals(Optional.of(positiveB), PredictionColumns.binary(b.getColumnSpec(n)));
        assertEquals("label = b", PredictionColumns.describe(b.getColumnSpec(n)));
        assertTrue(PredictionColumns.isPrediction(b.getColumnSpec(n + 1)));
        assertEquals(Optional.of(b.getColumnSpec(n).getName()), PredictionColumns.truthColumn(b.getColumnSpec(n + 1)));
        assertEquals(Optional.of(positiveB), PredictionColumns.binary(b.getColumnSpec(n + 1)));
        assertEquals("Prediction (label = b)", PredictionColumns.describe(b.getColumnSpec(n + 1)));
        assertEquals(n + 2, PredictionColumns.scoreOf(b, Target.TRUE));
        assertEquals(Optional.of(positiveB), PredictionColumns.binary(b.getColumnSpec(n + 2)));
        assertEquals(Optional.of(b.getColumnSpec(n).getName()), PredictionColumns.truthColumn(b.getColumnSpec(n + 2)));
    }

    @Test
    void execute_binary_outputSpecIsTheConfiguredOne() throws Exception {
        final BufferedDataTable table = Clusters.of(6, "a", "b");
        final CrossValidationParameters p = binary("b");
        final DataTableSpec configured = NODE.configure(p, table.getDataTableSpec()).spec(1);
        final DataTableSpec executed = NODE.execute(p, table).table(1).getDataTableSpec();
        assertTrue(configured.equalStructure(executed), "names and types");
        for (final DataColumnSpec c : configured) {
            assertEquals(c.getProperties(), executed.getColumnSpec(c.getName()).getProperties(), c.getName());
        }
    }

    @Test
    void configure_nameTakenByTheInput_theTargetIsRenamedAndThePredictionFollowsIt() throws Exception {
        final BufferedDataTable clusters = Clusters.of(6, "a", "b");
        final DataTableSpec in = new DataTableSpec(clusters.getDataTableSpec(),
            new DataTableSpec(new String[]{"label = positive value"}, new org.knime.core.data.DataType[]{IntCell.TYPE}));
        final DataTableSpec out = NODE.configure(binary("a"), in).spec(1);
        final DataColumnSpec target = out.getColumnSpec(in.getNumColumns());
        assertEquals("label = positive value (#1)", target.getName());
        assertTrue(PredictionColumns.isTarget(target));
        assertEquals(Optional.of(target.getName()),
            PredictionColumns.truthColumn(out.getColumnSpec(in.getNumColumns() + 1)));
    }

    @Test
    void configure_multiclass_outOfFoldColumnsAreUnknownBeforeExecution() throws Exception {
        assertNull(NODE.configure(multiclass(), Clusters.of(6, "a", "b").getDataTableSpec()).spec(1));
    }

    @Test
    void configure_appendedNameTaken_isMadeUnique() throws Exception {
        final DataTableSpec in = Tables.builder().column("label", StringCell.TYPE).column("Fold", DoubleCell.TYPE)
            .spec();
        final DataTableSpec out = NODE.configure(binary("a"), in).spec(1);
        assertEquals("Fold (#1)", out.getColumnSpec(out.getNumColumns() - 1).getName());
    }

    @Test
    void configure_absentLabelColumn_messageNamesTheOption() {
        final CrossValidationParameters p = binary("a");
        p.m_columns = TrainingColumnsParameters.of("class");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, Clusters.of(6, "a", "b").getDataTableSpec()));
        assertEquals("Label column: the input table has no column \"class\".", e.getMessage());
    }

    @Test
    void configure_noNumericFeature_isRejected() {
        final DataTableSpec in = Tables.builder().column("label", StringCell.TYPE).column("name", StringCell.TYPE)
            .spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(binary("a"), in));
        assertEquals("The input table has no numeric feature columns.", e.getMessage());
    }

    @Test
    void configure_labelAmongSelectedFeatures_isRejected() {
        final CrossValidationParameters p = binary("1");
        p.m_columns = TrainingColumnsParameters.of("x0", "x0", "x1");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, Clusters.of(6, "a", "b").getDataTableSpec()));
        assertEquals("Selected feature columns: \"x0\" is the label column, which cannot also be a feature.",
            e.getMessage());
    }

    @Test
    void execute_binary_isTheEnginesCrossValidation() throws Exception {
        final BufferedDataTable t = Clusters.of(60, "a", "b", "c");
        final Executed e = NODE.execute(binary("b"), t);
        final Target y = Target.binary(labels(t), "b");
        final CrossValResult r =
            engine(t, y, SGDClassifier.learner(SGDParams.DEFAULTS, 1), new StratifiedKFold(3));

        final BufferedDataTable folds = e.table(0);
        assertArrayEquals(r.foldAccuracy(), doubles(folds, "Accuracy"));
        assertArrayEquals(new int[]{1, 2, 3}, ints(folds, "Fold"));
        assertArrayEquals(new int[]{40, 40, 40}, ints(folds, "Training rows"));
        assertArrayEquals(new int[]{20, 20, 20}, ints(folds, "Test rows"));

        final BufferedDataTable oof = e.table(1);
        assertEquals(t.size(), oof.size());
        final List<DataRow> rows = Tables.rows(oof);
        final List<DataRow> input = Tables.rows(t);
        for (int i = 0; i < rows.size(); i++) {
            final DataRow row = rows.get(i);
            assertEquals(input.get(i).getKey(), row.getKey());
            for (int j = 0; j < t.getDataTableSpec().getNumColumns(); j++) {
                assertEquals(input.get(i).getCell(j), row.getCell(j));
            }
            assertEquals(y.code(i) == 1, ((BooleanValue)row.getCell(5)).getBooleanValue());
            assertEquals(r.predicted()[i] == 1, ((BooleanValue)row.getCell(6)).getBooleanValue());
            assertEquals(r.scores().get(i, 0), ((DoubleValue)row.getCell(7)).getDoubleValue());
        }
        final int[] fold = ints(oof, "Fold");
        for (int f = 0; f < 3; f++) {
            for (final int i : r.folds().get(f).test()) {
                assertEquals(f + 1, fold[i]);
            }
        }
        assertArrayEquals(CrossValidationChart.of(CrossValidationChart.TITLE, new String[]{"SGDClassifier"},
            new double[][]{r.foldAccuracy()}).png(), png(e.output(2)));
    }

    @Test
    void execute_multiclassIntegerLabels_predictIntegersAndScoreEveryClass() throws Exception {
        final BufferedDataTable t = Clusters.of(60, 2, 10, 1);
        final CrossValidationParameters p = multiclass();
        p.m_foldKind = FoldKind.KFOLD;
        p.m_shuffle = true;
        p.m_shuffleSeed = 7;
        final Executed e = NODE.execute(p, t);
        final Target y = Target.of(labels(t), Target.NUMERIC);
        assertArrayEquals(new String[]{"1", "2", "10"}, y.classes(), "numeric labels sort by value");
        final CrossValResult r = engine(t, y, SGDClassifier.learner(SGDParams.DEFAULTS, 1), KFold.shuffled(3, 7));

        final BufferedDataTable oof = e.table(1);
        final DataTableSpec spec = oof.getDataTableSpec();
        assertEquals(List.of("Prediction (label)", "Score (1)", "Score (2)", "Score (10)",
            "Fold"), Arrays.asList(spec.getColumnNames()).subList(5, 10));
        assertEquals(IntCell.TYPE, spec.getColumnSpec("Prediction (label)").getType());
        final List<DataCell> predicted = Tables.column(oof, "Prediction (label)");
        for (int i = 0; i < predicted.size(); i++) {
            assertEquals(y.className(r.predicted()[i]), predicted.get(i).toString());
            for (int k = 0; k < 3; k++) {
                assertEquals(r.scores().get(i, k), doubles(oof, spec.getColumnNames()[6 + k])[i]);
            }
        }
        assertArrayEquals(r.foldAccuracy(), doubles(e.table(0), "Accuracy"));
    }

    @Test
    void execute_twoClassesAsAllClasses_haveOneScoreLikeScikitLearn() throws Exception {
        final Executed e = NODE.execute(multiclass(), Clusters.of(30, "a", "b"));
        final DataTableSpec spec = e.table(1).getDataTableSpec();
        assertEquals(List.of("Prediction (label)", "Score (b)", "Fold"),
            Arrays.asList(spec.getColumnNames()).subList(5, 8));
    }

    @Test
    void execute_oneVsRestSvmScaledInFold_isTheEnginesPipeline() throws Exception {
        final BufferedDataTable t = Clusters.of(45, "a", "b", "c");
        final CrossValidationParameters p = multiclass();
        p.m_learner = LearnerKind.SVM;
        p.m_scaleInFold = true;
        final Executed e = NODE.execute(edited(p, block("svm", s -> s.addString("strategy", "ONE_VS_REST"))), t);
        final Learner learner = new ScaledLearner(OneVsRestClassifier.learner(SVC.learner(SVCParams.DEFAULTS, 1), 1));
        final CrossValResult r =
            engine(t, Target.of(labels(t), Target.LEXICOGRAPHIC), learner, new StratifiedKFold(3));
        assertArrayEquals(r.foldAccuracy(), doubles(e.table(0), "Accuracy"));
        assertArrayEquals(r.scores().column(2), doubles(e.table(1), "Score (c)"));
        assertArrayEquals(CrossValidationChart.of(CrossValidationChart.TITLE,
            new String[]{"StandardScaler + OneVsRestClassifier(SVC)"}, new double[][]{r.foldAccuracy()}).png(),
            png(e.output(2)));
    }

    @Test
    void execute_threads_neverChangeResults() throws Exception {
        final BufferedDataTable t = Clusters.of(60, "a", "b", "c");
        final CrossValidationParameters p = multiclass();
        final Executed one = NODE.execute(p, t);
        p.m_threads = 3;
        final Executed three = NODE.execute(p, t);
        assertEquals(Tables.contents(one.table(1)), Tables.contents(three.table(1)));
    }

    @Test
    void execute_positiveValueAbsent_explains() {
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(binary("5"), Clusters.of(6, "a", "b")));
        assertEquals("Positive value: no row of column \"label\" has the value \"5\", so there is no positive "
            + "class to learn.", e.getMessage());
    }

    @Test
    void execute_moreFoldsThanRowsOfAClass_givesScikitLearnsMessage() {
        final CrossValidationParameters p = binary("a");
        p.m_folds = 4;
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, Clusters.of(6, "a", "b")));
        assertEquals("n_splits=4 cannot be greater than the number of members in each class.", e.getMessage());
    }

    @Test
    void execute_smallClass_warnsAsScikitLearn() throws Exception {
        final BufferedDataTable t = Clusters.of(13, "a", "b", "c", "a", "b", "c", "a", "b", "c", "a", "b", "c", "d");
        final String warning = NODE.execute(multiclass(), t).warning().orElseThrow();
        assertTrue(warning.startsWith("The least populated class in y has only 1 members, which is less than "
            + "n_splits=3."), warning);
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(binary("a"), Executions.canceled(), Clusters.of(30, "a", "b")));
    }
}
