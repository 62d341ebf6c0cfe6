package org.mnistlab.knime.node.svmpredictor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.predict.PredictorParameters;
import org.mnistlab.knime.testing.Blobs;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters;
import org.mnistlab.knime.node.svmlearner.SVMLearnerParameters;

class SVMPredictorNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new SVMPredictorNodeFactory(), PredictorParameters.class);

    private static final NodeHarness LEARNER = NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class);

    private static final Blobs DATA = Blobs.of(36, 4);

    /** The SVM Learner's model with its defaults and the given settings. */
    private static MnistLabModelPortObject learn(final Consumer<NodeSettings> change) throws Exception {
        final NodeSettings settings =
            Parameters.toSettings(LEARNER.defaultParameters(DATA.table().getDataTableSpec()), "model");
        change.accept(settings);
        return LEARNER.execute(LEARNER.loadParameters(settings), DATA.table()).output(0);
    }

    private static List<String> appended(final DataTableSpec out) {
        return List.of(out.getColumnNames()).subList(5, out.getNumColumns());
    }

    /** Runs the predictor and checks its columns against the model's own predictions and scores. */
    private static List<String> predictAndCompare(final MnistLabModelPortObject model) throws Exception {
        final BufferedDataTable table = NODE.execute(new PredictorParameters(), model, DATA.table()).table(0);
        final DataTableSpec out = table.getDataTableSpec();
        final List<DataRow> rows = Tables.rows(table);
        final Classifier c = model.getModel(Classifier.class);
        final int[] predicted = c.predict(DATA.x());
        final Scores scores = c.decisionFunction(DATA.x());
        assertEquals(scores.columns(), out.getNumColumns() - 6);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(c.classes()[predicted[i]], rows.get(i).getCell(5).toString());
            for (int s = 0; s < scores.columns(); s++) {
                assertEquals(scores.get(i, s), ((DoubleValue)rows.get(i).getCell(6 + s)).getDoubleValue());
            }
        }
        return appended(out);
    }

    @Test
    void svc_ovrShape_aScorePerClass() throws Exception {
        assertEquals(List.of("Prediction (label)", "Score (a)", "Score (b)", "Score (c)"),
            predictAndCompare(learn(s -> { })));
    }

    @Test
    void svc_ovoShape_aScorePerClassPair() throws Exception {
        final MnistLabModelPortObject model = learn(s -> s.addString("decisionFunctionShape", "OVO"));
        assertEquals(List.of("Prediction (label)", "Score (a vs b)", "Score (a vs c)", "Score (b vs c)"),
            predictAndCompare(model));
        assertEquals(appended(NODE.configure(new PredictorParameters(), model.getSpec(),
            DATA.table().getDataTableSpec()).spec(0)), predictAndCompare(model));
    }

    @Test
    void svc_ovrShapeWithTieBreaking_predictsTheEnginesClasses() throws Exception {
        final MnistLabModelPortObject model = learn(s -> s.addBoolean("breakTies", true));
        assertEquals(true, model.getModel(SVC.class).params().breakTies());
        predictAndCompare(model);
    }

    @Test
    void oneVsRest_aScorePerClass() throws Exception {
        assertEquals(List.of("Prediction (label)", "Score (a)", "Score (b)", "Score (c)"),
            predictAndCompare(learn(s -> s.addString("strategy", "ONE_VS_REST"))));
    }

    @Test
    void twoClasses_oneScoreForTheSecond() throws Exception {
        final var rows = Tables.rows(DATA.table()).stream().filter(r -> !r.getCell(0).toString().equals("c"))
            .toList();
        final var table = Tables.of(DATA.table().getDataTableSpec(), rows);
        for (final String strategy : new String[]{"ONE_VS_ONE", "ONE_VS_REST"}) {
            final var settings =
                Parameters.toSettings(LEARNER.defaultParameters(table.getDataTableSpec()), "model");
            settings.addString("strategy", strategy);
            final PortObject model = LEARNER.execute(LEARNER.loadParameters(settings), table).output(0);
            final DataTableSpec out = NODE.execute(new PredictorParameters(), model, table).table(0)
                .getDataTableSpec();
            assertEquals(List.of("Prediction (label)", "Score (b)"), appended(out), strategy);
        }
    }

    @Test
    void sgdModel_isRejectedNamingTheLearner() throws Exception {
        final NodeHarness sgd = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);
        final DataTableSpec in = DATA.table().getDataTableSpec();
        final MnistLabModelPortObjectSpec model = sgd.configure(sgd.defaultParameters(in), in).spec(0);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(new PredictorParameters(), model, in));
        assertEquals("The model input holds a SGDClassifier model; the SVC Predictor (scikit-learn) applies models of "
            + "the SVC Learner (scikit-learn).", e.getMessage());
    }
}
