package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.random.RandomState;

/** Properties of precision-recall curves and threshold choices on random scores. */
class PrecisionRecallCurveTest {

    @Test
    void recall_fallsAsThresholdRises_andEachPointMatchesItsThreshold() {
        for (int seed = 0; seed < 10; seed++) {
            final RandomState r = new RandomState(seed);
            final int n = 50 + 30 * seed;
            final boolean[] truth = new boolean[n];
            final double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                truth[i] = r.randomSample() < 0.3;
                // coarse rounding makes ties
                scores[i] = Math.round((r.randomSample() + (truth[i] ? 0.4 : 0)) * 20) / 20.0;
            }
            final PrecisionRecallCurve c = PrecisionRecallCurve.of(truth, scores);
            final double[] t = c.thresholds();
            final double[] recall = c.recall();
            final double[] precision = c.precision();
            assertEquals(t.length + 1, recall.length);
            assertEquals(1.0, precision[t.length]);
            assertEquals(0.0, recall[t.length]);
            for (int i = 0; i < t.length; i++) {
                if (i > 0) {
                    assertTrue(t[i - 1] < t[i]);
                }
                assertTrue(recall[i] >= recall[i + 1]);
                final ThresholdMetrics m = ThresholdMetrics.of(truth, scores, t[i], Comparison.AT_OR_ABOVE);
                assertEquals(m.precision(), precision[i]);
                assertEquals(m.recall(), recall[i]);
                assertEquals(c.point(i), c.pointAt(t[i]));
            }
            assertEquals(t.length, c.pointAt(t[t.length - 1] + 1).index());
        }
    }

    @Test
    void badInput_throws() {
        assertEquals("Input y_score contains NaN.", assertThrows(IllegalArgumentException.class,
            () -> PrecisionRecallCurve.of(new boolean[] {true, false}, new double[] {1, Double.NaN})).getMessage());
        assertEquals("Found input variables with inconsistent numbers of samples: [2, 1]",
            assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecallCurve.of(new boolean[] {true, false}, new double[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.of(new boolean[0], new double[0]));
        final PrecisionRecallCurve c = PrecisionRecallCurve.of(new boolean[] {true, false}, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> Thresholds.forPrecision(c, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.forRecall(c, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Thresholds.forPrecision(c, 0.9));
    }
}
