package org.mnistlab.engine.svm;

import org.mnistlab.engine.data.FeatureMatrix;

/**
 * {@code X.var()} of numpy 1.24 for a C-contiguous float64 matrix, bit for bit: what scikit-learn's
 * {@code gamma='scale'} divides by.
 * <p>
 * numpy computes the mean as {@code add.reduce} over the flattened array divided by the element count, then reduces
 * the squared deviations the same way. The reduction hands the inner loop buffers of 8192 elements; each buffer is
 * summed pairwise ({@code DOUBLE_pairwise_sum}: below 8 elements sequentially from -0, up to 128 with eight
 * interleaved accumulators, otherwise split in two halves at a multiple of 8) and added to the running total, which
 * starts at the identity 0. The matrix is streamed row by row, so no flattened copy is made.
 */
final class NumpyVariance {

    /** numpy's default ufunc buffer size, in elements. */
    static final int BUFFER = 8192;

    /** numpy's {@code PW_BLOCKSIZE}. */
    private static final int BLOCK = 128;

    private NumpyVariance() {
    }

    /**
     * @param x the matrix; every element counts, zeros included
     * @return the population variance of all elements ({@code ddof=0}); NaN for an empty matrix
     */
    static double of(final FeatureMatrix x) {
        final double count = (double)x.rows() * x.cols();
        final double mean = reduce(x, Double.NaN) / count;
        return reduce(x, mean) / count;
    }

    /**
     * numpy's buffered {@code add.reduce} over the flattened matrix.
     *
     * @param x the matrix
     * @param mean NaN to sum the elements, otherwise sum their squared deviations from it
     * @return the sum
     */
    private static double reduce(final FeatureMatrix x, final double mean) {
        final boolean deviations = !Double.isNaN(mean);
        final int d = x.cols();
        final double[] row = new double[d];
        final double[] buffer = new double[BUFFER];
        double total = 0.0;
        int filled = 0;
        for (int r = 0; r < x.rows(); r++) {
            x.copyRow(r, row);
            int j = 0;
            while (j < d) {
                final int n = Math.min(d - j, BUFFER - filled);
                if (deviations) {
                    for (int k = 0; k < n; k++) {
                        final double dev = row[j + k] - mean;
                        buffer[filled + k] = dev * dev;
                    }
                } else {
                    System.arraycopy(row, j, buffer, filled, n);
                }
                filled += n;
                j += n;
                if (filled == BUFFER) {
                    total += pairwiseSum(buffer, 0, BUFFER);
                    filled = 0;
                }
            }
        }
        if (filled > 0) {
            total += pairwiseSum(buffer, 0, filled);
        }
        return total;
    }

    /**
     * numpy's {@code DOUBLE_pairwise_sum} of {@code a[from, from + n)}.
     *
     * @param a values
     * @param from first index
     * @param n number of values
     * @return their sum in numpy's association order
     */
    static double pairwiseSum(final double[] a, final int from, final int n) {
        if (n < 8) {
            // numpy starts from -0 so that a sum of only -0 stays -0
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (final int end = n - n % 8; i < end; i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwiseSum(a, from, half) + pairwiseSum(a, from + half, n - half);
    }
}
