package org.mnistlab.engine.svm;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

import libsvm.svm_node;

/**
 * Fits {@link SVC}s with fixed hyper-parameters. Prepared for given samples ({@link #forSamples}), it resolves gamma
 * once and, when the memory can be reserved, computes the kernel rows of all samples once for all fits on them:
 * one-vs-rest then pays for one kernel matrix instead of one per class.
 */
final class SVCLearner implements Learner {

    private final SVCParams m_params;

    private final int m_threads;

    private final KernelMemory m_memory;

    /**
     * @param params hyper-parameters
     * @param threads class pairs solved at once per fit, >= 1
     * @param memory the pool fits reserve kernel values in
     */
    SVCLearner(final SVCParams params, final int threads, final KernelMemory memory) {
        Validation.checkThreads(threads);
        m_params = params;
        m_threads = threads;
        m_memory = memory;
    }

    @Override
    public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
        return SVCTraining.fit(x, y, m_params, m_threads, m_memory, monitor);
    }

    /**
     * Prepares fits on {@code x}: its kernel rows are reserved in the pool (within the cache size) and computed now,
     * or, if they cannot be reserved, each fit chooses its own form as an unprepared fit does. Closing releases them.
     */
    @Override
    public Prepared forSamples(final FeatureMatrix x, final Monitor monitor) {
        final TrainingSamples samples = TrainingSamples.of(x, m_params);
        final int n = x.rows();
        final KernelMemory.Reservation reservation =
            m_memory.limit(SVCTraining.cacheBytes(m_params)).tryReserve(KernelRows.rowBytes(n));
        svm_node[][] rows = null;
        if (reservation != null) {
            try {
                rows = KernelRows.rows(samples.rows(), samples.squaredNorms(), SVCTraining.identity(n),
                    samples.kernel(), m_threads, monitor);
            } catch (RuntimeException | Error e) {
                reservation.close();
                throw e;
            }
        }
        monitor.progress(1, null);
        return new Shared(samples, rows, reservation);
    }

    /** This learner prepared for some samples. */
    private final class Shared implements Prepared {

        private final TrainingSamples m_samples;

        /** Kernel rows of all samples, or {@code null} when not reserved or closed. */
        private volatile svm_node[][] m_rows;

        /** Their memory, or {@code null}. */
        private final KernelMemory.Reservation m_reservation;

        Shared(final TrainingSamples samples, final svm_node[][] rows, final KernelMemory.Reservation reservation) {
            m_samples = samples;
            m_rows = rows;
            m_reservation = reservation;
        }

        @Override
        public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
            if (!m_samples.isFor(x)) {
                return SVCLearner.this.fit(x, y, monitor);
            }
            return SVCTraining.fit(m_samples, m_rows, SVCTraining.checkTarget(x, y, m_threads), m_params, m_threads,
                m_memory, monitor);
        }

        @Override
        public void close() {
            m_rows = null;
            if (m_reservation != null) {
                m_reservation.close();
            }
        }
    }
}
