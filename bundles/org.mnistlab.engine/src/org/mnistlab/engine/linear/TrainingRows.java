package org.mnistlab.engine.linear;

import org.mnistlab.engine.data.FeatureMatrix;

/**
 * The training samples as the SGD kernel reads them: sequential inner products and scaled additions over the
 * non-zero features of one row, in ascending column order (exactly scikit-learn's dense sums, see
 * {@link FeatureMatrix}), plus touching rows ahead of use, which makes random-order epochs over large data fast.
 */
abstract class TrainingRows {

    /**
     * The fastest layout for a matrix: {@link PackedByteRows} when every value is an integer in 0..255 (images),
     * else the matrix itself.
     *
     * @param x samples, finite
     * @return the rows
     */
    static TrainingRows of(final FeatureMatrix x) {
        final PackedByteRows packed = PackedByteRows.tryPack(x);
        return packed != null ? packed : new MatrixRows(x);
    }

    /** @return number of rows */
    abstract int rows();

    /** @return number of columns (features) */
    abstract int cols();

    /**
     * @param row row index
     * @param w weights
     * @return {@code sum_j x[row][j] * w[j]}, sequential from +0 in ascending j
     */
    abstract double dot(int row, double[] w);

    /**
     * @param row row index
     * @return {@code sum_j x[row][j] * x[row][j]}, sequential from +0 in ascending j
     */
    abstract double squaredNorm(int row);

    /**
     * {@code w[j] += x[row][j] * a} over the row's non-zero features.
     *
     * @param row row index
     * @param a scale
     * @param w weights
     */
    abstract void addScaled(int row, double a, double[] w);

    /**
     * Reads the rows {@code order[from..to)} so that they are in cache when the kernel gets to them. Java has no
     * prefetch instruction, but a tight loop of independent loads keeps many cache misses in flight at once.
     *
     * @param order row order of the epoch
     * @param from first position
     * @param to one past the last position
     * @return a value depending on the loaded data, so that the loads are not optimized away
     */
    abstract int prefetch(int[] order, int from, int to);

    /** Any {@link FeatureMatrix}, through its own row operations. */
    static final class MatrixRows extends TrainingRows {

        private final FeatureMatrix m_x;

        MatrixRows(final FeatureMatrix x) {
            m_x = x;
        }

        @Override
        int rows() {
            return m_x.rows();
        }

        @Override
        int cols() {
            return m_x.cols();
        }

        @Override
        double dot(final int row, final double[] w) {
            return m_x.dot(row, w);
        }

        @Override
        void addScaled(final int row, final double a, final double[] w) {
            m_x.addScaled(row, a, w);
        }

        @Override
        double squaredNorm(final int row) {
            final double[] v = new double[m_x.cols()];
            m_x.copyRow(row, v);
            double sum = 0.0;
            for (final double x : v) {
                sum += x * x;
            }
            return sum;
        }

        @Override
        int prefetch(final int[] order, final int from, final int to) {
            return 0;
        }
    }
}
