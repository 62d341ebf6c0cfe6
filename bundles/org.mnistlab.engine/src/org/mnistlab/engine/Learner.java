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
}
