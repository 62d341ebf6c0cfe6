package org.mnistlab.engine;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * Fits a classifier with fixed hyper-parameters: what cross-validation and one-vs-rest need from a model, the
 * counterpart of cloning an unfitted scikit-learn estimator and calling {@code fit}.
 */
@FunctionalInterface
public interface Learner {

    /**
     * @param x samples
     * @param y their labels, same length as x's rows
     * @param monitor progress and cancel
     * @return the fitted model
     * @throws IllegalArgumentException for data the learner cannot fit (the message says what is wrong)
     */
    Classifier fit(FeatureMatrix x, Target y, Monitor monitor);

    /**
     * A learner for several fits on the same samples with different labels, as one-vs-rest fits one binary problem
     * per class on all samples: it may do once, here, what those fits share (an SVC precomputes its kernel matrix)
     * and hold it until closed. Its models equal this learner's; fits on other samples still work, without the
     * shared work. The default shares nothing.
     *
     * @param x the samples of the coming fits (the same matrix object)
     * @param monitor progress and cancel of the shared work
     * @return a learner giving the same models as this one; the caller closes it after the fits
     * @throws IllegalArgumentException for samples no fit could use (the message says what is wrong)
     */
    default Prepared forSamples(final FeatureMatrix x, final Monitor monitor) {
        return this::fit;
    }

    /**
     * A learner prepared for several fits on the same samples ({@link Learner#forSamples}). Closing it releases what
     * the fits shared, e.g. memory other fits may then use; close it when its fits are done (try-with-resources).
     */
    @FunctionalInterface
    interface Prepared extends Learner, AutoCloseable {

        /** Releases what the fits shared; fits after that still work, without the shared work. Default: nothing. */
        @Override
        default void close() {
            // nothing shared
        }
    }
}
