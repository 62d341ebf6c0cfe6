package org.mnistlab.engine.svm;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.validation.Validation;

/**
 * The kernel values of samples against support vectors, exactly as libsvm's prediction ({@code k_function}) sums
 * them: over the non-zero columns of either vector in ascending order.
 * <p>
 * libsvm merges the two sparse index lists, which costs a mispredicted branch every few columns. When samples have
 * few columns (MNIST's 784), summing over every column of dense copies gives the same values, because a column that
 * is zero in both adds an exact zero ({@code (0 - 0)^2} or {@code 0 * 0}; with a sum that starts at +0 even the sign
 * is kept), and it computes {@link #LANES} support vectors at once as independent sums, about five times faster.
 * Wider, sparser samples keep the merge, whose cost follows the non-zero entries, not the columns.
 */
final class PredictionKernel {

    /** Support vectors summed at once, as independent accumulation chains. */
    private static final int LANES = 8;

    /** Up to this many columns the dense sum is used. */
    static final int DENSE_COLUMNS = 2048;

    private PredictionKernel() {
    }

    /**
     * @param kernel the kernel with resolved parameters
     * @param sv the support vectors, m of them
     * @param x samples, as many columns as the support vectors
     * @param first first row of x
     * @param end row of x after the last
     * @param out receives K(x_r, sv_s) at {@code (r - first) * m + s}
     * @throws IllegalArgumentException if a sample value is NaN or infinite
     */
    static void values(final KernelFunction kernel, final SparseRows sv, final FeatureMatrix x, final int first,
        final int end, final double[] out) {
        final int d = x.cols();
        final int m = sv.rows();
        final int[] index = new int[d];
        final double[] value = new double[d];
        if (d > DENSE_COLUMNS) {
            for (int r = first; r < end; r++) {
                final int nnz = nonZeros(x, r, index, value);
                for (int s = 0; s < m; s++) {
                    out[(r - first) * m + s] = kernel.between(index, value, nnz, sv, s);
                }
            }
            return;
        }
        final double[] samples = new double[(end - first) * d];
        for (int r = first; r < end; r++) {
            final int nnz = nonZeros(x, r, index, value);
            for (int k = 0; k < nnz; k++) {
                samples[(r - first) * d + index[k]] = value[k];
            }
        }
        final boolean rbf = kernel.kernel() == Kernel.RBF;
        final int[] start = sv.starts();
        final int[] svIndex = sv.indices();
        final double[] svValue = sv.values();
        // LANES support vectors as dense columns of LANES values, cleared after use at the entries set
        final double[] lanes = new double[d * LANES];
        final double[] sums = new double[LANES];
        for (int s0 = 0; s0 < m; s0 += LANES) {
            final int count = Math.min(LANES, m - s0);
            for (int l = 0; l < count; l++) {
                for (int k = start[s0 + l]; k < start[s0 + l + 1]; k++) {
                    lanes[svIndex[k] * LANES + l] = svValue[k];
                }
            }
            for (int r = 0; r < end - first; r++) {
                if (rbf) {
                    squaredDistances(samples, r * d, d, lanes, sums);
                } else {
                    dots(samples, r * d, d, lanes, sums);
                }
                for (int l = 0; l < count; l++) {
                    out[r * m + s0 + l] = rbf ? kernel.fromSquaredDistance(sums[l]) : kernel.fromDot(sums[l], 0, 0);
                }
            }
            for (int l = 0; l < count; l++) {
                for (int k = start[s0 + l]; k < start[s0 + l + 1]; k++) {
                    lanes[svIndex[k] * LANES + l] = 0;
                }
            }
        }
    }

    private static int nonZeros(final FeatureMatrix x, final int row, final int[] index, final double[] value) {
        final int nnz = x.nonZeros(row, index, value);
        for (int k = 0; k < nnz; k++) {
            Validation.checkFinite(value[k], "X");
        }
        return nnz;
    }

    /** {@code sum_c (a_c - b_lc)^2} from +0 in column order, for the LANES support vectors b_l. */
    private static void squaredDistances(final double[] a, final int offset, final int d, final double[] lanes,
        final double[] sums) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int c = 0; c < d; c++) {
            final double v = a[offset + c];
            final int l = c * LANES;
            final double t0 = v - lanes[l];
            final double t1 = v - lanes[l + 1];
            final double t2 = v - lanes[l + 2];
            final double t3 = v - lanes[l + 3];
            final double t4 = v - lanes[l + 4];
            final double t5 = v - lanes[l + 5];
            final double t6 = v - lanes[l + 6];
            final double t7 = v - lanes[l + 7];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
            s4 += t4 * t4;
            s5 += t5 * t5;
            s6 += t6 * t6;
            s7 += t7 * t7;
        }
        store(sums, s0, s1, s2, s3, s4, s5, s6, s7);
    }

    /** {@code sum_c a_c b_lc} from +0 in column order, for the LANES support vectors b_l. */
    private static void dots(final double[] a, final int offset, final int d, final double[] lanes,
        final double[] sums) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int c = 0; c < d; c++) {
            final double v = a[offset + c];
            final int l = c * LANES;
            s0 += v * lanes[l];
            s1 += v * lanes[l + 1];
            s2 += v * lanes[l + 2];
            s3 += v * lanes[l + 3];
            s4 += v * lanes[l + 4];
            s5 += v * lanes[l + 5];
            s6 += v * lanes[l + 6];
            s7 += v * lanes[l + 7];
        }
        store(sums, s0, s1, s2, s3, s4, s5, s6, s7);
    }

    private static void store(final double[] sums, final double s0, final double s1, final double s2,
        final double s3, final double s4, final double s5, final double s6, final double s7) {
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
        sums[4] = s4;
        sums[5] = s5;
        sums[6] = s6;
        sums[7] = s7;
    }
}
