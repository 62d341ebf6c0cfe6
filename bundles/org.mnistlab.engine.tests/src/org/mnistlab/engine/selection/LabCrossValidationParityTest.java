package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.Loss;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.metrics.Comparison;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.CurvePoint;
import org.mnistlab.engine.metrics.Normalize;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.PrecisionRecallF1;
import org.mnistlab.engine.metrics.ThresholdMetrics;
import org.mnistlab.engine.metrics.Thresholds;
import org.mnistlab.engine.preprocessing.ScaledLearner;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.testing.LabRun;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The lab's cross-validation steps through {@link CrossValidation} and the SGD classifier on the real MNIST, against
 * scikit-learn 1.2.1 (reference/lab_cv_reference.py, and the CV parts of reference/lab_reference.py's alternative
 * configuration). Accuracies, confusion counts, curve lengths and everything computed from counts compare exactly.
 * Decision values (and so thresholds, which are decision values) compare at 1e-9 relative: scikit-learn's
 * {@code decision_function} uses BLAS dgemv, whose summation order differs from the sequential sum.
 */
@FullMnist
class LabCrossValidationParityTest {

    private static final double SCORE_RTOL = 1e-9;

    private static final int THREADS = Math.min(4, Parallel.defaultThreads());

    private static Learner sgd(final long seed) {
        return SGDClassifier.learner(SGDParams.DEFAULTS.withRandomState(seed), THREADS);
    }

    private static Dataset train() {
        return LabRun.train();
    }

    @Test
    void binaryLab_matchesSklearn() {
        final JsonObject f = Fixtures.load("lab_binary_cv.json");
        final Target y = LabRun.DEFAULT.target();
        final CrossValResult r = LabRun.DEFAULT.crossValidation();

        assertArrayEquals(Fixtures.doubles(f.get("cv_accuracy")), r.foldAccuracy());
        final ConfusionMatrix cm = r.confusionMatrix();
        assertArrayEquals(longRows(f.get("confusion")), cm.counts());
        assertScores(f.getAsJsonObject("cv_predict"), PrecisionRecallF1.binary(cm, 1));
        for (int i = 0; i < y.size(); i++) {
            // predict() and the sign of the decision value come from the same fold model
            assertEquals(r.scores().get(i, 0) > 0 ? 1 : 0, r.predicted()[i]);
        }
        final int[] probe = Fixtures.ints(f.get("scores_probe_rows"));
        final double[] expectedProbe = Fixtures.doubles(f.get("scores_probe"));
        for (int i = 0; i < probe.length; i++) {
            assertClose(expectedProbe[i], r.scores().get(probe[i], 0));
        }

        final boolean[] truth = r.positiveTruth();
        final double[] scores = r.scores().column(0);
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        final JsonObject pr = f.getAsJsonObject("pr_curve");
        assertEquals(pr.get("n_thresholds").getAsInt(), curve.size());
        final double[] precision = curve.precision();
        final double[] recall = curve.recall();
        final double[] thresholds = curve.thresholds();
        final int m = curve.size();
        for (int i = 0; i < 5; i++) {
            assertClose(Fixtures.doubles(pr.get("thresholds_first5"))[i], thresholds[i]);
            assertClose(Fixtures.doubles(pr.get("thresholds_last5"))[i], thresholds[m - 5 + i]);
            assertEquals(Fixtures.doubles(pr.get("precision_first5"))[i], precision[i]);
            assertEquals(Fixtures.doubles(pr.get("recall_first5"))[i], recall[i]);
            assertEquals(Fixtures.doubles(pr.get("precision_last5"))[i], precision[m + 1 - 5 + i]);
            assertEquals(Fixtures.doubles(pr.get("recall_last5"))[i], recall[m + 1 - 5 + i]);
        }

        final JsonObject t90 = f.getAsJsonObject("threshold_for_precision");
        final CurvePoint p = Thresholds.forPrecision(curve, t90.get("target").getAsDouble());
        assertEquals(t90.get("index").getAsInt(), p.index());
        assertClose(t90.get("threshold").getAsDouble(), p.threshold());
        assertScores(t90, ThresholdMetrics.of(truth, scores, p.threshold(), Comparison.AT_OR_ABOVE).scores());

        final JsonObject c3000 = f.getAsJsonObject("curve_point_3000");
        final CurvePoint q = curve.pointAt(3000);
        assertEquals(c3000.get("index").getAsInt(), q.index());
        assertEquals(c3000.get("precision").getAsDouble(), q.precision());
        assertEquals(c3000.get("recall").getAsDouble(), q.recall());

        for (final String t : new String[] {"0", "3000"}) {
            final JsonObject at = f.getAsJsonObject("at_threshold").getAsJsonObject(t);
            for (final Comparison how : Comparison.values()) {
                final JsonObject e = at.getAsJsonObject(how == Comparison.ABOVE ? "above" : "at_or_above");
                final ThresholdMetrics tm = ThresholdMetrics.of(truth, scores, Double.parseDouble(t), how);
                assertScores(e, tm.scores());
                assertArrayEquals(longRows(e.get("confusion")), new long[][] {{tm.tn(), tm.fp()}, {tm.fn(), tm.tp()}});
            }
        }
    }

