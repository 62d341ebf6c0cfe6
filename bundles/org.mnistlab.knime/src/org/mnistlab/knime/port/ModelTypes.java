package org.mnistlab.knime.port;

/**
 * The model types on MNIST Lab model ports ({@link MnistLabModelPortObjectSpec#getModelType()}): scikit-learn's class
 * names, which is what users know the models by. Learners write them, predictors and appliers check them in configure.
 */
public final class ModelTypes {

    /** {@code SGDClassifier}: the SGD Learner's model. */
    public static final String SGD = "SGDClassifier";

    /** {@code SVC}: the SVC Learner's model (libsvm one-vs-one). */
    public static final String SVC = "SVC";

    /** {@code OneVsRestClassifier(SVC())}: the SVC Learner's model with the one-vs-rest option. */
    public static final String ONE_VS_REST_SVC = "OneVsRestClassifier(SVC)";

    /** {@code StandardScaler}: the Standard Scaler Learner's model. */
    public static final String STANDARD_SCALER = "StandardScaler";

    private ModelTypes() {
    }
}
