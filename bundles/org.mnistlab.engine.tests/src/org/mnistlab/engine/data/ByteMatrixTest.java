package org.mnistlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ByteMatrixTest {

    private static byte[][] randomPixels(final int rows, final int cols, final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final byte[][] px = new byte[rows][cols];
        for (final byte[] row : px) {
            for (int j = 0; j < cols; j++) {
                // about four in five zero, like MNIST
                row[j] = rnd.nextInt(5) == 0 ? (byte)rnd.nextInt(1, 256) : 0;
            }
        }
        return px;
    }

    private static ByteMatrix build(final byte[][] px) {
        final ByteMatrix.Builder b = ByteMatrix.builder(px[0].length, 1);
        for (final byte[] row : px) {
            b.addRow(row, 0);
        }
        return b.build();
    }

    @Test
    void builtMatrix_givesBackEveryUnsignedByte() {
        final byte[][] px = randomPixels(37, 50, 1);
        final ByteMatrix m = build(px);
        assertEquals(37, m.rows());
        assertEquals(50, m.cols());
        final double[] row = new double[50];
        final byte[] bytes = new byte[50];
        for (int i = 0; i < 37; i++) {
            m.copyRow(i, row);
            m.copyRow(i, bytes);
            assertArrayEquals(px[i], bytes);
            for (int j = 0; j < 50; j++) {
                assertEquals(px[i][j] & 0xFF, row[j]);
                assertEquals(px[i][j] & 0xFF, m.get(i, j));
            }
        }
    }

    @Test
    void dot_equalsDenseSequentialSumBitForBit() {
        final byte[][] px = randomPixels(200, 784, 2);
        final ByteMatrix m = build(px);
        final SplittableRandom rnd = new SplittableRandom(3);
        final double[] w = new double[784];
        for (int j = 0; j < w.length; j++) {
            w[j] = rnd.nextDouble(-1e3, 1e3) * Math.pow(10, rnd.nextInt(-8, 8));
        }
        for (int i = 0; i < 200; i++) {
            double dense = 0.0;
            for (int j = 0; j < 784; j++) {
                dense += w[j] * (px[i][j] & 0xFF);
            }
            assertEquals(Double.doubleToRawLongBits(dense), Double.doubleToRawLongBits(m.dot(i, w)), "row " + i);
        }
    }

    @Test
    void addScaled_equalsDenseUpdateBitForBit() {
        final byte[][] px = randomPixels(50, 100, 4);
        final ByteMatrix m = build(px);
        final double[] sparse = new double[100];
        final double[] dense = new double[100];
        final SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) {
            final double a = rnd.nextDouble(-2, 2);
            m.addScaled(i, a, sparse);
            for (int j = 0; j < 100; j++) {
                dense[j] += (px[i][j] & 0xFF) * a;
            }
        }
        for (int j = 0; j < 100; j++) {
            assertEquals(Double.doubleToRawLongBits(dense[j]), Double.doubleToRawLongBits(sparse[j]));
        }
    }

    @Test
    void selectRows_reindexesAndFlattens() {
        final byte[][] px = randomPixels(10, 8, 6);
        final ByteMatrix m = build(px);
        final FeatureMatrix sub = m.selectRows(new int[] {9, 3, 5}).selectRows(new int[] {2, 0});
        assertEquals(2, sub.rows());
        assertEquals(px[5][4] & 0xFF, sub.get(0, 4));
        assertEquals(px[9][7] & 0xFF, sub.get(1, 7));
        assertThrows(IndexOutOfBoundsException.class, () -> m.selectRows(new int[] {10}));
    }
}
