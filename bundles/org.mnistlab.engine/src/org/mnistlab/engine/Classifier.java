package org.mnistlab.engine;

import org.mnistlab.engine.data.FeatureMatrix;

/** A fitted, immutable classification model. */
public interface Classifier {

    /** @return class names in the model's sorted order (a copy) */
    String[] classes();

    /** @return number of features the model was fitted on */
    int numFeatures();

    /**
     * Decision values, as scikit-learn's {@code decision_function}.
     *
     * @param x samples, {@link #numFeatures()} columns
     * @return one column (positive class score) for two classes, otherwise one column per class
     */
    Scores decisionFunction(FeatureMatrix x);

    /**
     * Predicted class indices into {@link #classes()}, as scikit-learn's {@code predict}.
     *
     * @param x samples, {@link #numFeatures()} columns
     * @return one class index per sample
     */
    int[] predict(FeatureMatrix x);
}
