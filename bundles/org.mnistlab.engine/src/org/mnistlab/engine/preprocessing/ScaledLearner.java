package org.mnistlab.engine.preprocessing;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * scikit-learn's {@code make_pipeline(StandardScaler(), estimator)} as a {@link Learner}: fits the scaler on the
 * training samples only, then the wrapped learner on the scaled samples. In cross-validation each fold therefore
 * scales with its own training part's statistics.
 *
 * @param params the scaler's options
 * @param learner fits the model on scaled samples
 */
public record ScaledLearner(ScalerParams params, Learner learner) implements Learner {

    /**
     * Training data up to this many values (32 MB of doubles) is scaled into a dense copy, which learners read faster;
     * larger data is read through the scaling view. Both give the same doubles.
     */
    static final long MATERIALIZE_LIMIT = 1L << 22;

    /** Checks the parts. */
    public ScaledLearner {
        if (params == null || learner == null) {
            throw new IllegalArgumentException("a scaled learner needs scaler options and a learner");
        }
    }

    /**
     * Standardizes with scikit-learn's defaults (center and scale).
     *
     * @param learner fits the model on scaled samples
     */
    public ScaledLearner(final Learner learner) {
        this(new ScalerParams(), learner);
    }

    @Override
    public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
        final StandardScaler scaler = StandardScaler.fit(x, params, monitor.sub(0.05));
        final FeatureMatrix scaled = (long)x.rows() * x.cols() <= MATERIALIZE_LIMIT ? scaler.transformDense(x)
            : scaler.transform(x);
        return new ScaledClassifier(scaler, learner.fit(scaled, y, monitor.sub(0.95)));
    }
}
