package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimationTest {

    @Test
    void straightRun_keepsOnlyItsEnds() {
        final double[] x = new double[1000];
        final double[] y = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 1e-6;
            y[i] = 0.5;
        }
        assertArrayEquals(new int[]{0, 999}, Decimation.keep(x, y, 0, 999, 0.01, 0.01));
    }

    @Test
    void everyDroppedPoint_isWithinToleranceOfTheLastKeptOne() {
        final Random random = new Random(7);
        final int n = 5000;
        final double[] x = new double[n];
        final double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + random.nextDouble() * 1e-4;
            y[i] = Math.max(0, Math.min(1, y[i - 1] + random.nextGaussian() * 1e-4));
        }
        final int[] kept = Decimation.keep(x, y, 0, n - 1, 1e-3, 1e-3);
        assertTrue(kept.length < n / 4, "kept " + kept.length);
        assertEquals(0, kept[0]);
        assertEquals(n - 1, kept[kept.length - 1]);
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            if (k + 1 < kept.length && kept[k + 1] == i) {
                k++;
            }
            final int last = kept[k];
            assertTrue(Math.abs(x[i] - x[last]) < 1e-3 && Math.abs(y[i] - y[last]) < 1e-3 || last == i,
                "point " + i + " strays from kept point " + last);
        }
    }

    @Test
    void subrange_staysInside() {
        final double[] x = {0, 1, 2, 3, 4, 5};
        final double[] y = {0, 1, 0, 1, 0, 1};
        assertArrayEquals(new int[]{2, 3, 4}, Decimation.keep(x, y, 2, 4, 0.5, 0.5));
        assertArrayEquals(new int[]{3}, Decimation.keep(x, y, 3, 3, 0.5, 0.5));
    }
}
