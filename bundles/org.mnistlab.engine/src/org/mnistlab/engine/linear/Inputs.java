package org.mnistlab.engine.linear;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/** scikit-learn's input checks for the linear models ({@code check_X_y}, {@code check_array}), with its messages. */
final class Inputs {

    private Inputs() {
    }

    /**
     * @param x training samples
     * @param y their labels
     * @throws IllegalArgumentException for no samples or features, differing lengths, non-finite values or a single
     *             class
     */
    static void checkFit(final FeatureMatrix x, final Target y) {
        checkShape(x);
        if (y.size() != x.rows()) {
            throw new IllegalArgumentException(
                "Found input variables with inconsistent numbers of samples: [" + x.rows() + ", " + y.size() + "]");
        }
        checkFinite(x);
        if (y.numClasses() < 2) {
            throw new IllegalArgumentException(
                "The number of classes has to be greater than one; got " + y.numClasses() + " class");
        }
    }

    /**
     * @param x samples to score
     * @param numFeatures the model's feature count
     * @throws IllegalArgumentException for no samples, another feature count or non-finite values
     */
    static void checkPredict(final FeatureMatrix x, final int numFeatures) {
        checkShape(x);
        if (x.cols() != numFeatures) {
            throw new IllegalArgumentException("X has " + x.cols() + " features, but SGDClassifier is expecting "
                + numFeatures + " features as input.");
        }
        checkFinite(x);
    }

    private static void checkShape(final FeatureMatrix x) {
        final String shape = "(shape=(" + x.rows() + ", " + x.cols() + "))";
        if (x.rows() < 1) {
            throw new IllegalArgumentException(
                "Found array with 0 sample(s) " + shape + " while a minimum of 1 is required by SGDClassifier.");
        }
        if (x.cols() < 1) {
            throw new IllegalArgumentException(
                "Found array with 0 feature(s) " + shape + " while a minimum of 1 is required by SGDClassifier.");
        }
    }

    private static void checkFinite(final FeatureMatrix x) {
        final int d = x.cols();
        final int[] idx = new int[d];
        final double[] val = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            final int nnz = x.nonZeros(i, idx, val);
            for (int k = 0; k < nnz; k++) {
                if (Double.isNaN(val[k])) {
                    throw new IllegalArgumentException("Input X contains NaN (row " + i + ", column " + idx[k] + ").");
                }
                if (Double.isInfinite(val[k])) {
                    throw new IllegalArgumentException("Input X contains infinity (row " + i + ", column " + idx[k]
                        + ").");
                }
            }
        }
    }
}
