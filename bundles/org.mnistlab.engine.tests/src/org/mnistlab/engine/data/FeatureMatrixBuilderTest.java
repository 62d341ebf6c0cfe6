package org.mnistlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FeatureMatrixBuilderTest {

    private static double[][] pixels(final int rows, final int cols, final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double[][] x = new double[rows][cols];
        for (final double[] row : x) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextInt(3) == 0 ? rnd.nextInt(256) : 0;
            }
        }
        return x;
    }

    private static FeatureMatrix build(final double[][] x, final int expectedRows) {
        final FeatureMatrixBuilder b = new FeatureMatrixBuilder(x[0].length, expectedRows);
        for (final double[] row : x) {
            b.addRow(row);
        }
        return b.build();
    }

    private static void assertSameValues(final double[][] x, final FeatureMatrix m) {
        assertEquals(x.length, m.rows());
        final double[] row = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            m.copyRow(i, row);
            for (int j = 0; j < row.length; j++) {
                assertEquals(Double.doubleToRawLongBits(x[i][j]), Double.doubleToRawLongBits(row[j]),
                    "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void wholeNumbers0To255_giveAByteMatrix() {
        final double[][] x = pixels(50, 20, 1);
        final FeatureMatrix m = build(x, 10);
        assertInstanceOf(ByteMatrix.class, m);
        assertSameValues(x, m);
    }

    @Test
    void anyOtherValue_switchesToDenseKeepingEarlierRows() {
        for (final double odd : new double[] {256, 0.5, -1, -0.0, 1e300}) {
            final double[][] x = pixels(30, 8, 2);
            x[17][3] = odd;
            final FeatureMatrixBuilder b = new FeatureMatrixBuilder(8, 4);
            for (int i = 0; i < x.length; i++) {
                b.addRow(x[i]);
                assertEquals(i < 17, b.isBytes(), "after row " + i + " with " + odd);
            }
            final FeatureMatrix m = b.build();
            assertInstanceOf(DenseMatrix.class, m);
            assertSameValues(x, m);
        }
    }

    @Test
    void bothRepresentations_giveTheSameDotProducts() {
        final double[][] x = pixels(40, 30, 3);
        final FeatureMatrix bytes = build(x, 40);
        final FeatureMatrix dense = DenseMatrix.of(x);
        final double[] w = new double[30];
        final SplittableRandom rnd = new SplittableRandom(4);
        for (int j = 0; j < w.length; j++) {
            w[j] = rnd.nextDouble(-5, 5);
        }
        for (int i = 0; i < 40; i++) {
            assertEquals(Double.doubleToRawLongBits(dense.dot(i, w)), Double.doubleToRawLongBits(bytes.dot(i, w)));
        }
    }

    @Test
    void nonFiniteValue_throwsNamingRowAndColumn() {
        final FeatureMatrixBuilder b = new FeatureMatrixBuilder(3, 1);
        b.addRow(new double[] {1, 2, 3});
        assertEquals("row 1, column 2 holds NaN; features must be finite numbers",
            assertThrows(IllegalArgumentException.class, () -> b.addRow(new double[] {1, 2, Double.NaN}))
                .getMessage());
        assertEquals("row 1 has 2 values, expected 3",
            assertThrows(IllegalArgumentException.class, () -> b.addRow(new double[] {1, 2})).getMessage());
        assertTrue(b.isBytes());
        assertEquals(1, b.rows());
    }

    @Test
    void manyColumns_useDenseFromTheStart() {
        final FeatureMatrixBuilder b = new FeatureMatrixBuilder((1 << 16) + 1, 1);
        assertFalse(b.isBytes());
        final double[] row = new double[(1 << 16) + 1];
        row[70_000 - 5_000] = 7;
        final FeatureMatrix m = b.addRow(row).build();
        final double[] back = new double[row.length];
        m.copyRow(0, back);
        assertArrayEquals(row, back);
    }
}
