package org.mnistlab.engine.preprocessing;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;

/**
 * A model fitted on standardized samples together with its scaler: it standardizes the samples it is given, then
 * asks the model, as a fitted scikit-learn pipeline does.
 */
public final class ScaledClassifier implements Classifier {

    private final StandardScaler m_scaler;

    private final Classifier m_model;

    /**
     * @param scaler the scaler fitted on the model's training samples
     * @param model the model fitted on the scaled training samples
     */
    public ScaledClassifier(final StandardScaler scaler, final Classifier model) {
        if (scaler.numFeatures() != model.numFeatures()) {
            throw new IllegalArgumentException("the scaler has " + scaler.numFeatures() + " features, the model "
                + model.numFeatures());
        }
        m_scaler = scaler;
        m_model = model;
    }

    /** @return the scaler */
    public StandardScaler scaler() {
        return m_scaler;
    }

    /** @return the model that sees scaled samples */
    public Classifier model() {
        return m_model;
    }

    @Override
    public String[] classes() {
        return m_model.classes();
    }

    @Override
    public int numFeatures() {
        return m_scaler.numFeatures();
    }

    @Override
    public Scores decisionFunction(final FeatureMatrix x) {
        return m_model.decisionFunction(m_scaler.transform(x));
    }

    @Override
    public int[] predict(final FeatureMatrix x) {
        return m_model.predict(m_scaler.transform(x));
    }
}
