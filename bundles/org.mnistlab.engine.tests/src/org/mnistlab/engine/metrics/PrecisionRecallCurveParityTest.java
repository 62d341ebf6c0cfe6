package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Scores;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * precision_recall_curve and the lab's threshold tools against scikit-learn 1.2.1 (reference/cv_metrics_reference.py):
 * array lengths, counts and every float compare exactly.
 */
class PrecisionRecallCurveParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("cv_metrics_pr_curve.json");

    static Stream<JsonObject> cases() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray("cases")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    private static boolean[] booleans(final JsonElement e) {
        final JsonArray a = e.getAsJsonArray();
        final boolean[] b = new boolean[a.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = a.get(i).getAsBoolean();
        }
        return b;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void curve_matchesSklearn(final JsonObject c) {
        final PrecisionRecallCurve curve =
            PrecisionRecallCurve.of(booleans(c.get("truth")), Fixtures.doubles(c.get("scores")));
        assertArrayEquals(Fixtures.doubles(c.get("thresholds")), curve.thresholds());
        assertArrayEquals(Fixtures.doubles(c.get("precision")), curve.precision());
        assertArrayEquals(Fixtures.doubles(c.get("recall")), curve.recall());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void thresholdForTargetPrecision_matchesTheLabsArgmax(final JsonObject c) {
        final boolean[] truth = booleans(c.get("truth"));
        final double[] scores = Fixtures.doubles(c.get("scores"));
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        for (final JsonElement e : c.getAsJsonArray("precision_targets")) {
            final JsonObject t = e.getAsJsonObject();
            final double target = t.get("target").getAsDouble();
            if (!t.has("threshold")) {
                // numpy would index past the thresholds: only predicting nothing reaches the target
                assertEquals(curve.size(), t.get("index").getAsInt());
                assertThrows(IllegalArgumentException.class, () -> Thresholds.forPrecision(curve, target));
                continue;
            }
            final CurvePoint p = Thresholds.forPrecision(curve, target);
            assertEquals(t.get("index").getAsInt(), p.index());
            assertEquals(t.get("threshold").getAsDouble(), p.threshold());
            assertAt(t.getAsJsonObject("at"), ThresholdMetrics.of(truth, scores, p.threshold(),
                Comparison.AT_OR_ABOVE));
            assertEquals(t.getAsJsonObject("at").get("precision").getAsDouble(), p.precision());
            assertEquals(t.getAsJsonObject("at").get("recall").getAsDouble(), p.recall());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void thresholdForTargetRecall_isTheHighestReachingIt(final JsonObject c) {
        final boolean[] truth = booleans(c.get("truth"));
        final double[] scores = Fixtures.doubles(c.get("scores"));
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        for (final JsonElement e : c.getAsJsonArray("recall_targets")) {
            final JsonObject t = e.getAsJsonObject();
            final CurvePoint p = Thresholds.forRecall(curve, t.get("target").getAsDouble());
            assertEquals(t.get("index").getAsInt(), p.index());
            assertEquals(t.get("threshold").getAsDouble(), p.threshold());
            assertAt(t.getAsJsonObject("at"), ThresholdMetrics.of(truth, scores, p.threshold(),
                Comparison.AT_OR_ABOVE));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void metricsAtFixedThresholds_matchSklearn(final JsonObject c) {
        final boolean[] truth = booleans(c.get("truth"));
        final double[] scores = Fixtures.doubles(c.get("scores"));
        for (final JsonElement e : c.getAsJsonArray("fixed")) {
            final JsonObject t = e.getAsJsonObject();
            final Comparison how = t.get("strict").getAsBoolean() ? Comparison.ABOVE : Comparison.AT_OR_ABOVE;
            assertAt(t, ThresholdMetrics.of(truth, scores, t.get("threshold").getAsDouble(), how));
        }
    }

    @Test
    void oneVsRestCurves_matchSklearnPerClass() {
        final JsonObject o = FIXTURE.getAsJsonObject("one_vs_rest");
        final double[][] rows = Fixtures.doubleRows(o.get("scores"));
        final double[] values = new double[rows.length * 3];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, 3 * i, 3);
        }
        final List<PrecisionRecallCurve> curves =
            PrecisionRecallCurve.oneVsRest(Fixtures.ints(o.get("truth")), new Scores(rows.length, 3, values));
        assertEquals(3, curves.size());
        for (int k = 0; k < 3; k++) {
            final JsonObject e = o.getAsJsonArray("curves").get(k).getAsJsonObject();
            assertArrayEquals(Fixtures.doubles(e.get("thresholds")), curves.get(k).thresholds());
            assertArrayEquals(Fixtures.doubles(e.get("precision")), curves.get(k).precision());
            assertArrayEquals(Fixtures.doubles(e.get("recall")), curves.get(k).recall());
        }
    }

    private static void assertAt(final JsonObject e, final ThresholdMetrics m) {
        assertEquals(e.get("tn").getAsLong(), m.tn());
        assertEquals(e.get("fp").getAsLong(), m.fp());
        assertEquals(e.get("fn").getAsLong(), m.fn());
        assertEquals(e.get("tp").getAsLong(), m.tp());
        assertEquals(e.get("precision").getAsDouble(), m.precision());
        assertEquals(e.get("recall").getAsDouble(), m.recall());
        assertEquals(e.get("f1").getAsDouble(), m.f1());
    }
}
