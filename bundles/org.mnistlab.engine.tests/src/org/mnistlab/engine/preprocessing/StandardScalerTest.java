package org.mnistlab.engine.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.models.Models;
import org.mnistlab.engine.random.RandomState;

class StandardScalerTest {

    /** Pixel-like bytes: mostly zeros, two all-zero columns, one constant column. */
    private static ByteMatrix pixels(final long seed, final int n, final int d) {
        final RandomState r = new RandomState(seed);
        final ByteMatrix.Builder b = ByteMatrix.builder(d, n);
        final byte[] row = new byte[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                row[j] = j < 2 ? 0 : j == 2 ? 17 : r.randomSample() < 0.7 ? 0 : (byte)r.randint(1, 256);
            }
            b.addRow(row, 0);
        }
        return b.build();
    }

    @Test
    void view_equalsMaterializedCopy_inEveryOperation() {
        final ByteMatrix x = pixels(1, 60, 12);
        final RandomState r = new RandomState(2);
        for (final ScalerParams p : new ScalerParams[] {new ScalerParams(), new ScalerParams().withMean(false),
            new ScalerParams().withStd(false)}) {
            final StandardScaler s = StandardScaler.fit(x, p, Monitor.NONE);
            final FeatureMatrix view = s.transform(x);
            final DenseMatrix dense = s.transformDense(x);
            final double[] w = new double[x.cols()];
            for (int i = 0; i < x.rows(); i++) {
                for (int j = 0; j < w.length; j++) {
                    w[j] = r.randomSample() - 0.5;
                }
                assertEquals(dense.dot(i, w), view.dot(i, w));
                final double[] a = w.clone();
                final double[] b = w.clone();
                view.addScaled(i, 0.37, a);
                dense.addScaled(i, 0.37, b);
                assertArrayEquals(b, a);
                final int[] iv = new int[w.length];
                final int[] id = new int[w.length];
                final double[] vv = new double[w.length];
                final double[] vd = new double[w.length];
                final int nv = view.nonZeros(i, iv, vv);
                assertEquals(dense.nonZeros(i, id, vd), nv);
                assertArrayEquals(Arrays.copyOf(id, nv), Arrays.copyOf(iv, nv));
                assertArrayEquals(Arrays.copyOf(vd, nv), Arrays.copyOf(vv, nv));
            }
        }
    }

    @Test
    void withoutCentering_zerosStayZero() {
        final ByteMatrix x = pixels(3, 30, 8);
        final FeatureMatrix view = StandardScaler.fit(x, new ScalerParams().withMean(false), Monitor.NONE).transform(x);
        final int[] idx = new int[8];
        final double[] v = new double[8];
        for (int i = 0; i < x.rows(); i++) {
            assertEquals(x.nonZeros(i, idx, v), view.nonZeros(i, idx, v));
        }
    }

    @Test
    void constantAndEmptyColumns_keepScaleOne() {
        final StandardScaler s = StandardScaler.fit(pixels(4, 25, 6), Monitor.NONE);
        assertEquals(1.0, s.scale()[0]);
        assertEquals(1.0, s.scale()[2]);
        assertEquals(0.0, s.var()[2]);
        assertEquals(17.0, s.mean()[2]);
    }

    @Test
    void neitherOption_returnsTheInput() {
        final ByteMatrix x = pixels(5, 10, 4);
        assertSame(x, StandardScaler.fit(x, new ScalerParams(false, false), Monitor.NONE).transform(x));
    }

    @Test
    void badInput_throwsSklearnLikeMessages() {
        final DenseMatrix nan = DenseMatrix.of(new double[][] {{1, 2}, {3, Double.NaN}});
        assertEquals("Input X contains NaN (row 1, column 1).", assertThrows(IllegalArgumentException.class,
            () -> StandardScaler.fit(nan, Monitor.NONE)).getMessage());
        final DenseMatrix inf = DenseMatrix.of(new double[][] {{Double.NEGATIVE_INFINITY, 2}});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(inf, Monitor.NONE))
            .getMessage().startsWith("Input X contains infinity"));
        assertEquals("Found array with 0 sample(s) (shape=(0, 3)) while a minimum of 1 is required by StandardScaler.",
            assertThrows(IllegalArgumentException.class,
                () -> StandardScaler.fit(DenseMatrix.wrap(0, 3, new double[0]), Monitor.NONE)).getMessage());
        final StandardScaler s = StandardScaler.fit(pixels(6, 5, 4), Monitor.NONE);
        assertEquals("X has 3 features, but StandardScaler is expecting 4 features as input.",
            assertThrows(IllegalArgumentException.class, () -> s.transform(pixels(6, 5, 3))).getMessage());
    }

    @Test
    void savedAndLoaded_transformsBitForBit() throws IOException {
        final ByteMatrix x = pixels(7, 40, 9);
        final StandardScaler s = StandardScaler.fit(x, new ScalerParams().withMean(false), Monitor.NONE);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Models.write(s, bytes);
        final StandardScaler t = (StandardScaler)Models.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(s.params(), t.params());
        assertEquals(s.nSamplesSeen(), t.nSamplesSeen());
        assertArrayEquals(s.mean(), t.mean());
        assertArrayEquals(s.var(), t.var());
        assertArrayEquals(s.scale(), t.scale());
        assertArrayEquals(s.transformDense(x).toArray(), t.transformDense(x).toArray());
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        Models.write(t, again);
        assertArrayEquals(bytes.toByteArray(), again.toByteArray());
    }

    @Test
    void unknownBodyVersion_throws() {
        final IOException e = assertThrows(IOException.class,
            () -> StandardScaler.read(new DataInputStream(new ByteArrayInputStream(new byte[0])), 2));
        assertTrue(e.getMessage().contains("format 2"), e.getMessage());
    }
}
