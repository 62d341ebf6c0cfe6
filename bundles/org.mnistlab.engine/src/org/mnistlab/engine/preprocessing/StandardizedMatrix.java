package org.mnistlab.engine.preprocessing;

import org.mnistlab.engine.data.FeatureMatrix;

/**
 * A {@link StandardScaler}'s transform of a matrix, computed when read. Each value is the scaler's
 * {@code (x - mean) / scale} of the base value, so every operation sees exactly the doubles a materialized copy would
 * hold; {@link #dot} still sums over all columns in ascending order, as scikit-learn does on its dense scaled array.
 * <p>
 * The row operations read the base through its non-zeros into per-thread scratch arrays (so concurrent folds can
 * share a view) and put the transform of +0 where the base has a zero. A base value of -0 may then become +0 instead
 * of -0, which no sum, update or non-zero listing can notice; {@link #get} and {@link #copyRow}, which expose the
 * values themselves, transform the base's actual values.
 */
final class StandardizedMatrix implements FeatureMatrix {

    private final FeatureMatrix m_base;

    private final StandardScaler m_scaler;

    /** What a zero base value becomes, per column. */
    private final double[] m_zero;

    /** Without centering, zeros stay zeros and rows keep the base's sparsity. */
    private final boolean m_sparse;

    private final ThreadLocal<Scratch> m_scratch;

    StandardizedMatrix(final FeatureMatrix base, final StandardScaler scaler) {
        m_base = base;
        m_scaler = scaler;
        final int d = base.cols();
        m_zero = new double[d];
        boolean sparse = true;
        for (int j = 0; j < d; j++) {
            m_zero[j] = scaler.transform(0.0, j);
            sparse &= m_zero[j] == 0.0;
        }
        m_sparse = sparse;
        m_scratch = ThreadLocal.withInitial(() -> new Scratch(d));
    }

    /** One thread's buffers: the base row's non-zeros and the standardized row. */
    private static final class Scratch {
        final int[] m_index;

        final double[] m_value;

        final double[] m_row;

        Scratch(final int d) {
            m_index = new int[d];
            m_value = new double[d];
            m_row = new double[d];
        }
    }

    @Override
    public int rows() {
        return m_base.rows();
    }

    @Override
    public int cols() {
        return m_base.cols();
    }

    @Override
    public double get(final int row, final int col) {
        return m_scaler.transform(m_base.get(row, col), col);
    }

    @Override
    public double dot(final int row, final double[] w) {
        final Scratch s = m_scratch.get();
        double sum = 0.0;
        if (m_sparse) {
            // the skipped terms are signed zeros, which never change a sum that started at +0
            final int nnz = m_base.nonZeros(row, s.m_index, s.m_value);
            for (int k = 0; k < nnz; k++) {
                final int j = s.m_index[k];
                sum += w[j] * m_scaler.transform(s.m_value[k], j);
            }
            return sum;
        }
        final double[] z = standardize(row, s);
        for (int j = 0; j < z.length; j++) {
            sum += w[j] * z[j];
        }
        return sum;
    }

    @Override
    public void addScaled(final int row, final double a, final double[] w) {
        final double[] z = standardize(row, m_scratch.get());
        for (int j = 0; j < z.length; j++) {
            if (z[j] != 0.0) {
                w[j] += z[j] * a;
            }
        }
    }

    @Override
    public int nonZeros(final int row, final int[] indices, final double[] values) {
        final double[] z = standardize(row, m_scratch.get());
        int n = 0;
        for (int j = 0; j < z.length; j++) {
            if (z[j] != 0.0) {
                indices[n] = j;
                values[n] = z[j];
                n++;
            }
        }
        return n;
    }

    @Override
    public void copyRow(final int row, final double[] dst) {
        // from the full base row, so that a -0 feature keeps its sign as in scikit-learn's array
        m_base.copyRow(row, dst);
        for (int j = 0; j < m_zero.length; j++) {
            dst[j] = m_scaler.transform(dst[j], j);
        }
    }

    /** @return the thread's row buffer holding the standardized row */
    private double[] standardize(final int row, final Scratch s) {
        final int nnz = m_base.nonZeros(row, s.m_index, s.m_value);
        final double[] z = s.m_row;
        System.arraycopy(m_zero, 0, z, 0, z.length);
        for (int k = 0; k < nnz; k++) {
            final int j = s.m_index[k];
            z[j] = m_scaler.transform(s.m_value[k], j);
        }
        return z;
    }
}
