package org.mnistlab.engine.data;

/**
 * A read-only n x d matrix of features as learners see it: every value is a double, whatever the storage.
 * <p>
 * The hot operations ({@link #dot}, {@link #addScaled}) visit only non-zero entries, in ascending column order.
 * That is exact with respect to scikit-learn's dense kernels, which sum over all columns in order: a product with a
 * zero feature is a signed zero, and adding a signed zero to a running sum that started at +0 never changes it.
 * Implementations must keep that order.
 */
public interface FeatureMatrix {

    /** @return number of rows (samples) */
    int rows();

    /** @return number of columns (features) */
    int cols();

    /**
     * @param row row index
     * @param col column index
     * @return the value at (row, col)
     */
    double get(int row, int col);

    /**
     * Sequential inner product with a weight vector: {@code sum_j x[row][j] * w[j]}, accumulated from +0 in
     * ascending j.
     *
     * @param row row index
     * @param w weights, length at least {@link #cols()}
     * @return the inner product
     */
    double dot(int row, double[] w);

    /**
     * {@code w[j] += x[row][j] * a} for every non-zero feature j of the row, in ascending j.
     *
     * @param row row index
     * @param a scale
     * @param w weights to update, length at least {@link #cols()}
     */
    void addScaled(int row, double a, double[] w);

    /**
     * Writes the non-zero entries of a row, in ascending column order.
     *
     * @param row row index
     * @param indices receives column indices, length at least {@link #cols()}
     * @param values receives values, length at least {@link #cols()}
     * @return the number of non-zero entries written
     */
    int nonZeros(int row, int[] indices, double[] values);

    /**
     * Writes a full row.
     *
     * @param row row index
     * @param dst receives the row, length at least {@link #cols()}
     */
    void copyRow(int row, double[] dst);

    /**
     * A view of some rows, in the given order, without copying values.
     *
     * @param rowIndices rows of this matrix; copied
     * @return the view
     */
    default FeatureMatrix selectRows(final int[] rowIndices) {
        return new RowSubset(this, rowIndices);
    }
}
