package org.mnistlab.knime.node.sgdpredictor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.predict.PredictorParameters;
import org.mnistlab.knime.testing.Blobs;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerParameters;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters;

class SGDPredictorNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new SGDPredictorNodeFactory(), PredictorParameters.class);

    private static final NodeHarness LEARNER = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);

    private static final Blobs DATA = Blobs.of(30, 2);

    private static MnistLabModelPortObject s_binary;

    private static MnistLabModelPortObject s_multiclass;

    @BeforeAll
    static void learn() throws Exception {
        final var settings = Parameters.toSettings(LEARNER.defaultParameters(DATA.table().getDataTableSpec()), "model");
        settings.addString("positiveValue", "c");
        s_binary = LEARNER.execute(LEARNER.loadParameters(settings), DATA.table()).output(0);
        settings.addString("classes", "MULTICLASS");
        s_multiclass = LEARNER.execute(LEARNER.loadParameters(settings), DATA.table()).output(0);
    }

    private static List<String> appended(final DataTableSpec out) {
        return List.of(out.getColumnNames()).subList(DATA.table().getDataTableSpec().getNumColumns(),
            out.getNumColumns());
    }

    @Test
    void defaults_namedPredictionAndScores() {
        ConfigTrees.assertSameTree(
            ConfigTrees.settings("model").add("predictionColumn", "").add("appendScores", true).build(),
            Parameters.written(new PredictorParameters()));
    }

    @Test
    void configure_binary_appendsPredictionAndThePositiveClassScore() throws Exception {
        final DataTableSpec out =
            NODE.configure(new PredictorParameters(), s_binary.getSpec(), DATA.table().getDataTableSpec()).spec(0);
        assertEquals(List.of("Prediction (label)", "Score (True)"), appended(out));
        assertEquals(StringCell.TYPE, out.getColumnSpec("Prediction (label)").getType());
        assertEquals(DoubleCell.TYPE, out.getColumnSpec("Score (True)").getType());
    }

    @Test
    void configure_multiclass_appendsAScorePerClass() throws Exception {
        final DataTableSpec out = NODE.configure(PredictorParameters.of("digit", true), s_multiclass.getSpec(),
            DATA.table().getDataTableSpec()).spec(0);
        assertEquals(List.of("digit", "Score (a)", "Score (b)", "Score (c)"), appended(out));
    }

    @Test
    void configure_classesUnknownYet_specUnknownUnlessScoresAreOff() throws Exception {
        final MnistLabModelPortObjectSpec unfitted = new MnistLabModelPortObjectSpec("SGDClassifier", "label",
            List.of(), List.of(Blobs.FEATURES), Map.of());
        final DataTableSpec in = DATA.table().getDataTableSpec();
        assertNull(NODE.configure(new PredictorParameters(), unfitted, in).spec(0));
        assertEquals(List.of("Prediction (label)"),
            appended(NODE.configure(PredictorParameters.of("", false), unfitted, in).spec(0)));
    }

    @Test
    void configure_missingFeatureColumns_messageNamesThem() {
        final DataTableSpec in = Tables.builder().column("x1", DoubleCell.TYPE).spec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(new PredictorParameters(), s_binary.getSpec(), in));
        assertEquals("The input table lacks 2 of the 3 feature columns of the model: \"x0\", \"k\".", e.getMessage());
    }

    @Test
    void configure_textFeatureColumn_messageNamesIt() {
        final DataTableSpec in = Tables.builder().column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("k", StringCell.TYPE).spec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(new PredictorParameters(), s_binary.getSpec(), in));
        assertEquals("Column \"k\" holds String values, but it is a feature column of the model and must be numeric.",
            e.getMessage());
    }

    @Test
    void configure_scalerModel_isRejectedNamingTheLearner() throws Exception {
        final NodeHarness scaler = NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);
        final MnistLabModelPortObjectSpec spec = scaler
            .configure(scaler.defaultParameters(DATA.table().getDataTableSpec()), DATA.table().getDataTableSpec())
            .spec(0);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(new PredictorParameters(), spec, DATA.table().getDataTableSpec()));
        assertEquals("The model input holds a StandardScaler model; the SGD Predictor (scikit-learn) applies models of "
            + "the SGD Learner (scikit-learn).", e.getMessage());
    }

    @Test
    void configure_predictionNameTaken_messageNamesTheOption() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NODE
            .configure(PredictorParameters.of("note", true), s_binary.getSpec(), DATA.table().getDataTableSpec()));
        assertEquals("Prediction column: the input table already has a column \"note\"; choose another name.",
            e.getMessage());
    }

    @Test
    void configure_scoreNameTaken_suggestsSwitchingScoresOff() {
        final DataTableSpec in = Tables.builder().column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("k", IntCell.TYPE).column("Score (True)", DoubleCell.TYPE).spec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(new PredictorParameters(), s_binary.getSpec(), in));
        assertEquals("The input table already has a column \"Score (True)\"; remove or rename it, or switch off "
            + "Append decision scores.", e.getMessage());
    }

    @Test
    void execute_multiclass_appendsTheEnginesPredictionsAndScoresToEveryRow() throws Exception {
        final BufferedDataTable in = DATA.table();
        final BufferedDataTable out = NODE.execute(new PredictorParameters(), s_multiclass, in).table(0);
        final SGDClassifier model = s_multiclass.getModel(SGDClassifier.class);
        final int[] predicted = model.predict(DATA.x());
        final Scores scores = model.decisionFunction(DATA.x());
        final List<DataRow> inRows = Tables.rows(in);
        final List<DataRow> rows = Tables.rows(out);
        assertEquals(inRows.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(inRows.get(i).getKey(), rows.get(i).getKey());
            for (int j = 0; j < 5; j++) {
                assertSame(inRows.get(i).getCell(j), rows.get(i).getCell(j));
            }
            assertEquals(model.classes()[predicted[i]], rows.get(i).getCell(5).toString());
            for (int c = 0; c < 3; c++) {
                assertEquals(scores.get(i, c), ((DoubleValue)rows.get(i).getCell(6 + c)).getDoubleValue());
            }
        }
        // KNIME adds the domains the rows have at execution: names and types must be the configured ones
        Tables.assertStructure(
            NODE.configure(new PredictorParameters(), s_multiclass.getSpec(), in.getDataTableSpec()).spec(0), out);
    }

    @Test
    void execute_binary_predictsTrueWhereThePositiveScoreIsPositive() throws Exception {
        final List<DataRow> rows =
            Tables.rows(NODE.execute(new PredictorParameters(), s_binary, DATA.table()).table(0));
        for (final DataRow r : rows) {
            final double score = ((DoubleValue)r.getCell(6)).getDoubleValue();
            assertEquals(score > 0 ? "True" : "False", r.getCell(5).toString());
        }
    }

    @Test
    void execute_featuresInAnotherOrder_areFoundByName() throws Exception {
        final BufferedDataTable shuffled = Tables.builder().column("k", IntCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("x0", DoubleCell.TYPE).row(1, 0.5, 2.5).build();
        final DataRow row = Tables.rows(NODE.execute(new PredictorParameters(), s_binary, shuffled).table(0)).get(0);
        final double expected = s_binary.getModel(SGDClassifier.class)
            .decisionFunction(DenseMatrix.of(new double[][]{{2.5, 0.5, 1}})).get(0, 0);
        assertEquals(expected, ((DoubleValue)row.getCell(4)).getDoubleValue());
    }

    @Test
    void execute_missingFeatureValue_messageNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("k", IntCell.TYPE).row(1.0, 2.0, 3).row(1.0, null, 3).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(new PredictorParameters(), s_binary, t));
        assertTrue(e.getMessage().startsWith("Column \"x1\" has a missing value in row \"Row1\" (row 2)."),
            e.getMessage());
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(new PredictorParameters(), Executions.canceled(), s_binary, DATA.table()));
    }
}
