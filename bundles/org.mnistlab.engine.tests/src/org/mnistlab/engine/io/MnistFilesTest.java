package org.mnistlab.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.testing.MnistTestData;

/** The real files, as the lab sees them. */
class MnistFilesTest {

    @Test
    void fullSet_hasOpenMLOrderAndLabelCounts() {
        final Dataset d = MnistTestData.all();
        assertEquals(70_000, d.size());
        assertEquals(784, d.x().cols());
        assertEquals("pixel_0", d.featureNames().get(0));
        assertEquals("pixel_783", d.featureNames().get(783));
        final int[] counts = new int[10];
        for (final String l : d.labels()) {
            counts[Integer.parseInt(l)]++;
        }
        // per-digit counts of mnist_784 (train + test)
        assertArrayEquals(new int[] {6903, 7877, 6990, 7141, 6824, 6313, 6876, 7293, 6825, 6958}, counts);
        // the lab's some_digit X[0] is a 5, X[60000] the first test digit a 7
        assertEquals("5", d.label(0));
        assertEquals("7", d.label(60_000));
    }
}
