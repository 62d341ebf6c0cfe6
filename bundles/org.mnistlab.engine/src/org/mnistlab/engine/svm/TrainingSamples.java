package org.mnistlab.engine.svm;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;

import libsvm.svm_node;

/**
 * What SVC fits on the same samples share: the samples as sparse rows, the kernel with gamma resolved on them, their
 * squared norms and, for fits whose sub-problems contain all samples (one-vs-rest fits one two-class SVC per class on
 * the same samples, see {@link SVC#learner}), the kernel rows of all samples when they fit in the cache size.
 */
final class TrainingSamples {

    private final FeatureMatrix m_source;

    private final SparseRows m_rows;

    private final double[] m_squaredNorms;

    private final KernelFunction m_kernel;

    private final long m_budget;

    /** Kernel rows of all samples, or {@code null}. */
    private final svm_node[][] m_kernelRows;

    private TrainingSamples(final FeatureMatrix source, final SparseRows rows, final double[] squaredNorms,
        final KernelFunction kernel, final long budget, final svm_node[][] kernelRows) {
        m_source = source;
        m_rows = rows;
        m_squaredNorms = squaredNorms;
        m_kernel = kernel;
        m_budget = budget;
        m_kernelRows = kernelRows;
    }

    /**
     * Checks the samples (scikit-learn's {@code check_array}: at least one sample and feature, all finite), resolves
     * gamma and, if asked and within the cache size, precomputes the kernel rows of all samples.
     *
     * @param x the training samples
     * @param params hyper-parameters
     * @param kernelRows whether to precompute the kernel rows of all samples, for several whole-sample problems
     * @param threads parallelism of the kernel rows
     * @param monitor progress and cancel of the kernel rows
     * @return the shared state
     * @throws IllegalArgumentException for an empty matrix or a non-finite value
     */
    static TrainingSamples of(final FeatureMatrix x, final SVCParams params, final boolean kernelRows,
        final int threads, final Monitor monitor) {
        Inputs.checkShape(x, "SVC");
        final int n = x.rows();
        final SparseRows rows = SparseRows.of(x, SVCTraining.identity(n));
        Inputs.checkFinite(rows);
        final KernelFunction kernel =
            new KernelFunction(params.kernel(), params.gamma().resolve(rows), params.coef0(), params.degree());
        final double[] squaredNorms = new double[n];
        for (int i = 0; i < n; i++) {
            squaredNorms[i] = rows.squaredNorm(i);
        }
        // a quarter of the heap at most, so that a small heap degrades to libsvm's slower kernel instead of failing
        final long budget = Math.min((long)(params.cacheSize() * (1 << 20)), Runtime.getRuntime().maxMemory() / 4);
        monitor.checkCanceled();
        final svm_node[][] all = kernelRows && KernelRows.nodeBytes(n) <= budget
            ? KernelRows.rows(rows, squaredNorms, SVCTraining.identity(n), kernel, threads, monitor) : null;
        monitor.progress(1, null);
        return new TrainingSamples(x, rows, squaredNorms, kernel, budget, all);
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

    /** @return the memory precomputed kernel values may take: the cache size, at most a quarter of the heap */
    long budget() {
        return m_budget;
    }

    /** @return the kernel rows of all samples, or {@code null} */
    svm_node[][] kernelRows() {
        return m_kernelRows;
    }
}
