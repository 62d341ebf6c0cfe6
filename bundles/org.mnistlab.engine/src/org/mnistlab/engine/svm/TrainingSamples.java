package org.mnistlab.engine.svm;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;

import libsvm.svm_node;

/**
 * What every SVC fit on the same samples shares: the samples as sparse rows, the kernel with gamma resolved on them,
 * their squared norms and, when it fits in the cache size, the kernel matrix of all of them. One-vs-rest fits one
 * SVC per class on the same samples, so it builds this once (see {@link SVC#learner}).
 */
final class TrainingSamples {

    private final FeatureMatrix m_source;

    private final SparseRows m_rows;

    private final double[] m_squaredNorms;

    private final KernelFunction m_kernel;

    private final svm_node[][] m_kernelRows;

    private final long m_budget;

    private TrainingSamples(final FeatureMatrix source, final SparseRows rows, final double[] squaredNorms,
        final KernelFunction kernel, final svm_node[][] kernelRows, final long budget) {
        m_source = source;
        m_rows = rows;
        m_squaredNorms = squaredNorms;
        m_kernel = kernel;
        m_kernelRows = kernelRows;
        m_budget = budget;
    }

    /**
     * Checks the samples (scikit-learn's {@code check_array}: at least one sample and feature, all finite), resolves
     * gamma and precomputes the kernel matrix if {@link KernelRows#precomputedBytes} of it is within the cache size.
     *
     * @param x the training samples
     * @param params hyper-parameters
     * @param threads parallelism of the kernel matrix
     * @param monitor progress and cancel of the kernel matrix
     * @return the shared state
     * @throws IllegalArgumentException for an empty matrix or a non-finite value
     */
    static TrainingSamples of(final FeatureMatrix x, final SVCParams params, final int threads,
        final Monitor monitor) {
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
        final long budget = (long)(params.cacheSize() * (1 << 20));
        monitor.checkCanceled();
        final svm_node[][] kernelRows = KernelRows.precomputedBytes(n) <= budget
            ? KernelRows.precomputed(rows, squaredNorms, SVCTraining.identity(n), kernel, threads, monitor) : null;
        monitor.progress(1, null);
        return new TrainingSamples(x, rows, squaredNorms, kernel, kernelRows, budget);
    }

    /** @return whether these are the samples of {@code x} (the very same matrix object) */
    boolean isFor(final FeatureMatrix x) {
        return x == m_source;
    }

    SparseRows rows() {
        return m_rows;
    }

    KernelFunction kernel() {
        return m_kernel;
    }

    /**
     * The sub-problem of some samples in libsvm's form.
     *
     * @param members original indices of the sub-problem's samples, in order
     * @param memoryShare the share of the cache size this sub-problem may use (pairs are solved concurrently)
     * @return the rows and whether they are precomputed kernel rows
     */
    Problem problem(final int[] members, final int memoryShare) {
        if (m_kernelRows != null) {
            return new Problem(pick(m_kernelRows, members), true);
        }
        if (KernelRows.precomputedBytes(members.length) <= m_budget / memoryShare) {
            return new Problem(KernelRows.precomputed(m_rows, m_squaredNorms, members, m_kernel, 1, Monitor.NONE),
                true);
        }
        return new Problem(KernelRows.features(m_rows, members), false);
    }

    /**
     * A sub-problem as libsvm reads it.
     *
     * @param rows one node array per sample
     * @param precomputed whether they are precomputed kernel rows (else sparse features)
     */
    record Problem(svm_node[][] rows, boolean precomputed) {
    }

    private static svm_node[][] pick(final svm_node[][] rows, final int[] which) {
        final svm_node[][] picked = new svm_node[which.length][];
        for (int m = 0; m < which.length; m++) {
            picked[m] = rows[which[m]];
        }
        return picked;
    }
}
