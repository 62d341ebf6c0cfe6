package org.mnistlab.engine.svm;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/** scikit-learn's {@code check_array}/{@code check_X_y} checks, with its messages. */
final class Inputs {

    private Inputs() {
    }

    /**
     * @param x training samples
     * @param y their labels
     * @param estimator the name used in messages
     * @throws IllegalArgumentException for mismatched lengths, no samples or no features
     */
    static void checkTraining(final FeatureMatrix x, final Target y, final String estimator) {
        if (x.rows() != y.size()) {
            throw new IllegalArgumentException("Found input variables with inconsistent numbers of samples: ["
                + x.rows() + ", " + y.size() + "]");
        }
        checkShape(x, estimator);
    }

    /**
     * @param x samples
     * @param estimator the name used in messages
     * @throws IllegalArgumentException for no samples or no features
     */
    static void checkShape(final FeatureMatrix x, final String estimator) {
        if (x.rows() < 1) {
            throw new IllegalArgumentException("Found array with 0 sample(s) (shape=(0, " + x.cols()
                + ")) while a minimum of 1 is required by " + estimator + ".");
        }
        if (x.cols() < 1) {
            throw new IllegalArgumentException("Found array with 0 feature(s) (shape=(" + x.rows()
                + ", 0)) while a minimum of 1 is required by " + estimator + ".");
        }
    }

    /**
     * @param x samples as sparse rows (NaN and infinities are non-zero, so they are all visited)
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    static void checkFinite(final SparseRows x) {
        for (final double v : x.values()) {
            checkFinite(v);
        }
    }

    /**
     * @param v a feature value
     * @throws IllegalArgumentException if it is NaN or infinite
     */
    static void checkFinite(final double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("Input X contains NaN.");
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("Input X contains infinity or a value too large for dtype('float64').");
        }
    }
}
