package org.mnistlab.engine.data;

import java.util.Arrays;

/**
 * Unsigned byte features (pixels 0..255) kept as a compressed sparse row structure: for each row, the columns of its
 * non-zero bytes and the bytes. MNIST is about 81% zeros, so the 70,000 x 784 images take about 32 MB instead of
 * 55 MB as bytes or 439 MB as doubles, and the learners' inner loops touch only the non-zero pixels.
 */
public final class ByteMatrix implements FeatureMatrix {

    private final int m_rows;

    private final int m_cols;

    /** Row r's entries are at [m_start[r], m_start[r + 1]). */
    private final int[] m_start;

    private final char[] m_index;

    private final byte[] m_value;

    private ByteMatrix(final int rows, final int cols, final int[] start, final char[] index, final byte[] value) {
        m_rows = rows;
        m_cols = cols;
        m_start = start;
        m_index = index;
        m_value = value;
    }

    @Override
    public int rows() {
        return m_rows;
    }

    @Override
    public int cols() {
        return m_cols;
    }

    /** @return number of stored non-zero values */
    public long nonZeroCount() {
        return m_start[m_rows];
    }

    /** @return bytes held by the arrays of this matrix (row starts, column indices, values), without object headers */
    public long storageBytes() {
        return 4L * m_start.length + 2L * m_index.length + m_value.length;
    }

    @Override
    public double get(final int row, final int col) {
        checkRow(row);
        if (col < 0 || col >= m_cols) {
            throw new IndexOutOfBoundsException("column " + col + " is outside 0.." + (m_cols - 1));
        }
        final int k = Arrays.binarySearch(m_index, m_start[row], m_start[row + 1], (char)col);
        return k >= 0 ? m_value[k] & 0xFF : 0.0;
    }

    /**
     * @param row row index
     * @param col column index
     * @return the unsigned byte at (row, col)
     */
    public int getByte(final int row, final int col) {
        return (int)get(row, col);
    }

    @Override
    public double dot(final int row, final double[] w) {
        final char[] index = m_index;
        final byte[] value = m_value;
        double sum = 0.0;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            sum += w[index[k]] * (value[k] & 0xFF);
        }
        return sum;
    }

    @Override
    public void addScaled(final int row, final double a, final double[] w) {
        final char[] index = m_index;
        final byte[] value = m_value;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            w[index[k]] += (value[k] & 0xFF) * a;
        }
    }

    @Override
    public int nonZeros(final int row, final int[] indices, final double[] values) {
        int n = 0;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            indices[n] = m_index[k];
            values[n] = m_value[k] & 0xFF;
            n++;
        }
        return n;
    }

    @Override
    public void copyRow(final int row, final double[] dst) {
        checkRow(row);
        Arrays.fill(dst, 0, m_cols, 0.0);
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            dst[m_index[k]] = m_value[k] & 0xFF;
        }
    }

    /**
     * Writes a full row as unsigned bytes.
     *
     * @param row row index
     * @param dst receives the row, length at least {@link #cols()}
     */
    public void copyRow(final int row, final byte[] dst) {
        checkRow(row);
        Arrays.fill(dst, 0, m_cols, (byte)0);
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            dst[m_index[k]] = m_value[k];
        }
    }

    private void checkRow(final int row) {
        if (row < 0 || row >= m_rows) {
            throw new IndexOutOfBoundsException("row " + row + " is outside 0.." + (m_rows - 1));
        }
    }

    /**
     * Appends rows one at a time; the rows are copied.
     *
     * @param cols number of columns, 1..65536
     * @param expectedRows a capacity hint
     * @return a builder
     */
    public static Builder builder(final int cols, final int expectedRows) {
        return new Builder(cols, expectedRows);
    }

    /** Collects rows of a {@link ByteMatrix}. Not thread-safe. */
    public static final class Builder {

        private final int m_cols;

        private int m_rows;

        private int[] m_start;

        private char[] m_index;

        private byte[] m_value;

        private Builder(final int cols, final int expectedRows) {
            if (cols < 1 || cols > 1 << 16) {
                throw new IllegalArgumentException("columns must be in 1..65536, got " + cols);
            }
            m_cols = cols;
            final int rows = Math.max(1, expectedRows);
            m_start = new int[rows + 1];
            // MNIST digits have about 150 non-zero pixels of 784; start near a fifth of full density
            final int capacity = (int)Math.min(Integer.MAX_VALUE - 8, Math.max(16L, (long)rows * cols / 5));
            m_index = new char[capacity];
            m_value = new byte[capacity];
        }

        /**
         * Appends a row.
         *
         * @param row bytes; only the first {@link ByteMatrix#cols()} are read
         * @param offset where the row starts in {@code row}
         * @return this builder
         */
        public Builder addRow(final byte[] row, final int offset) {
            if (m_rows + 1 >= m_start.length) {
                m_start = Arrays.copyOf(m_start, Math.max(m_start.length * 2, 2));
            }
            int k = m_start[m_rows];
            if (m_index.length - k < m_cols) {
                final long grown = Math.max((long)m_index.length * 3 / 2, (long)k + m_cols);
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("too many non-zero values for one matrix");
                }
                m_index = Arrays.copyOf(m_index, (int)grown);
                m_value = Arrays.copyOf(m_value, (int)grown);
            }
            for (int j = 0; j < m_cols; j++) {
                final byte b = row[offset + j];
                if (b != 0) {
                    m_index[k] = (char)j;
                    m_value[k] = b;
                    k++;
                }
            }
            m_rows++;
            m_start[m_rows] = k;
            return this;
        }

        /** @return rows added so far */
        public int rows() {
            return m_rows;
        }

        /**
         * Hands over the collected rows. The value arrays are trimmed to size only when more than 1/16 of them is
         * unused: a trimming copy briefly doubles the memory of a large matrix, which costs more than the slack.
         *
         * @return the matrix of all rows added; the builder must not be used afterwards
         */
        public ByteMatrix build() {
            final int nnz = m_start[m_rows];
            final boolean trim = m_index.length - nnz > m_index.length / 16;
            final ByteMatrix m = new ByteMatrix(m_rows, m_cols, Arrays.copyOf(m_start, m_rows + 1),
                trim ? Arrays.copyOf(m_index, nnz) : m_index, trim ? Arrays.copyOf(m_value, nnz) : m_value);
            m_index = null;
            m_value = null;
            m_start = null;
            return m;
        }
    }
}
