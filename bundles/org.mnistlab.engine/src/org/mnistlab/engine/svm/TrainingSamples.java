package org.mnistlab.engine.svm;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.validation.Validation;

/**
 * What SVC fits on the same samples share: the samples as sparse rows, the kernel with gamma resolved on them and
 * their squared norms. Immutable.
 */
final class TrainingSamples {

    private final FeatureMatrix m_source;

    private final SparseRows m_rows;

    private final double[] m_squaredNorms;

    private final KernelFunction m_kernel;

    private TrainingSamples(final FeatureMatrix source, final SparseRows rows, final double[] squaredNorms,
        final KernelFunction kernel) {
        m_source = source;
        m_rows = rows;
        m_squaredNorms = squaredNorms;
        m_kernel = kernel;
    }

    /**
     * Checks the samples (scikit-learn's {@code check_array}: at least one sample and feature, all finite) and
     * resolves gamma.
     *
     * @param x the training samples
     * @param params hyper-parameters
     * @return the shared state
     * @throws IllegalArgumentException for an empty matrix or a non-finite value
     */
    static TrainingSamples of(final FeatureMatrix x, final SVCParams params) {
        Validation.checkArray(x, SVC.ESTIMATOR);
        final int n = x.rows();
        final SparseRows rows = SparseRows.of(x, SVCTraining.identity(n));
        // NaN and infinities are non-zero, so the sparse rows hold every one of them
        Validation.assertAllFinite(rows.values(), "X");
        final KernelFunction kernel =
            new KernelFunction(params.kernel(), params.gamma().resolve(rows), params.coef0(), params.degree());
        final double[] squaredNorms = new double[n];
        for (int i = 0; i < n; i++) {
            squaredNorms[i] = rows.squaredNorm(i);
        }
        return new TrainingSamples(x, rows, squaredNorms, kernel);
    }

    /** @return whether these are the samples of {@code x} (the very same matrix object) */
    boolean isFor(final FeatureMatrix x) {
        return x == m_source;
    }

    SparseRows rows() {
        return m_rows;
    }

    double[] squaredNorms() {
        return m_squaredNorms;
    }

    KernelFunction kernel() {
        return m_kernel;
    }
}
