package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.roccurve.RocCurveNodeFactory;
import org.mnistlab.knime.node.roccurve.RocCurveParameters;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepNodeFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerParameters;
import org.mnistlab.knime.node.scorer.ScorerParameters;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.MnistTestData;

/**
 * The lab's evaluation steps on the real MNIST through the nodes, as a workflow chains them (MNIST Reader, training
 * set → [Standard Scaler Learner →] Cross-Validation → Scorer, Threshold Sweep → ROC Curve), with the nodes' default
 * settings wherever the lab uses them, against scikit-learn 1.2.1's numbers (lab_default.json). Counts and everything
 * computed from counts compare exactly; the 90%-precision threshold is a decision value, which scikit-learn sums with
 * BLAS (another order), so it compares at 1e-9 relative, as does the ROC AUC, an area whose points are ordered by
 * those decision values.
 */
class LabEvaluationNodesTest {

    private static final double SCORE_RTOL = 1e-9;

    private static final NodeHarness CV = NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class);

    private static final NodeHarness SCORER = NodeHarness.of(new ScorerNodeFactory(), ScorerParameters.class);

    private static final NodeHarness SWEEP = NodeHarness.of(new ThresholdSweepNodeFactory(), ThresholdSweepParameters.class);

    private static final NodeHarness ROC = NodeHarness.of(new RocCurveNodeFactory(), RocCurveParameters.class);

    private static JsonObject s_lab;

    /** The 60,000 training digits. */
    private static BufferedDataTable s_train;

    @BeforeAll
    static void read() throws Exception {
        s_lab = Fixtures.load("lab_default.json");
        final NodeHarness reader = NodeHarness.of(new MnistReaderNodeFactory(), MnistReaderParameters.class);
        final var settings = Parameters.toSettings(reader.defaultParameters(), "model");
        settings.addString("source", "FOLDER");
        settings.addString("folder", MnistTestData.folder().toString());
        settings.addString("subset", "TRAIN");
        s_train = reader.execute(reader.loadParameters(settings)).table(0);
    }

    @AfterAll
    static void release() {
        s_train = null;
    }

    private static List<DataRow> rows(final BufferedDataTable t) {
        return Tables.rows(t);
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    private static double[] accuracies(final BufferedDataTable folds) {
        return Tables.column(folds, "Accuracy").stream().mapToDouble(c -> ((DoubleValue)c).getDoubleValue())
            .toArray();
    }

    private static long[][] longRows(final JsonArray rows) {
        final long[][] v = new long[rows.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = Arrays.stream(Fixtures.ints(rows.get(i).getAsJsonArray())).asLongStream().toArray();
        }
        return v;
    }

    private static long[][] counts(final BufferedDataTable matrix) {
        return rows(matrix).stream().map(r -> {
            final long[] c = new long[r.getNumCells()];
            for (int j = 0; j < c.length; j++) {
                c[j] = ((IntValue)r.getCell(j)).getIntValue();
            }
            return c;
        }).toArray(long[][]::new);
    }

    @Test
    void binaryFiveDetector_crossValidationScorerAndSweep_giveTheLabsNumbers() throws Exception {
        final JsonObject lab = s_lab.getAsJsonObject("binary_sgd");
        final var cv = CV.execute(CV.defaultParameters(s_train.getDataTableSpec()), s_train);
        assertArrayEquals(Fixtures.doubles(lab.getAsJsonArray("cv_accuracy")), accuracies(cv.table(0)));
        final BufferedDataTable oof = cv.table(1);

        final var scorerSettings = Parameters.toSettings(SCORER.defaultParameters(oof.getDataTableSpec()), "model");
        scorerSettings.addString("positiveClass", "true");
        final var scored = SCORER.execute(SCORER.loadParameters(scorerSettings), oof);
        assertArrayEquals(longRows(lab.getAsJsonArray("confusion_matrix")), counts(scored.table(0)));
        for (final DataRow row : rows(scored.table(1))) {
            if (row.getKey().getString().equals("true") || row.getKey().getString().startsWith("binary")) {
                assertEquals(lab.get("precision").getAsDouble(), number(row, 0), row.getKey().getString());
                assertEquals(lab.get("recall").getAsDouble(), number(row, 1), row.getKey().getString());
                assertEquals(lab.get("f1").getAsDouble(), number(row, 2), row.getKey().getString());
            }
        }

        final var sweepSettings = Parameters.toSettings(SWEEP.defaultParameters(oof.getDataTableSpec()), "model");
        final var swept = SWEEP.execute(SWEEP.loadParameters(sweepSettings), oof);
        assertEquals(lab.get("pr_curve_thresholds").getAsInt() + 1, swept.table(0).size(),
            "every distinct score, then the final point");
        final JsonObject t90 = lab.getAsJsonObject("threshold_for_precision");
        final DataRow chosen = rows(swept.table(1)).get(0);
        final double threshold = t90.get("threshold").getAsDouble();
        assertEquals(threshold, number(chosen, 0), SCORE_RTOL * Math.abs(threshold));
        assertEquals(t90.get("precision").getAsDouble(), number(chosen, 1));
        assertEquals(t90.get("recall").getAsDouble(), number(chosen, 2));

        // the chapter's ROC section on the same scores, the 90%-precision threshold marked as the book marks it
        final var rocSettings =
            Parameters.toSettings(ROC.defaultParameters(oof.getDataTableSpec(), swept.table(1).getDataTableSpec()),
                "model");
        final var roc = ROC.execute(ROC.loadParameters(rocSettings), oof, swept.table(1));
        assertEquals(lab.get("roc_curve_points").getAsInt(), roc.table(0).size(), "roc_curve, drop_intermediate");
        final DataRow auc = rows(roc.table(1)).get(0);
        final double expectedAuc = lab.get("roc_auc").getAsDouble();
        assertEquals(expectedAuc, number(auc, 0), SCORE_RTOL * expectedAuc, "roc_auc_score");
        assertEquals(number(chosen, 0), number(auc, 4), "the Threshold Sweep's threshold is marked");

        for (final String t : new String[]{"0", "3000"}) {
            sweepSettings.addString("choice", "FIXED");
            sweepSettings.addDouble("threshold", Double.parseDouble(t));
            final DataRow at = rows(SWEEP.execute(SWEEP.loadParameters(sweepSettings), oof).table(1)).get(0);
            final JsonObject expected = lab.getAsJsonObject("at_threshold").getAsJsonObject(t);
            assertEquals(expected.get("precision").getAsDouble(), number(at, 1), "precision at " + t);
            assertEquals(expected.get("recall").getAsDouble(), number(at, 2), "recall at " + t);
            assertEquals(expected.get("f1").getAsDouble(), number(at, 3), "F1 at " + t);
        }
    }

    /**
     * Step 8: multiclass SGD on the first 2,000 digits, cross-validated on the raw pixels and after scaling all
     * 2,000 rows once (the lab's {@code StandardScaler().fit_transform} before {@code cross_val_score}: the Standard
     * Scaler Learner node before the Cross-Validation node), then the Scorer on the scaled out-of-fold predictions.
     */
    @Test
    void multiclassOn2000_rawAndGloballyScaled_giveTheLabsAccuraciesAndConfusion() throws Exception {
        final JsonObject lab = s_lab.getAsJsonObject("sgd_multiclass");
        final int n = s_lab.getAsJsonObject("config").get("multi_rows").getAsInt();
        final BufferedDataTable head = Tables.of(s_train.getDataTableSpec(), rows(s_train).subList(0, n));
        final var settings = Parameters.toSettings(CV.defaultParameters(head.getDataTableSpec()), "model");
        settings.addString("target", "MULTICLASS");
        assertArrayEquals(Fixtures.doubles(lab.getAsJsonArray("cv_accuracy")),
            accuracies(CV.execute(CV.loadParameters(settings), head).table(0)));

        final NodeHarness scaler = NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);
        final BufferedDataTable scaled =
            scaler.execute(scaler.defaultParameters(head.getDataTableSpec()), head).table(1);
        final var cv = CV.execute(CV.loadParameters(settings), scaled);
        assertArrayEquals(Fixtures.doubles(lab.getAsJsonArray("cv_accuracy_scaled")), accuracies(cv.table(0)));
        final BufferedDataTable oof = cv.table(1);
        final var scored = SCORER.execute(SCORER.defaultParameters(oof.getDataTableSpec()), oof);
        assertArrayEquals(longRows(lab.getAsJsonArray("confusion_matrix_scaled")), counts(scored.table(0)));
    }
}
