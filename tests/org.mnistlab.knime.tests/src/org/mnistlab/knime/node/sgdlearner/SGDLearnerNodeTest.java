package org.mnistlab.knime.node.sgdlearner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;
import org.mnistlab.charts.TrainingLossChart;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.ParameterFields;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.PortObjects;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.LearningRate;
import org.mnistlab.engine.linear.Loss;
import org.mnistlab.engine.linear.Penalty;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDTrainingLog;
import org.mnistlab.knime.node.sgdlearner.SGDHyperParameters.LearningRateChoice;
import org.mnistlab.knime.node.sgdlearner.SGDHyperParameters.LossChoice;
import org.mnistlab.knime.node.sgdlearner.SGDHyperParameters.PenaltyChoice;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters.Classes;
import org.mnistlab.knime.params.TrainingColumnsParameters;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.testing.Blobs;

class SGDLearnerNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);

    private static final Blobs DATA = Blobs.of(30, 1);

    private static SGDLearnerParameters binary(final String positive) {
        final SGDLearnerParameters p = new SGDLearnerParameters();
        p.m_columns = TrainingColumnsParameters.of("label");
        p.m_positiveValue = positive;
        return p;
    }

    private static SGDLearnerParameters multiclass() {
        final SGDLearnerParameters p = binary("5");
        p.m_classes = Classes.MULTICLASS;
        return p;
    }

    @Test
    void defaults_areScikitLearnsWithTheLabsSeedAndFiveAsPositive() throws Exception {
        final SGDLearnerParameters p =
            (SGDLearnerParameters)NODE.defaultParameters(DATA.table().getDataTableSpec());
        assertEquals(SGDParams.DEFAULTS, p.toEngine());
        assertEquals(Classes.BINARY, p.m_classes);
        assertEquals("5", p.m_positiveValue);
        assertEquals("label", p.m_columns.labelColumn());
        assertEquals(0, p.m_threads);
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        // the hyper-parameters are inherited from SGDHyperParameters, so they come first, on the same level
        ConfigTrees.assertSameTree(ConfigTrees.settings("model") //
            .add("loss", "HINGE").add("epsilon", 0.1).add("penalty", "L2").add("alpha", 1.0E-4).add("l1Ratio", 0.15)
            .add("fitIntercept", true).add("learningRate", "OPTIMAL").add("eta0", 0.0).add("powerT", 0.5)
            .add("maxIter", 1000).add("stopEarly", true).add("tol", 0.001).add("nIterNoChange", 5)
            .add("shuffle", true).add("randomState", 42L) //
            .config("columns", c -> c.add("labelColumn", "") //
                .config("features", f -> f.add("selection", "ALL_NUMERIC").strings("columns")))
            .add("classes", "BINARY").add("positiveValue", "5").add("threads", 0).build(),
            Parameters.written(new SGDLearnerParameters()));
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final SGDLearnerParameters p = multiclass();
        p.m_columns = TrainingColumnsParameters.of("label", "x1", "x0");
        p.m_loss = LossChoice.HUBER;
        p.m_epsilon = 0.25;
        p.m_penalty = PenaltyChoice.ELASTICNET;
        p.m_alpha = 0.01;
        p.m_l1Ratio = 0.5;
        p.m_fitIntercept = false;
        p.m_learningRate = LearningRateChoice.INVSCALING;
        p.m_eta0 = 0.1;
        p.m_powerT = 0.25;
        p.m_maxIter = 7;
        p.m_stopEarly = false;
        p.m_tol = 0.5;
        p.m_nIterNoChange = 3;
        p.m_shuffle = false;
        p.m_randomState = 4_294_967_295L;
        p.m_threads = 3;
        final SGDLearnerParameters q = Parameters.roundTrip(p);
        assertEquals(new SGDParams(Loss.HUBER, Penalty.ELASTICNET, 0.01, 0.5, false, 7, null, false, 0.25,
            4_294_967_295L, LearningRate.INVSCALING, 0.1, 0.25, 3), q.toEngine());
        assertEquals(List.of(Classes.MULTICLASS, 0.5, 3), List.of(q.m_classes, q.m_tol, q.m_threads));
        // selected features come in table order: x0, x1
        assertArrayEquals(new int[]{1, 2}, q.m_columns.resolve(DATA.table().getDataTableSpec()).features());
    }

    private static void assertMessage(final String expected, final Consumer<SGDLearnerParameters> change) {
        final SGDLearnerParameters p = binary("b");
        change.accept(p);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void titles_nameEveryEngineParameterByTheOptionThatHoldsIt() {
        assertEquals(new TreeSet<>(SGDParams.DEFAULTS.toProperties().keySet()), new TreeSet<>(SGDHyperParameters.TITLES.keySet()));
        assertTrue(ParameterFields.widgetTitles(SGDHyperParameters.class).containsAll(SGDHyperParameters.TITLES.values()),
            SGDHyperParameters.TITLES.values() + " are not all titles of " + ParameterFields.widgetTitles(SGDHyperParameters.class));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        assertMessage("Positive value: enter the label of the positive class, e.g. 5.", p -> p.m_positiveValue = "");
        // the engine's rule and scikit-learn's words, after the title of the option that holds the value
        assertMessage("Alpha: The 'alpha' parameter of SGDClassifier must be a float in the range [0, inf). Got -1.0 "
            + "instead.", p -> p.m_alpha = -1);
        assertMessage("Alpha: alpha must be > 0 since learning_rate is 'optimal'. alpha is used to compute the "
            + "optimal learning rate.", p -> p.m_alpha = 0);
        assertMessage("L1 ratio: The 'l1_ratio' parameter of SGDClassifier must be a float in the range [0, 1]. Got "
            + "1.5 instead.", p -> p.m_l1Ratio = 1.5);
        assertMessage("Epsilon: The 'epsilon' parameter of SGDClassifier must be a float in the range [0, inf). Got "
            + "NaN instead.", p -> p.m_epsilon = Double.NaN);
        assertMessage("Initial learning rate: eta0 must be > 0", p -> p.m_learningRate = LearningRateChoice.CONSTANT);
        assertMessage("Power t: The 'power_t' parameter of SGDClassifier must be a float in the range (-inf, inf). "
            + "Got Infinity instead.", p -> p.m_powerT = Double.POSITIVE_INFINITY);
        assertMessage("Maximum epochs: The 'max_iter' parameter of SGDClassifier must be an int in the range [1, "
            + "inf). Got 0 instead.", p -> p.m_maxIter = 0);
        assertMessage("Tolerance: The 'tol' parameter of SGDClassifier must be a float in the range [0, inf) or "
            + "None. Got -0.1 instead.", p -> p.m_tol = -0.1);
        assertMessage("Epochs without improvement: The 'n_iter_no_change' parameter of SGDClassifier must be an int "
            + "in the range [1, inf). Got 0 instead.", p -> p.m_nIterNoChange = 0);
        assertMessage("Random seed: The 'random_state' parameter of SGDClassifier must be an int in the range [0, "
            + "4294967295]. Got 4294967296 instead.", p -> p.m_randomState = 1L << 32);
        assertMessage("Threads must be at least 0 (0 = one per processor), got -1.", p -> p.m_threads = -1);
    }

    @Test
    void noLabelColumnYet_loadsAsForANewNode_configureAsksForIt() throws Exception {
        final SGDLearnerParameters p = binary("b");
        p.m_columns = TrainingColumnsParameters.of("");
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, DATA.table().getDataTableSpec()));
        assertEquals("Label column: select the column holding the classes.", e.getMessage());
    }

    @Test
    void configure_binary_specHasBothClassesTheNumericFeaturesAndTheTarget() throws Exception {
        final NodeHarness.Configured c = NODE.configure(binary("b"), DATA.table().getDataTableSpec());
        final MnistLabModelPortObjectSpec model = c.spec(0);
        assertEquals("SGDClassifier", model.getModelType());
        assertEquals("label", model.getTargetColumn());
        assertEquals(List.of("False", "True"), model.getClasses());
        assertEquals(List.of(Blobs.FEATURES), model.getFeatureColumns());
        assertEquals("label == \"b\"", model.getHyperParameters().get("target"));
        assertEquals("hinge", model.getHyperParameters().get("loss"));
        assertEquals("42", model.getHyperParameters().get("random_state"));
        final DataTableSpec coef = c.spec(1);
        assertEquals(List.of("x0", "x1", "k", "Intercept"), List.of(coef.getColumnNames()));
        assertEquals(List.of("Class", "Epoch", "Norm", "NNZs", "Bias", "T", "Avg. loss", "Total training time (s)",
            "Log line", "Stopped"), List.of(((DataTableSpec)c.spec(2)).getColumnNames()));
        assertEquals(ImagePortObjectSpec.class, c.spec(3).getClass());
    }

    @Test
    void configure_multiclass_classesAreUnknownUntilFitted() throws Exception {
        final MnistLabModelPortObjectSpec model = NODE.configure(multiclass(), DATA.table().getDataTableSpec()).spec(0);
        assertEquals(List.of(), model.getClasses());
        assertEquals("label", model.getHyperParameters().get("target"));
    }

    @Test
    void configure_featureNamedIntercept_coefficientColumnStaysUnique() throws Exception {
        final DataTableSpec spec = Tables.builder().column("label", StringCell.TYPE)
            .column("Intercept", DoubleCell.TYPE).spec();
        final DataTableSpec coef = NODE.configure(binary("b"), spec).spec(1);
        assertEquals(List.of("Intercept", "Intercept (#1)"), List.of(coef.getColumnNames()));
    }

    @Test
    void configure_absentSelectedColumns_messageNamesThem() {
        final SGDLearnerParameters p = binary("b");
        p.m_columns = TrainingColumnsParameters.of("label", "x0", "y", "z");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, DATA.table().getDataTableSpec()));
        assertEquals("Selected feature columns: the input table has no column \"y\", \"z\".", e.getMessage());
    }

    @Test
    void configure_absentLabelColumn_messageNamesIt() {
        final SGDLearnerParameters p = binary("b");
        p.m_columns = TrainingColumnsParameters.of("digit");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, DATA.table().getDataTableSpec()));
        assertEquals("Label column: the input table has no column \"digit\".", e.getMessage());
    }

    @Test
    void execute_binary_isTheEnginesFitBitForBit() throws Exception {
        final Executed e = NODE.execute(binary("b"), DATA.table());
        final MnistLabModelPortObject port = e.output(0);
        final SGDClassifier node = port.getModel(SGDClassifier.class);
        final SGDClassifier engine =
            SGDClassifier.fit(DATA.x(), Target.binary(DATA.labels(), "b"), SGDParams.DEFAULTS, 1, Monitor.NONE);
        assertArrayEquals(engine.coef()[0], node.coef()[0]);
        assertArrayEquals(engine.intercept(), node.intercept());
        assertEquals(engine.nIter(), node.nIter());
        assertEquals(List.of("False", "True"), port.getSpec().getClasses());
        assertEquals(Map.of("n_iter_", Integer.toString(engine.nIter()), "converged", "true"),
            port.getSpec().getFitResults());
        final List<DataRow> coef = Tables.rows(e.table(1));
        assertEquals(1, coef.size());
        assertEquals("True", coef.get(0).getKey().getString());
        for (int j = 0; j < 3; j++) {
            assertEquals(engine.coef()[0][j], ((DoubleValue)coef.get(0).getCell(j)).getDoubleValue());
        }
        assertEquals(engine.intercept()[0], ((DoubleValue)coef.get(0).getCell(3)).getDoubleValue());
        assertTrue(e.warning().isEmpty());
    }

    @Test
    void execute_multiclass_isTheEnginesOneVsAllFitWithARowPerClass() throws Exception {
        final SGDLearnerParameters p = multiclass();
        p.m_threads = 2;
        final Executed e = NODE.execute(p, DATA.table());
        final SGDClassifier node = ((MnistLabModelPortObject)e.output(0)).getModel(SGDClassifier.class);
        final SGDClassifier engine = SGDClassifier.fit(DATA.x(), DATA.y(), SGDParams.DEFAULTS, 1, Monitor.NONE);
        assertArrayEquals(engine.coef(), node.coef());
        assertArrayEquals(engine.intercept(), node.intercept());
        assertEquals(List.of("a", "b", "c"), ((MnistLabModelPortObject)e.output(0)).getSpec().getClasses());
        assertEquals(List.of("a", "b", "c"),
            Tables.rows(e.table(1)).stream().map(r -> r.getKey().getString()).toList());
    }

    @Test
    void execute_positiveValueAbsent_messageNamesColumnAndValue() {
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(binary("5"), DATA.table()));
        assertEquals("Positive value: no row of column \"label\" has the value \"5\", so there is no positive class "
            + "to learn.", e.getMessage());
    }

    @Test
    void execute_singleClass_messageNamesTheColumn() {
        final BufferedDataTable one = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .row("a", 1.0).row("a", 2.0).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(multiclass(), one));
        assertEquals("Column \"label\" holds a single class (\"a\"); a classifier needs at least two.",
            e.getMessage());
    }

    @Test
    void execute_missingFeatureValue_messageNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .row("a", 1.0).row("b", null).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(multiclass(), t));
        assertTrue(e.getMessage().startsWith("Column \"x\" has a missing value in row \"Row1\" (row 2)."),
            e.getMessage());
    }

    @Test
    void execute_emptyTable_saysSo() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(multiclass(), t));
        assertEquals("The input table is empty: there is nothing to learn from.", e.getMessage());
    }

    @Test
    void execute_maximumEpochsReached_warnsAsScikitLearn() throws Exception {
        final SGDLearnerParameters p = binary("b");
        p.m_maxIter = 2;
        final Executed e = NODE.execute(p, DATA.table());
        assertEquals("Maximum number of iteration reached before convergence (2 epochs). Consider increasing "
            + "Maximum epochs to improve the fit.", e.warning().orElseThrow());
        assertEquals("false", ((MnistLabModelPortObject)e.output(0)).getSpec().getFitResults().get("converged"));
    }

    @Test
    void execute_noStopping_runsEveryEpochWithoutWarning() throws Exception {
        final SGDLearnerParameters p = binary("b");
        p.m_maxIter = 3;
        p.m_stopEarly = false;
        final Executed e = NODE.execute(p, DATA.table());
        assertEquals(3, ((MnistLabModelPortObject)e.output(0)).getModel(SGDClassifier.class).nIter());
        assertTrue(e.warning().isEmpty());
    }

    @Test
    void execute_reportsEpochsAsProgress() throws Exception {
        final DefaultNodeProgressMonitor progress = new DefaultNodeProgressMonitor();
        final MnistLabModelPortObject model = NODE.execute(binary("b"), progress, DATA.table()).output(0);
        final int epochs = model.getModel(SGDClassifier.class).nIter();
        // the last message KNIME shows is the last epoch's, below the node's own levels
        final List<String> messages = progress.getMessages();
        assertEquals("SGD epoch " + epochs + " (at most 1000)", messages.get(messages.size() - 1), messages.toString());
        // the fit is most of the node's work
        assertTrue(progress.getProgress() > 0.8, progress.getProgress().toString());
    }

    @Test
    void execute_canceledBetweenEpochs_throwsCanceledExecutionException() {
        final SGDLearnerParameters p = binary("b");
        p.m_stopEarly = false;
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(p, Executions.cancelingAfter(3), DATA.table()));
    }

    /** The log table's row as scikit-learn prints the epoch, from its exact numbers (time 0: ours, not compared). */
    private static SGDEpoch epoch(final DataRow row) {
        return new SGDEpoch(((IntValue)row.getCell(1)).getIntValue(), number(row, 2),
            ((IntValue)row.getCell(3)).getIntValue(), number(row, 4), ((LongValue)row.getCell(5)).getLongValue(),
            number(row, 6), 0);
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    /** Every epoch of the engine's log, in order, is a row of the table with the same numbers and line. */
    private static void assertLogTable(final SGDTrainingLog expected, final BufferedDataTable table) {
        final List<DataRow> rows = Tables.rows(table);
        int r = 0;
        for (final SGDProblemLog p : expected.problems()) {
            for (final SGDEpoch e : p.epochs()) {
                final DataRow row = rows.get(r++);
                assertEquals(p.positiveClass(), row.getCell(0).toString());
                assertEquals(e.line(), epoch(row).line(), "row " + r);
                assertEquals(List.of(e.epoch(), e.norm(), e.nnz(), e.bias(), e.t(), e.avgLoss()),
                    List.of(epoch(row).epoch(), epoch(row).norm(), epoch(row).nnz(), epoch(row).bias(),
                        epoch(row).t(), epoch(row).avgLoss()), "row " + r);
                assertEquals(e.line(), row.getCell(8).toString());
                assertTrue(number(row, 7) >= 0, "seconds");
                final boolean last = e.epoch() == p.epochs().size();
                assertEquals(last ? TrainingLogTable.stopped(p) : null,
                    row.getCell(9).isMissing() ? null : row.getCell(9).toString(), "row " + r);
            }
        }
        assertEquals(r, rows.size());
    }

    @Test
    void execute_binary_logsEveryEpochAsScikitLearnsVerboseFit() throws Exception {
        final Executed e = NODE.execute(binary("b"), DATA.table());
        final SGDTrainingLog log = SGDClassifier.fit(DATA.x(), Target.binary(DATA.labels(), "b"), SGDParams.DEFAULTS,
            1, Monitor.NONE, true).trainingLog().orElseThrow();
        assertEquals(1, log.problems().size());
        assertLogTable(log, e.table(2));
        final List<DataRow> rows = Tables.rows(e.table(2));
        final DataRow last = rows.get(rows.size() - 1);
        assertEquals("True", last.getCell(0).toString(), "the binary problem learns the positive class");
        assertEquals("Convergence after " + rows.size() + " epochs", last.getCell(9).toString());
        assertEquals(Integer.toString(rows.size()),
            ((MnistLabModelPortObject)e.output(0)).getSpec().getFitResults().get("n_iter_"));
        final DataTableSpec spec = e.table(2).getDataTableSpec();
        assertEquals(Map.of("stopped", "converged"), spec.getProperties());
        assertArrayEquals(TrainingLossChart.of(log).png(),
            ((PNGImageValue)((ImagePortObject)e.output(3)).toDataCell()).getImageContent().getByteArray());
    }

    @Test
    void execute_multiclass_logsEachClassAgainstTheRestInClassOrder() throws Exception {
        final SGDLearnerParameters p = multiclass();
        p.m_threads = 2;
        final Executed e = NODE.execute(p, DATA.table());
        final SGDTrainingLog log = SGDClassifier.fit(DATA.x(), DATA.y(), SGDParams.DEFAULTS, 1, Monitor.NONE, true)
            .trainingLog().orElseThrow();
        assertEquals(3, log.problems().size());
        assertLogTable(log, e.table(2));
        final Map<String, String> properties = e.table(2).getDataTableSpec().getProperties();
        assertEquals(Set.of("stopped (a)", "stopped (b)", "stopped (c)"), properties.keySet());
    }

    @Test
    void execute_maximumEpochsReached_logSaysSoAndCarriesTheConvergenceWarning() throws Exception {
        final SGDLearnerParameters p = binary("b");
        p.m_maxIter = 2;
        final Executed e = NODE.execute(p, DATA.table());
        final List<DataRow> rows = Tables.rows(e.table(2));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getCell(9).isMissing());
        assertEquals("Maximum epochs reached (2)", rows.get(1).getCell(9).toString());
        assertEquals(Map.of("stopped", "max_iter", "ConvergenceWarning", SGDTrainingLog.CONVERGENCE_WARNING),
            e.table(2).getDataTableSpec().getProperties());
    }

    @Test
    void execute_noStoppingRule_logsEveryEpochWithoutWarning() throws Exception {
        final SGDLearnerParameters p = binary("b");
        p.m_maxIter = 3;
        p.m_stopEarly = false;
        final Executed e = NODE.execute(p, DATA.table());
        assertEquals("Maximum epochs reached (3)", Tables.rows(e.table(2)).get(2).getCell(9).toString());
        assertEquals(Map.of("stopped", "max_iter"), e.table(2).getDataTableSpec().getProperties());
    }

    @Test
    void model_saveLoad_givesTheSameDecisions() throws Exception {
        final MnistLabModelPortObject saved = NODE.execute(multiclass(), DATA.table()).output(0);
        final MnistLabModelPortObject loaded = PortObjects.roundTrip(saved);
        assertNotSame(saved.getModel(), loaded.getModel());
        assertEquals(saved.getSpec(), loaded.getSpec());
        assertEquals(saved.getSpec().getFitResults(), loaded.getSpec().getFitResults());
        assertArrayEquals(saved.getModel(SGDClassifier.class).decisionFunction(DATA.x()).values(),
            loaded.getModel(SGDClassifier.class).decisionFunction(DATA.x()).values());
        assertFalse(loaded.getSpec().getFitResults().isEmpty());
    }
}
