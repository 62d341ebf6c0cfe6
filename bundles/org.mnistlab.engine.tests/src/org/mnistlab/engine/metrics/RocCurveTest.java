package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Target;

/** Properties of the ROC curve and its area beyond the fixture cases. */
class RocCurveTest {

    private static final boolean[] TRUTH = new boolean[500];

    private static final double[] SCORES = new double[500];

    static {
        final SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < TRUTH.length; i++) {
            TRUTH[i] = r.nextInt(4) == 0;
            // ties: a fifth of the scores are rounded to whole numbers
            SCORES[i] = (TRUTH[i] ? 1.0 : 0.0) + r.nextGaussian() * 2;
            if (r.nextInt(5) == 0) {
                SCORES[i] = Math.rint(SCORES[i]);
            }
        }
    }

    @Test
    void rates_riseFromZeroToOne_thresholdsFall() {
        final RocCurve c = RocCurve.of(TRUTH, SCORES, false);
        final double[] fpr = c.fpr();
        final double[] tpr = c.tpr();
        final double[] th = c.thresholds();
        assertEquals(0.0, fpr[0]);
        assertEquals(0.0, tpr[0]);
        assertEquals(1.0, fpr[fpr.length - 1]);
        assertEquals(1.0, tpr[tpr.length - 1]);
        for (int i = 1; i < th.length; i++) {
            assertTrue(th[i] < th[i - 1], "thresholds fall at " + i);
            assertTrue(fpr[i] >= fpr[i - 1] && tpr[i] >= tpr[i - 1], "rates rise at " + i);
        }
    }

    @Test
    void rates_areThoseOfPredictingScoreAtOrAboveTheThreshold() {
        final RocCurve c = RocCurve.of(TRUTH, SCORES, false);
        for (int i = 1; i < c.size(); i += 7) {
            final RocPoint p = c.point(i);
            final ThresholdMetrics m = ThresholdMetrics.of(TRUTH, SCORES, p.threshold(), Comparison.AT_OR_ABOVE);
            assertEquals((double)m.fp() / (m.fp() + m.tn()), p.fpr(), 1e-15, "fpr at " + i);
            assertEquals((double)m.tp() / (m.tp() + m.fn()), p.tpr(), 1e-15, "tpr at " + i);
        }
    }

    @Test
    void droppingIntermediatePoints_keepsTheCornersAndTheArea() {
        final RocCurve all = RocCurve.of(TRUTH, SCORES, false);
        final RocCurve dropped = RocCurve.of(TRUTH, SCORES, true);
        assertTrue(dropped.size() < all.size());
        assertEquals(RocAuc.trapezoid(all.fpr(), all.tpr()), RocAuc.trapezoid(dropped.fpr(), dropped.tpr()), 1e-12);
        // every kept point is a point of the full curve
        final double[] th = all.thresholds();
        for (int i = 0; i < dropped.size(); i++) {
            final RocPoint p = dropped.point(i);
            int j = 0;
            while (th[j] != p.threshold()) {
                j++;
            }
            assertEquals(all.point(j).fpr(), p.fpr());
            assertEquals(all.point(j).tpr(), p.tpr());
        }
    }

    @Test
    void area_isTheShareOfCorrectlyOrderedPairs_tiesHalf() {
        long ordered2 = 0;
        long pairs = 0;
        for (int i = 0; i < TRUTH.length; i++) {
            for (int j = 0; j < TRUTH.length; j++) {
                if (TRUTH[i] && !TRUTH[j]) {
                    pairs++;
                    ordered2 += SCORES[i] > SCORES[j] ? 2 : SCORES[i] == SCORES[j] ? 1 : 0;
                }
            }
        }
        assertEquals(ordered2 / (2.0 * pairs), RocAuc.binary(TRUTH, SCORES), 1e-12);
    }

    @Test
    void pointAt_isTheFirstThresholdAtOrBelow_asTheBookFindsIt() {
        final RocCurve c = RocCurve.of(new boolean[] {false, true, false, true}, new double[] {1, 2, 3, 4}, false);
        assertArrayEquals(new double[] {5, 4, 3, 2, 1}, c.thresholds());
        assertEquals(0, c.pointAt(7).index());
        assertEquals(2, c.pointAt(3).index());
        assertEquals(3, c.pointAt(2.5).index());
        assertEquals(4, c.pointAt(-10).index(), "below every score: everything positive");
    }

    @Test
    void multiclass_targetWithAbsentClasses_usesTheClassesThatOccur() {
        // "dog" is a declared class without samples: scikit-learn only knows the labels in y_true
        final Target y = Target.ofCodes(new String[] {"ant", "bee", "cat", "dog"}, new int[] {0, 1, 2, 0, 1, 2, 0});
        final Target same = Target.of(new String[] {"ant", "bee", "cat", "ant", "bee", "cat", "ant"},
            Target.LEXICOGRAPHIC);
        final Scores p = new Scores(7, 3, new double[] {0.7, 0.2, 0.1, 0.1, 0.6, 0.3, 0.2, 0.2, 0.6, 0.4, 0.5, 0.1,
            0.3, 0.3, 0.4, 0.1, 0.1, 0.8, 0.5, 0.25, 0.25});
        for (final Average a : Average.values()) {
            assertEquals(RocAuc.of(same, p, a), RocAuc.of(y, p, a), a.name());
        }
    }
}
