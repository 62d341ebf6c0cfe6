package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerNodeFactory;
import org.mnistlab.knime.node.svmpredictor.SVMPredictorNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.predict.PredictorParameters;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerParameters;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters;
import org.mnistlab.knime.node.svmlearner.SVMLearnerParameters;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.MnistTestData;

/**
 * The lab's model steps on the real MNIST through the nodes, with their default settings as a workflow would run them
 * (the MNIST Reader's 60,000 training images in, learners and predictors chained): the numbers scikit-learn gave in
 * {@code lab_default.json} and the engine's models.
 */
class LabModelNodesTest {

    /**
     * scikit-learn's decision values come from BLAS (another summation order than our sequential sums) and, for the
     * SVC, glibc's exp: agreement to 1e-9 relative, as the engine's parity tests.
     */
    private static final double REL = 1e-9;

    private static Dataset s_engine;

    private static BufferedDataTable s_train;

    private static List<DataRow> s_rows;

    private static JsonObject s_lab;

    @BeforeAll
    static void read() throws Exception {
        s_engine = MnistTestData.all().head(Mnist.TRAIN_SIZE);
        final NodeHarness reader = NodeHarness.of(new MnistReaderNodeFactory(), MnistReaderParameters.class);
        final NodeSettings settings = Parameters.toSettings(reader.defaultParameters(), "model");
        settings.addString("source", "FOLDER");
        settings.addString("folder", MnistTestData.folder().toString());
        settings.addString("subset", "TRAIN");
        s_train = reader.execute(reader.loadParameters(settings)).table(0);
        s_rows = Tables.rows(s_train);
        s_lab = Fixtures.load("lab_default.json");
    }

    @AfterAll
    static void release() {
        s_engine = null;
        s_train = null;
        s_rows = null;
    }

    /** The first rows of the training table, as a following Ordered Split or Row Filter gives them. */
    private static BufferedDataTable head(final int n) {
        return Tables.of(s_train.getDataTableSpec(), s_rows.subList(0, n));
    }

    private static FeatureMatrix engineHead(final int n) {
        return s_engine.x().selectRows(IntStream.range(0, n).toArray());
    }

    private static PortObject learn(final NodeHarness learner, final BufferedDataTable table, final String... enums)
        throws Exception {
        final NodeSettings settings =
            Parameters.toSettings(learner.defaultParameters(table.getDataTableSpec()), "model");
        for (int i = 0; i < enums.length; i += 2) {
            settings.addString(enums[i], enums[i + 1]);
        }
        return learner.execute(learner.loadParameters(settings), table).output(0);
    }

    private static BufferedDataTable predict(final NodeHarness predictor, final PortObject model,
        final BufferedDataTable table) throws Exception {
        return predictor.execute(new PredictorParameters(), model, table).table(0);
    }

    private static double score(final DataRow row, final DataTableSpec spec, final String column) {
        return ((DoubleValue)row.getCell(spec.findColumnIndex(column))).getDoubleValue();
    }

    /** Pixel j of a row: element j of the image vector after the label, or the (1 + j)th column. */
    private static double pixel(final DataRow row, final int j) {
        return row.getCell(1) instanceof DoubleVectorValue v ? v.getValue(j)
            : ((DoubleValue)row.getCell(1 + j)).getDoubleValue();
    }

    private static void assertClose(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
    }

