package org.mnistlab.engine.data;

import java.util.Arrays;

/**
 * Collects rows of doubles, e.g. the numeric columns of a table, into the most compact {@link FeatureMatrix} that
 * holds them exactly: a {@link ByteMatrix} while every value is a whole number 0..255 (pixels), else a
 * {@link DenseMatrix}. Both give learners the same doubles, so the choice never changes a result. Not thread-safe.
 */
public final class FeatureMatrixBuilder {

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private final int m_cols;

    private final int m_expectedRows;

    private ByteMatrix.Builder m_bytes;

    private byte[] m_byteRow;

    private double[] m_dense;

    private int m_rows;

    /**
     * @param cols number of columns, at least 1
     * @param expectedRows a capacity hint
     */
    public FeatureMatrixBuilder(final int cols, final int expectedRows) {
        if (cols < 1) {
            throw new IllegalArgumentException("columns must be >= 1, got " + cols);
        }
        m_cols = cols;
        m_expectedRows = Math.max(1, expectedRows);
        if (cols <= 1 << 16) {
            m_bytes = ByteMatrix.builder(cols, m_expectedRows);
            m_byteRow = new byte[cols];
        } else {
            m_dense = new double[Math.multiplyExact(m_expectedRows, cols)];
        }
    }

    /**
     * Appends a row.
     *
     * @param row the values; only the first {@link #cols()} are read, all must be finite
     * @return this builder
     * @throws IllegalArgumentException if the row is too short or holds NaN or an infinity
     */
    public FeatureMatrixBuilder addRow(final double[] row) {
        if (row.length < m_cols) {
            throw new IllegalArgumentException("row " + m_rows + " has " + row.length + " values, expected " + m_cols);
        }
        for (int j = 0; j < m_cols; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(
                    "row " + m_rows + ", column " + j + " holds " + row[j] + "; features must be finite numbers");
            }
        }
        if (m_bytes != null && !fitsBytes(row)) {
            switchToDense();
        }
        if (m_bytes != null) {
            for (int j = 0; j < m_cols; j++) {
                m_byteRow[j] = (byte)(int)row[j];
            }
            m_bytes.addRow(m_byteRow, 0);
        } else {
            final long needed = (long)(m_rows + 1) * m_cols;
            if (needed > m_dense.length) {
                final long grown = Math.max(needed, (long)m_dense.length * 3 / 2);
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("too many values for one dense matrix");
                }
                m_dense = Arrays.copyOf(m_dense, (int)grown);
            }
            System.arraycopy(row, 0, m_dense, m_rows * m_cols, m_cols);
        }
        m_rows++;
        return this;
    }

    /** @return number of columns */
    public int cols() {
        return m_cols;
    }

    /** @return rows added so far */
    public int rows() {
        return m_rows;
    }

    /** @return whether all values so far fit in unsigned bytes, so {@link #build()} gives a {@link ByteMatrix} */
    public boolean isBytes() {
        return m_bytes != null;
    }

    /** @return the matrix of all rows added; the builder must not be used afterwards */
    public FeatureMatrix build() {
        final FeatureMatrix m;
        if (m_bytes != null) {
            m = m_bytes.build();
        } else {
            final int n = m_rows * m_cols;
            m = DenseMatrix.wrap(m_rows, m_cols, m_dense.length == n ? m_dense : Arrays.copyOf(m_dense, n));
        }
        m_bytes = null;
        m_dense = null;
        return m;
    }

    /** Whole numbers 0..255; -0.0 is excluded because a byte would give it back as +0.0. */
    private boolean fitsBytes(final double[] row) {
        for (int j = 0; j < m_cols; j++) {
            final double v = row[j];
            if (!(v >= 0 && v <= 255 && v == Math.rint(v)) || Double.doubleToRawLongBits(v) == NEGATIVE_ZERO) {
                return false;
            }
        }
        return true;
    }

    private void switchToDense() {
        final ByteMatrix bytes = m_bytes.build();
        m_bytes = null;
        m_byteRow = null;
        m_dense = new double[Math.multiplyExact(Math.max(m_expectedRows, m_rows + 1), m_cols)];
        final double[] row = new double[m_cols];
        for (int i = 0; i < m_rows; i++) {
            bytes.copyRow(i, row);
            System.arraycopy(row, 0, m_dense, i * m_cols, m_cols);
        }
    }
}
