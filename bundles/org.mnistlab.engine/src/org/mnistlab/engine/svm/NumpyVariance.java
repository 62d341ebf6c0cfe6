package org.mnistlab.engine.svm;

import org.mnistlab.engine.NumpySum;
import org.mnistlab.engine.data.FeatureMatrix;

/**
 * {@code X.var()} of numpy 1.24 for a C-contiguous float64 matrix, bit for bit: what scikit-learn's
 * {@code gamma='scale'} divides by.
 * <p>
 * numpy computes the mean as {@code add.reduce} over the flattened array divided by the element count, then reduces
 * the squared deviations the same way ({@link NumpySum}). The matrix is streamed row by row into one reduction
 * buffer, so no flattened copy is made.
 */
final class NumpyVariance {

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
        final double[] buffer = new double[NumpySum.BUFFER];
        double total = 0.0;
        int filled = 0;
        for (int r = 0; r < x.rows(); r++) {
            x.copyRow(r, row);
            int j = 0;
            while (j < d) {
                final int n = Math.min(d - j, NumpySum.BUFFER - filled);
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
                if (filled == NumpySum.BUFFER) {
                    total += NumpySum.pairwise(buffer, 0, NumpySum.BUFFER);
                    filled = 0;
                }
            }
        }
        if (filled > 0) {
            total += NumpySum.pairwise(buffer, 0, filled);
        }
        return total;
    }
}
