package org.mnistlab.engine.svm;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * Fits {@link SVC}s with fixed hyper-parameters. Prepared for given samples ({@link #forSamples}), it computes their
 * kernel matrix once for all fits on them: one-vs-rest then pays for one kernel matrix instead of one per class.
 */
final class SVCLearner implements Learner {

    private final SVCParams m_params;

    private final int m_threads;

    /** Shared state of the samples this learner was prepared for, or {@code null}. */
    private final TrainingSamples m_samples;

    SVCLearner(final SVCParams params, final int threads, final TrainingSamples samples) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        m_params = params;
        m_threads = threads;
        m_samples = samples;
    }

    @Override
    public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
        if (m_samples != null && m_samples.isFor(x)) {
            return SVCTraining.fit(m_samples, SVCTraining.checkTarget(x, y, m_threads), m_params, m_threads,
                monitor);
        }
        return SVCTraining.fit(x, y, m_params, m_threads, monitor);
    }

    @Override
    public Learner forSamples(final FeatureMatrix x, final Monitor monitor) {
        return new SVCLearner(m_params, m_threads, TrainingSamples.of(x, m_params, true, m_threads, monitor));
    }
}
