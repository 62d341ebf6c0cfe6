package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;

/** The dense prediction kernel against libsvm's sparse merge ({@link KernelFunction#between}), the reference. */
class PredictionKernelTest {

    /**
     * @param rows rows
     * @param cols columns
     * @param seed of the values
     * @return about 40% zeros, the rest fractional values of both signs (so that summation order shows)
     */
    private static FeatureMatrix sparse(final int rows, final int cols, final long seed) {
        final Random random = new Random(seed);
        final double[][] x = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[r][c] = random.nextDouble() < 0.4 ? 0 : (random.nextDouble() - 0.4) * Math.scalb(1.0, r % 7 - 3);
            }
        }
        // an all-zero sample
        Arrays.fill(x[rows / 2], 0);
        return DenseMatrix.of(x);
    }

    @Test
    void values_equalLibsvmsMerge_bitForBit_forEveryKernel() {
        final int d = 37;
        final FeatureMatrix sv = sparse(29, d, 1);
        final FeatureMatrix x = sparse(21, d, 2);
        for (final Kernel k : Kernel.values()) {
            assertSameAsMerge(new KernelFunction(k, 0.07, 0.3, 3), SparseRows.of(sv, SVCTraining.identity(29)), x);
        }
    }

    @Test
    void values_ofWideSamples_equalLibsvmsMerge() {
        final int d = PredictionKernel.DENSE_COLUMNS + 1;
        assertSameAsMerge(new KernelFunction(Kernel.RBF, 1e-3, 0, 3),
            SparseRows.of(sparse(9, d, 3), SVCTraining.identity(9)), sparse(5, d, 4));
    }

    private static void assertSameAsMerge(final KernelFunction kernel, final SparseRows sv, final FeatureMatrix x) {
        final int m = sv.rows();
        final int first = 3;
        final double[] values = new double[(x.rows() - first) * m];
        PredictionKernel.values(kernel, sv, x, first, x.rows(), values);
        final int[] index = new int[x.cols()];
        final double[] value = new double[x.cols()];
        for (int r = first; r < x.rows(); r++) {
            final int nnz = x.nonZeros(r, index, value);
            for (int s = 0; s < m; s++) {
                assertEquals(Double.doubleToLongBits(kernel.between(index, value, nnz, sv, s)),
                    Double.doubleToLongBits(values[(r - first) * m + s]), kernel + ", row " + r + ", vector " + s);
            }
        }
    }
}
