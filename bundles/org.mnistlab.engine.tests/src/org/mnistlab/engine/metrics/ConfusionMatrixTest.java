package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;

class ConfusionMatrixTest {

    @Test
    void counts_sumToSamples_andMarginsToClassCounts() {
        final RandomState r = new RandomState(4);
        final String[] classes = {"a", "b", "c", "d"};
        final int[] truth = new int[500];
        final int[] predicted = new int[500];
        final int[] t = new int[4];
        final int[] p = new int[4];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = (int)r.randint(4);
            predicted[i] = r.randomSample() < 0.7 ? truth[i] : (int)r.randint(4);
            t[truth[i]]++;
            p[predicted[i]]++;
        }
        final ConfusionMatrix cm = ConfusionMatrix.of(classes, truth, predicted);
        assertEquals(500, cm.total());
        for (int k = 0; k < 4; k++) {
            assertEquals(t[k], cm.trueCounts()[k]);
            assertEquals(p[k], cm.predictedCounts()[k]);
        }
        double sum = 0;
        for (final double[] row : cm.normalized(Normalize.ALL)) {
            for (final double v : row) {
                sum += v;
            }
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void targetClassesAbsentFromBoth_areLeftOutOfAverages() {
        final Target y = Target.ofCodes(new String[] {"a", "b", "c"}, new int[] {0, 0, 1, 1});
        final ConfusionMatrix all = ConfusionMatrix.of(y, new int[] {0, 1, 1, 1});
        final ConfusionMatrix present = ConfusionMatrix.ofLabels(new String[] {"a", "a", "b", "b"},
            new String[] {"a", "b", "b", "b"}, Target.LEXICOGRAPHIC);
        for (final Average a : Average.values()) {
            assertEquals(PrecisionRecallF1.average(present, a), PrecisionRecallF1.average(all, a));
        }
        assertEquals(PrecisionRecallF1.binary(present, 1), PrecisionRecallF1.binary(all, 1));
    }

    @Test
    void badInput_throws() {
        assertEquals("Found input variables with inconsistent numbers of samples: [2, 3]",
            assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new String[] {"a", "b"}, new int[] {0, 1}, new int[] {0, 1, 1}))
                    .getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> ConfusionMatrix.of(new String[] {"a", "b"}, new int[] {0, 2}, new int[] {0, 1}));
        final ConfusionMatrix empty = ConfusionMatrix.of(new String[] {"a"}, new int[0], new int[0]);
        assertThrows(IllegalArgumentException.class, empty::accuracy);
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallF1.average(empty, Average.MACRO));
        assertArrayEquals(new double[][] {{0.0}}, empty.normalized(Normalize.TRUE));
        final ConfusionMatrix twoPresent = ConfusionMatrix.of(new String[] {"a", "b", "c"}, new int[] {0, 1},
            new int[] {0, 1});
        assertEquals("pos_label=c is not a valid label. It should be one of ['a', 'b']",
            assertThrows(IllegalArgumentException.class, () -> PrecisionRecallF1.binary(twoPresent, 2)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scoring.F1.score(twoPresent));
        assertEquals(Scoring.F1_MACRO, Scoring.of("f1_macro"));
    }
}
