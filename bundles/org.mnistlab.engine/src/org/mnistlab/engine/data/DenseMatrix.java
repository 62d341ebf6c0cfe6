package org.mnistlab.engine.data;

import java.util.Arrays;

/** Doubles in one row-major array: arbitrary numeric tables and transformed (e.g. standardized) data. */
public final class DenseMatrix implements FeatureMatrix {

    private final int m_rows;

    private final int m_cols;

    private final double[] m_values;

    private DenseMatrix(final int rows, final int cols, final double[] values) {
        m_rows = rows;
        m_cols = cols;
        m_values = values;
    }

    /**
     * Wraps a row-major array without copying; the caller hands over ownership.
     *
     * @param rows number of rows
     * @param cols number of columns
     * @param values row-major values, length rows * cols
     * @return the matrix
     */
    public static DenseMatrix wrap(final int rows, final int cols, final double[] values) {
        if (rows < 0 || cols < 0 || (long)rows * cols != values.length) {
            throw new IllegalArgumentException(
                "a " + rows + " x " + cols + " matrix needs " + (long)rows * cols + " values, got " + values.length);
        }
        return new DenseMatrix(rows, cols, values);
    }

    /**
     * Copies rows of equal length.
     *
     * @param rows the rows
     * @return the matrix
     */
    public static DenseMatrix of(final double[][] rows) {
        final int n = rows.length;
        final int d = n == 0 ? 0 : rows[0].length;
        final double[] values = new double[Math.multiplyExact(n, d)];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException(
                    "row " + i + " has " + rows[i].length + " values, row 0 has " + d);
            }
            System.arraycopy(rows[i], 0, values, i * d, d);
        }
        return new DenseMatrix(n, d, values);
    }

    /**
     * Copies any matrix into dense doubles.
     *
     * @param m the matrix
     * @return a dense copy
     */
    public static DenseMatrix copyOf(final FeatureMatrix m) {
        final int n = m.rows();
        final int d = m.cols();
        final double[] values = new double[Math.multiplyExact(n, d)];
        final double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            m.copyRow(i, row);
            System.arraycopy(row, 0, values, i * d, d);
        }
        return new DenseMatrix(n, d, values);
    }

    @Override
    public int rows() {
        return m_rows;
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
        return m_values[row * m_cols + col];
    }

    @Override
    public double dot(final int row, final double[] w) {
        final double[] v = m_values;
        final int base = row * m_cols;
        double sum = 0.0;
        for (int j = 0; j < m_cols; j++) {
            sum += w[j] * v[base + j];
        }
        return sum;
    }

    @Override
    public void addScaled(final int row, final double a, final double[] w) {
        final double[] v = m_values;
        final int base = row * m_cols;
        for (int j = 0; j < m_cols; j++) {
            final double x = v[base + j];
            if (x != 0.0) {
                w[j] += x * a;
            }
        }
    }

    @Override
    public int nonZeros(final int row, final int[] indices, final double[] values) {
        final int base = row * m_cols;
        int n = 0;
        for (int j = 0; j < m_cols; j++) {
            final double x = m_values[base + j];
            if (x != 0.0) {
                indices[n] = j;
                values[n] = x;
                n++;
            }
        }
        return n;
    }

    @Override
    public void copyRow(final int row, final double[] dst) {
        checkRow(row);
        System.arraycopy(m_values, row * m_cols, dst, 0, m_cols);
    }

    /** @return a copy of all values, row-major */
    public double[] toArray() {
        return Arrays.copyOf(m_values, m_values.length);
    }

    private void checkRow(final int row) {
        if (row < 0 || row >= m_rows) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (m_rows - 1));
        }
    }
}
