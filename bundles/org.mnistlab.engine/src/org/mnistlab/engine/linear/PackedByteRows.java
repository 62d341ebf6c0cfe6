package org.mnistlab.engine.linear;

import org.mnistlab.engine.data.FeatureMatrix;

/**
 * Rows whose values are all integers 1..255 (pixels), packed for the SGD kernel: one int per non-zero entry,
 * {@code column << 8 | value}, rows back to back. A row is then one contiguous run of memory, which
 * {@link #prefetch} can pull into cache ahead of the randomly ordered epoch: on MNIST that halves the fit time
 * compared with reading a matrix row by row. Costs 4 bytes per non-zero value (about 36 MB for 60,000 digits).
 */
final class PackedByteRows extends TrainingRows {

    /** Ints per 64-byte cache line. */
    private static final int LINE = 16;

    /** Byte value → double, a load instead of an int-to-double conversion in the inner loops. */
    private static final double[] VALUE = new double[256];

    static {
        for (int v = 0; v < VALUE.length; v++) {
            VALUE[v] = v;
        }
    }

    /** Column indices must fit in the upper 24 bits. */
    private static final int MAX_COLS = 1 << 23;

    private final int m_rows;

    private final int m_cols;

    /** Row r's entries are at [m_start[r], m_start[r + 1]). */
    private final int[] m_start;

    private final int[] m_entries;

    private PackedByteRows(final int rows, final int cols, final int[] start, final int[] entries) {
        m_rows = rows;
        m_cols = cols;
        m_start = start;
        m_entries = entries;
    }

    /**
     * @param x a matrix
     * @return its packed rows, or {@code null} if a value is not an integer in 0..255 (or there are too many
     *         columns or entries)
     */
    static PackedByteRows tryPack(final FeatureMatrix x) {
        final int n = x.rows();
        final int d = x.cols();
        if (d > MAX_COLS) {
            return null;
        }
        final int[] idx = new int[d];
        final double[] val = new double[d];
        final int[] start = new int[n + 1];
        long total = 0;
        for (int i = 0; i < n; i++) {
            final int nnz = x.nonZeros(i, idx, val);
            for (int k = 0; k < nnz; k++) {
                final double v = val[k];
                if (!(v >= 1 && v <= 255 && v == Math.rint(v))) {
                    return null;
                }
            }
            total += nnz;
            if (total > Integer.MAX_VALUE - 8) {
                return null;
            }
            start[i + 1] = (int)total;
        }
        final int[] entries = new int[(int)total];
        for (int i = 0; i < n; i++) {
            final int nnz = x.nonZeros(i, idx, val);
            for (int k = 0; k < nnz; k++) {
                entries[start[i] + k] = idx[k] << 8 | (int)val[k];
            }
        }
        return new PackedByteRows(n, d, start, entries);
    }

    @Override
    int rows() {
        return m_rows;
    }

    @Override
    int cols() {
        return m_cols;
    }

    @Override
    double dot(final int row, final double[] w) {
        final int[] e = m_entries;
        double sum = 0.0;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            final int v = e[k];
            sum += w[v >>> 8] * VALUE[v & 0xFF];
        }
        return sum;
    }

    @Override
    void addScaled(final int row, final double a, final double[] w) {
        final int[] e = m_entries;
        for (int k = m_start[row], end = m_start[row + 1]; k < end; k++) {
            final int v = e[k];
            w[v >>> 8] += VALUE[v & 0xFF] * a;
        }
    }

    @Override
    int prefetch(final int[] order, final int from, final int to) {
        final int[] e = m_entries;
        int touched = 0;
        for (int i = from; i < to; i++) {
            final int row = order[i];
            final int end = m_start[row + 1];
            for (int k = m_start[row]; k < end; k += LINE) {
                touched += e[k];
            }
            if (end > 0) {
                // the last line, which the stride can step over
                touched += e[end - 1];
            }
        }
        return touched;
    }
}
