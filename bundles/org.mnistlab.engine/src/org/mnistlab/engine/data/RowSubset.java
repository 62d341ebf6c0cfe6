package org.mnistlab.engine.data;

/** Rows of another matrix picked by index (cross-validation folds, splits), sharing its storage. */
final class RowSubset implements FeatureMatrix {

    private final FeatureMatrix m_base;

    private final int[] m_rows;

    RowSubset(final FeatureMatrix base, final int[] rows) {
        final int n = base.rows();
        for (final int r : rows) {
            if (r < 0 || r >= n) {
                throw new IndexOutOfBoundsException("row " + r + " is outside 0.." + (n - 1));
            }
        }
        if (base instanceof RowSubset sub) {
            // flatten so that a subset of a subset costs one indirection, not two
            m_base = sub.m_base;
            m_rows = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                m_rows[i] = sub.m_rows[rows[i]];
            }
        } else {
            m_base = base;
            m_rows = rows.clone();
        }
    }

    @Override
    public int rows() {
        return m_rows.length;
    }

    @Override
    public int cols() {
        return m_base.cols();
    }

    @Override
    public double get(final int row, final int col) {
        return m_base.get(m_rows[row], col);
    }

    @Override
    public double dot(final int row, final double[] w) {
        return m_base.dot(m_rows[row], w);
    }

    @Override
    public void addScaled(final int row, final double a, final double[] w) {
        m_base.addScaled(m_rows[row], a, w);
    }

    @Override
    public int nonZeros(final int row, final int[] indices, final double[] values) {
        return m_base.nonZeros(m_rows[row], indices, values);
    }

    @Override
    public void copyRow(final int row, final double[] dst) {
        m_base.copyRow(m_rows[row], dst);
    }
}