    static Stream<String> multiclassConfigs() {
        return Stream.of("raw", "scaled", "in_fold_scaled", "shuffled_5fold", "kfold_log_loss");
    }

    @ParameterizedTest
    @MethodSource("multiclassConfigs")
    void multiclassLab_matchesSklearn(final String config) {
        final JsonObject f = Fixtures.load("lab_multiclass_cv.json").getAsJsonObject(config);
        final Dataset d = train().head("shuffled_5fold".equals(config) || "kfold_log_loss".equals(config) ? 1000 : 2000);
        final Target y = Target.of(d.labels(), Target.LEXICOGRAPHIC);
        final FeatureMatrix x = "scaled".equals(config) ? StandardScaler.fit(d.x(), Monitor.NONE).transform(d.x())
            : d.x();
        final Learner learner = switch (config) {
            case "in_fold_scaled" -> new ScaledLearner(sgd(42));
            case "shuffled_5fold" -> new ScaledLearner(sgd(0));
            case "kfold_log_loss" -> SGDClassifier.learner(
                SGDParams.DEFAULTS.withLoss(Loss.LOG_LOSS).withRandomState(3), THREADS);
            default -> sgd(42);
        };
        final Splitter cv = switch (config) {
            case "shuffled_5fold" -> StratifiedKFold.shuffled(5, 7);
            case "kfold_log_loss" -> new KFold(4);
            default -> new StratifiedKFold(3);
        };
        final CrossValResult r = CrossValidation.run(x, y, learner, cv, THREADS, Monitor.NONE);

        assertArrayEquals(Fixtures.doubles(f.get("cv_accuracy")), r.foldAccuracy());
        final ConfusionMatrix cm = r.confusionMatrix();
        assertArrayEquals(longRows(f.get("confusion")), cm.counts());
        final double[][] first3 = Fixtures.doubleRows(f.get("scores_first3"));
        final Scores s = r.scores();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 10; k++) {
                assertClose(first3[i][k], s.get(i, k));
            }
        }
        if (f.has("confusion_normalized_true")) {
            assertArrayEquals(Fixtures.doubleRows(f.get("confusion_normalized_true")), cm.normalized(Normalize.TRUE));
            assertArrayEquals(Fixtures.doubleRows(f.get("errors_only_normalized_true")),
                cm.errorsOnly().normalized(Normalize.TRUE));
        }
    }

    /** The CV numbers of reference/lab_reference.py's alternative run: seed 7, digit 3, 4 folds, 1200 rows. */
    @Test
    void alternativeConfiguration_matchesSklearn() {
        final JsonObject f = Fixtures.load("lab_alt.json");
        final JsonObject config = f.getAsJsonObject("config");
        final long seed = config.get("seed").getAsLong();
        final int folds = config.get("folds").getAsInt();
        final LabRun run = LabRun.ALTERNATIVE;
        assertEquals(List.of(run.seed(), run.positive(), run.folds()),
            List.of(seed, config.get("positive").getAsString(), folds));

        final JsonObject b = f.getAsJsonObject("binary_sgd");
        final CrossValResult r = run.crossValidation();
        assertArrayEquals(Fixtures.doubles(b.get("cv_accuracy")), r.foldAccuracy());
        assertArrayEquals(longRows(b.get("confusion_matrix")), r.confusionMatrix().counts());
        final PrecisionRecallF1 prf = PrecisionRecallF1.binary(r.confusionMatrix(), 1);
        assertScores(b, prf);
        final boolean[] truth = r.positiveTruth();
        final double[] scores = r.scores().column(0);
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        assertEquals(b.get("pr_curve_thresholds").getAsInt(), curve.size());
        final String threshold = config.get("threshold").getAsString();
        for (final String t : new String[] {"0", threshold}) {
            // lab_reference.py counts a score as positive when score >= t
            assertScores(b.getAsJsonObject("at_threshold").getAsJsonObject(t),
                ThresholdMetrics.of(truth, scores, Double.parseDouble(t), Comparison.AT_OR_ABOVE).scores());
        }
        final JsonObject tp = b.getAsJsonObject("threshold_for_precision");
        final CurvePoint p = Thresholds.forPrecision(curve, tp.get("target").getAsDouble());
        assertClose(tp.get("threshold").getAsDouble(), p.threshold());
        assertEquals(tp.get("precision").getAsDouble(), p.precision());
        assertEquals(tp.get("recall").getAsDouble(), p.recall());

        final JsonObject m = f.getAsJsonObject("sgd_multiclass");
        final Dataset d = train().head(config.get("multi_rows").getAsInt());
        final Target ym = Target.of(d.labels(), Target.LEXICOGRAPHIC);
        assertArrayEquals(Fixtures.doubles(m.get("cv_accuracy")), CrossValidation
            .run(d.x(), ym, sgd(seed), new StratifiedKFold(folds), THREADS, Monitor.NONE).foldAccuracy());
        final FeatureMatrix scaled = StandardScaler.fit(d.x(), Monitor.NONE).transform(d.x());
        final CrossValResult rs =
            CrossValidation.run(scaled, ym, sgd(seed), new StratifiedKFold(folds), THREADS, Monitor.NONE);
        assertArrayEquals(Fixtures.doubles(m.get("cv_accuracy_scaled")), rs.foldAccuracy());
        assertArrayEquals(longRows(m.get("confusion_matrix_scaled")), rs.confusionMatrix().counts());
        final double[][] normalized = rs.confusionMatrix().normalized(Normalize.TRUE);
        final double[] diagonal = Fixtures.doubles(m.get("confusion_normalized_diagonal"));
        for (int k = 0; k < diagonal.length; k++) {
            assertEquals(diagonal[k], normalized[k][k]);
        }
    }

    private static void assertScores(final JsonObject e, final PrecisionRecallF1 s) {
        assertEquals(e.get("precision").getAsDouble(), s.precision(), "precision");
        assertEquals(e.get("recall").getAsDouble(), s.recall(), "recall");
        if (e.has("f1")) {
            assertEquals(e.get("f1").getAsDouble(), s.f1(), "f1");
        }
    }

    private static void assertClose(final double expected, final double actual) {
        assertEquals(expected, actual, SCORE_RTOL * Math.abs(expected));
    }

    private static long[][] longRows(final JsonElement e) {
        final JsonArray a = e.getAsJsonArray();
        final long[][] l = new long[a.size()][];
        for (int i = 0; i < l.length; i++) {
            l[i] = Fixtures.longs(a.get(i));
        }
        return l;
    }
}
