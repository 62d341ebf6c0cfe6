package org.mnistlab.engine.svm;

import java.util.Arrays;

import org.mnistlab.engine.data.FeatureMatrix;

/**
 * Rows of doubles keeping only the non-zero entries, in ascending column order: the training samples as the kernel
 * sees them and the support vectors of a fitted model. Immutable.
 * <p>
 * Skipping zeros is exact for every kernel here: libsvm's sparse dot product and squared distance visit the same
 * non-zero terms in the same ascending order as a dense sequential sum, whose other terms are exact zeros.
 */
final class SparseRows implements FeatureMatrix {

    private final int m_cols;

    /** Row r's entries are at [m_start[r], m_start[r + 1]). */
    private final int[] m_start;

    private final int[] m_index;

    private final double[] m_value;

    private SparseRows(final int cols, final int[] start, final int[] index, final double[] value) {
        m_cols = cols;
        m_start = start;
        m_index = index;
        m_value = value;
    }

    /**
     * Copies the non-zero entries of some rows.
     *
     * @param x the matrix
     * @param rows which rows, in the order wanted
     * @return the rows
     */
    static SparseRows of(final FeatureMatrix x, final int[] rows) {
        final int d = x.cols();
        final int[] start = new int[rows.length + 1];
        int[] index = new int[Math.max(16, rows.length * Math.min(d, 64))];
        double[] value = new double[index.length];
        final int[] rowIndex = new int[d];
        final double[] rowValue = new double[d];
        int nnz = 0;
        for (int r = 0; r < rows.length; r++) {
            final int k = x.nonZeros(rows[r], rowIndex, rowValue);
            if (nnz + k > index.length) {
                final int grown = (int)Math.min(Integer.MAX_VALUE - 8, Math.max((long)index.length * 3 / 2, nnz + k));
                index = Arrays.copyOf(index, grown);
                value = Arrays.copyOf(value, grown);
            }
            System.arraycopy(rowIndex, 0, index, nnz, k);
            System.arraycopy(rowValue, 0, value, nnz, k);
            nnz += k;
            start[r + 1] = nnz;
        }
        return new SparseRows(d, start, Arrays.copyOf(index, nnz), Arrays.copyOf(value, nnz));
    }

    /**
     * Wraps arrays read back from a saved model, checking their consistency.
     *
     * @param cols number of columns
     * @param start row starts, length rows + 1
     * @param index column indices, ascending within each row
     * @param value non-zero values
     * @return the rows
     * @throws IllegalArgumentException if the arrays do not describe sparse rows
     */
    static SparseRows wrap(final int cols, final int[] start, final int[] index, final double[] value) {
        if (start.length < 1 || start[0] != 0 || start[start.length - 1] != index.length
            || index.length != value.length) {
            throw new IllegalArgumentException("inconsistent sparse row arrays");
        }
        for (int r = 0; r + 1 < start.length; r++) {
            if (start[r] > start[r + 1]) {
                throw new IllegalArgumentException("row " + r + " has a negative length");
            }
            for (int k = start[r]; k < start[r + 1]; k++) {
                if (index[k] < 0 || index[k] >= cols || (k > start[r] && index[k] <= index[k - 1])) {
                    throw new IllegalArgumentException("row " + r + " has invalid column indices");
                }
            }
        }
        return new SparseRows(cols, start, index, value);
    }

    /** @return row starts (the internal array: callers must not modify it) */
    int[] starts() {
        return m_start;
    }

    /** @return column indices of all rows (the internal array: callers must not modify it) */
    int[] indices() {
        return m_index;
    }

    /** @return values of all rows (the internal array: callers must not modify it) */
    double[] values() {
        return m_value;
    }

    /**
     * @param row row index
     * @return libsvm's {@code dot(x, x)}: the squares summed from +0 in ascending column order
     */
    double squaredNorm(final int row) {
        double sum = 0;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            sum += m_value[k] * m_value[k];
        }
        return sum;
    }

    @Override
    public int rows() {
        return m_start.length - 1;
    }

    @Override
    public int cols() {
        return m_cols;
    }

    @Override
    public double get(final int row, final int col) {
        checkRow(row);
        if (col < 0 || col >= m_cols) {
            throw new IndexOutOfBoundsException("column " + col + " is outside 0.." + (m_cols - 1));
        }
        final int k = Arrays.binarySearch(m_index, m_start[row], m_start[row + 1], col);
        return k >= 0 ? m_value[k] : 0.0;
    }

    @Override
    public double dot(final int row, final double[] w) {
        double sum = 0.0;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            sum += w[m_index[k]] * m_value[k];
        }
        return sum;
    }

    @Override
    public void addScaled(final int row, final double a, final double[] w) {
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            w[m_index[k]] += m_value[k] * a;
        }
    }

    @Override
    public int nonZeros(final int row, final int[] indices, final double[] values) {
        final int s = m_start[row];
        final int n = m_start[row + 1] - s;
        System.arraycopy(m_index, s, indices, 0, n);
        System.arraycopy(m_value, s, values, 0, n);
        return n;
    }

    @Override
    public void copyRow(final int row, final double[] dst) {
        checkRow(row);
        Arrays.fill(dst, 0, m_cols, 0.0);
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            dst[m_index[k]] = m_value[k];
        }
    }

    private void checkRow(final int row) {
        if (row < 0 || row >= rows()) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (rows() - 1));
        }
    }
}