    /** Indices of the rows whose prediction is not their label. */
    private static List<Integer> errors(final BufferedDataTable predicted) {
        final int prediction = predicted.getDataTableSpec().findColumnIndex("Prediction (label)");
        final List<Integer> errors = new ArrayList<>();
        final List<DataRow> rows = Tables.rows(predicted);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).getCell(0).toString().equals(rows.get(i).getCell(prediction).toString())) {
                errors.add(i);
            }
        }
        return errors;
    }

    @Test
    void sgdBinary_defaults_train239EpochsAndScoreTheFirst12DigitsAsScikitLearn() throws Exception {
        final MnistLabModelPortObject model =
            (MnistLabModelPortObject)learn(NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class), s_train);
        final JsonObject lab = s_lab.getAsJsonObject("binary_sgd");
        assertEquals(239, lab.get("epochs").getAsInt());
        assertEquals("239", model.getSpec().getFitResults().get("n_iter_"));
        assertEquals("true", model.getSpec().getFitResults().get("converged"));
        final BufferedDataTable out = predict(NodeHarness.of(new SGDPredictorNodeFactory(), PredictorParameters.class), model, head(12));
        final double[] expected = model.getModel(SGDClassifier.class).decisionFunction(engineHead(12)).values();
        final double[] sklearn = Fixtures.doubles(lab.getAsJsonArray("decision_first12"));
        final List<DataRow> rows = Tables.rows(out);
        for (int i = 0; i < 12; i++) {
            final double s = score(rows.get(i), out.getDataTableSpec(), "Score (True)");
            assertEquals(expected[i], s, "row " + i);
            assertClose(sklearn[i], s, "row " + i);
        }
        final JsonArray first3 = lab.getAsJsonArray("predict_first3");
        for (int i = 0; i < 3; i++) {
            assertEquals(first3.get(i).getAsBoolean() ? "True" : "False",
                rows.get(i).getCell(out.getDataTableSpec().findColumnIndex("Prediction (label)")).toString());
        }
    }

    /**
     * The SGD Learner's training log as {@code SGDClassifier(verbose=2)} prints it (sgd_verbose.json, times masked as
     * "*"): per epoch "-- Epoch k", the line from the table's exact numbers, which is also its "Log line", and the
     * time line; "Convergence after N epochs" where the table says training converged.
     */
    private static List<String> printed(final BufferedDataTable log) {
        final List<String> lines = new ArrayList<>();
        for (final DataRow row : Tables.rows(log)) {
            final SGDEpoch e = new SGDEpoch(((IntValue)row.getCell(1)).getIntValue(), number(row, 2),
                ((IntValue)row.getCell(3)).getIntValue(), number(row, 4), ((LongValue)row.getCell(5)).getLongValue(),
                number(row, 6), 0);
            assertEquals(e.line(), row.getCell(8).toString(), "the log line is the numbers as printed");
            lines.add("-- Epoch " + e.epoch());
            lines.add(e.line());
            lines.add("Total training time: * seconds.");
            if (!row.getCell(9).isMissing() && row.getCell(9).toString().startsWith("Convergence after ")) {
                lines.add(row.getCell(9) + " took * seconds");
            }
        }
        return lines;
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    private static void assertPrintedAsScikitLearn(final JsonObject expected, final BufferedDataTable log) {
        final List<String> lines = List.of(Fixtures.strings(expected.get("lines")));
        final List<String> actual = printed(log);
        for (int i = 0; i < Math.min(lines.size(), actual.size()); i++) {
            assertEquals(lines.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(lines.size(), actual.size(), "lines printed");
    }

    @Test
    void sgdBinary_trainingLog_isWhatVerbose2PrintsForTheLabsFit() throws Exception {
        final NodeHarness learner = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);
        final BufferedDataTable log =
            learner.execute(learner.defaultParameters(s_train.getDataTableSpec()), s_train).table(2);
        assertPrintedAsScikitLearn(Fixtures.load("sgd_verbose.json").getAsJsonObject("lab_binary"), log);
        // the first and last epochs of the lab's results, as scikit-learn printed them
        final JsonObject training = s_lab.getAsJsonObject("binary_sgd").getAsJsonObject("training_log");
        assertEquals("converged", training.get("stopped").getAsString());
        final JsonArray epochs = training.getAsJsonArray("epochs");
        final List<DataRow> rows = Tables.rows(log);
        assertEquals(epochs.size(), rows.size());
        for (final int i : new int[]{0, rows.size() - 1}) {
            final JsonObject x = epochs.get(i).getAsJsonObject();
            assertEquals(new SGDEpoch(x.get("epoch").getAsInt(), x.get("norm").getAsDouble(), x.get("nnz").getAsLong(),
                x.get("bias").getAsDouble(), x.get("t").getAsLong(), x.get("avg_loss").getAsDouble(), 0).line(),
                rows.get(i).getCell(8).toString(), "epoch " + (i + 1));
        }
        assertEquals("Convergence after 239 epochs", rows.get(238).getCell(9).toString());
    }

    @Test
    void sgdMulticlass_onTheFirst2000_trainingLogIsWhatVerbose2Prints() throws Exception {
        final NodeHarness learner = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);
        final NodeSettings settings =
            Parameters.toSettings(learner.defaultParameters(s_train.getDataTableSpec()), "model");
        settings.addString("classes", "MULTICLASS");
        final BufferedDataTable log = learner.execute(learner.loadParameters(settings), head(2000)).table(2);
        assertPrintedAsScikitLearn(Fixtures.load("sgd_verbose.json").getAsJsonObject("lab_multiclass"), log);
    }

    /** Misclassified among the first 100 images, with label, prediction and the 10 scores, as the fixture's. */
    private static void assertLabErrors(final String fixture, final BufferedDataTable predicted) {
        final JsonArray expected = s_lab.getAsJsonObject(fixture).getAsJsonArray("errors_first100");
        final List<Integer> errors = errors(predicted);
        assertEquals(expected.size(), errors.size(), errors.toString());
        final List<DataRow> rows = Tables.rows(predicted);
        final DataTableSpec spec = predicted.getDataTableSpec();
        for (int e = 0; e < errors.size(); e++) {
            final JsonObject x = expected.get(e).getAsJsonObject();
            final DataRow row = rows.get(errors.get(e));
            assertEquals(x.get("index").getAsInt(), errors.get(e).intValue());
            assertEquals(x.get("label").getAsString(), row.getCell(0).toString());
            assertEquals(x.get("predicted").getAsString(),
                row.getCell(spec.findColumnIndex("Prediction (label)")).toString());
            final JsonArray scores = x.getAsJsonArray("scores");
            for (int c = 0; c < 10; c++) {
                assertClose(scores.get(c).getAsDouble(), score(row, spec, "Score (" + c + ")"),
                    "image " + errors.get(e) + ", class " + c);
            }
        }
    }

    @Test
    void svc_defaultsOnTheFirst2000_misclassifyImages48_70And80AsTheLab() throws Exception {
        final PortObject model = learn(NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class), head(2000));
        final BufferedDataTable out = predict(NodeHarness.of(new SVMPredictorNodeFactory(), PredictorParameters.class), model, head(100));
        assertEquals(List.of(48, 70, 80), errors(out));
        assertLabErrors("svc_ovo", out);
        final DataRow image80 = Tables.rows(out).get(80);
        assertEquals("0", image80.getCell(out.getDataTableSpec().findColumnIndex("Prediction (label)")).toString());
        final double score0 = score(image80, out.getDataTableSpec(), "Score (0)");
        assertTrue(score0 > 9.27 && score0 < 9.28, Double.toString(score0));
    }

    @Test
    void svcOneVsRest_onTheFirst2000_misclassifiesImages48And80AsTheLab() throws Exception {
        final PortObject model =
            learn(NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class), head(2000), "strategy", "ONE_VS_REST");
        final BufferedDataTable out = predict(NodeHarness.of(new SVMPredictorNodeFactory(), PredictorParameters.class), model, head(100));
        assertEquals(List.of(48, 80), errors(out));
        assertLabErrors("svc_ovr", out);
    }

    @Test
    void sgdMulticlass_onTheFirst2000_misclassifiesTheLabsImagesAmongTheFirst500() throws Exception {
        final PortObject model =
            learn(NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class), head(2000), "classes", "MULTICLASS");
        final BufferedDataTable out = predict(NodeHarness.of(new SGDPredictorNodeFactory(), PredictorParameters.class), model, head(500));
        final int[] expected =
            Fixtures.ints(s_lab.getAsJsonObject("sgd_multiclass").getAsJsonArray("train_errors_first500"));
        assertArrayEquals(expected, errors(out).stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void scaler_onTheFirst2000_isTheEnginesStandardScalerBitForBit() throws Exception {
        final NodeHarness learner = NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);
        final BufferedDataTable in = head(2000);
        final NodeHarness.Executed e = learner.execute(learner.defaultParameters(in.getDataTableSpec()), in);
        final StandardScaler node = ((MnistLabModelPortObject)e.output(0)).getModel(StandardScaler.class);
        final StandardScaler engine = StandardScaler.fit(engineHead(2000), Monitor.NONE);
        assertArrayEquals(engine.mean(), node.mean());
        assertArrayEquals(engine.var(), node.var());
        assertArrayEquals(engine.scale(), node.scale());
        final DenseMatrix scaled = engine.transformDense(engineHead(2000));
        final List<DataRow> rows = Tables.rows(e.table(1));
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 784; j++) {
                assertEquals(scaled.get(i, j), pixel(rows.get(i), j));
            }
        }
    }
}
