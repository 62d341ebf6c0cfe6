package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.DenseMatrix;

/** The packed pixel layout against the matrix it was packed from, including gaps wider than one entry can step. */
class PackedByteRowsTest {

    /** 700 columns, a few non-zero bytes per row with gaps up to 699 columns, and one empty row. */
    private static double[][] wideRows() {
        final SplittableRandom r = new SplittableRandom(8);
        final double[][] x = new double[30][700];
        for (int i = 0; i < 29; i++) {
            for (int k = 0; k < 1 + r.nextInt(5); k++) {
                x[i][r.nextInt(700)] = r.nextInt(1, 256);
            }
        }
        x[0][0] = 7;
        x[0][699] = 9;
        x[1][256] = 255;
        x[1][511] = 1;
        return x;
    }

    @Test
    void dotAndAddScaled_matchTheMatrixBitForBit() {
        final double[][] x = wideRows();
        final DenseMatrix m = DenseMatrix.of(x);
        final PackedByteRows packed = PackedByteRows.tryPack(m);
        assertNotNull(packed);
        assertEquals(30, packed.rows());
        assertEquals(700, packed.cols());
        final SplittableRandom r = new SplittableRandom(9);
        final double[] w1 = new double[700];
        final double[] w2 = new double[700];
        for (int j = 0; j < 700; j++) {
            w1[j] = r.nextGaussian();
            w2[j] = w1[j];
        }
        // a negative zero weight must stay -0 when a row's gap passes over it
        w1[255] = -0.0;
        w2[255] = -0.0;
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToRawLongBits(m.dot(i, w1)), Double.doubleToRawLongBits(packed.dot(i, w2)));
            m.addScaled(i, 0.37 * (i + 1), w1);
            packed.addScaled(i, 0.37 * (i + 1), w2);
            assertArrayEquals(w1, w2);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(w2[255]));
    }

    @Test
    void prefetch_readsEveryRowWithoutFailing() {
        final PackedByteRows packed = PackedByteRows.tryPack(DenseMatrix.of(wideRows()));
        final int[] order = new int[30];
        for (int i = 0; i < 30; i++) {
            order[i] = 29 - i;
        }
        final int all = packed.prefetch(order, 0, 30);
        assertEquals(all, packed.prefetch(order, 0, 10) + packed.prefetch(order, 10, 30));
    }
}
