package org.mnistlab.engine.validation;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * The input checks of scikit-learn's {@code sklearn/utils/validation.py} that models, metrics and cross-validation
 * share, each with scikit-learn's message (tests pin them; a user who knows scikit-learn recognises them). Every
 * check throws {@link IllegalArgumentException} and returns normally otherwise.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * {@code check_consistent_length(a, b)}.
     *
     * @param a the length of the first input (e.g. samples of X)
     * @param b the length of the second (e.g. labels)
     * @throws IllegalArgumentException "Found input variables with inconsistent numbers of samples: [a, b]"
     */
    public static void checkConsistentLength(final int a, final int b) {
        if (a != b) {
            throw new IllegalArgumentException(
                "Found input variables with inconsistent numbers of samples: [" + a + ", " + b + "]");
        }
    }

    /**
     * {@code check_array(X, ensure_min_samples=1, ensure_min_features=1)}'s shape checks, samples first.
     *
     * @param x the samples
     * @param estimator the estimator's class name for the message ("SVC"), or {@code null} for none
     * @throws IllegalArgumentException "Found array with 0 sample(s) (shape=(0, d)) while a minimum of 1 is required
     *             by SVC." (or "... 0 feature(s) ...")
     */
    public static void checkArray(final FeatureMatrix x, final String estimator) {
        checkMinSamples(x, estimator);
        if (x.cols() < 1) {
            throw new IllegalArgumentException(tooFew("feature(s)", x, estimator));
        }
    }

    /**
     * {@code check_array}'s {@code ensure_min_samples=1} alone.
     *
     * @param x the samples
     * @param estimator the estimator's class name for the message, or {@code null} for none
     * @throws IllegalArgumentException "Found array with 0 sample(s) (shape=(0, d)) while a minimum of 1 is
     *             required[ by estimator]."
     */
    public static void checkMinSamples(final FeatureMatrix x, final String estimator) {
        if (x.rows() < 1) {
            throw new IllegalArgumentException(tooFew("sample(s)", x, estimator));
        }
    }

    /**
     * {@code check_array}'s {@code ensure_min_samples=1} for an input that is not a feature matrix (labels, scores),
     * without an estimator.
     *
     * @param rows samples of the input
     * @param columns 1 for a 1-d input, else the columns of a 2-d one
     * @throws IllegalArgumentException "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required."
     */
    public static void checkMinSamples(final int rows, final int columns) {
        if (rows < 1) {
            throw new IllegalArgumentException("Found array with 0 sample(s) (shape=(0," + (columns == 1 ? "" : " "
                + columns) + ")) while a minimum of 1 is required.");
        }
    }

    private static String tooFew(final String what, final FeatureMatrix x, final String estimator) {
        return "Found array with 0 " + what + " (shape=(" + x.rows() + ", " + x.cols()
            + ")) while a minimum of 1 is required" + (estimator == null ? "." : " by " + estimator + ".");
    }

    /**
     * {@code BaseEstimator._check_n_features(X, reset=False)}: samples to score must have the fitted feature count.
     *
     * @param x the samples
     * @param expected the feature count the estimator was fitted with
     * @param estimator the estimator's class name for the message
     * @throws IllegalArgumentException "X has 3 features, but SVC is expecting 5 features as input."
     */
    public static void checkNFeatures(final FeatureMatrix x, final int expected, final String estimator) {
        if (x.cols() != expected) {
            throw new IllegalArgumentException("X has " + x.cols() + " features, but " + estimator
                + " is expecting " + expected + " features as input.");
        }
    }

    /**
     * {@code assert_all_finite(X)} over a whole matrix, naming the first bad entry's position. Only non-zero entries
     * are visited: NaN and infinities are non-zero, so none is missed.
     *
     * @param x the samples
     * @throws IllegalArgumentException "Input X contains NaN (row i, column j)." or "Input X contains infinity or a
     *             value too large for dtype('float64') (row i, column j)."
     */
    public static void assertAllFinite(final FeatureMatrix x) {
        final int d = x.cols();
        final int[] index = new int[d];
        final double[] value = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            final int nnz = x.nonZeros(i, index, value);
            for (int k = 0; k < nnz; k++) {
                checkFinite(value[k], i, index[k]);
            }
        }
    }

    /**
     * {@code assert_all_finite} of one entry of X, for loops that visit the entries anyway.
     *
     * @param v the value
     * @param row its row, for the message
     * @param col its column, for the message
     * @throws IllegalArgumentException as {@link #assertAllFinite(FeatureMatrix)}
     */
    public static void checkFinite(final double v, final int row, final int col) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(notFinite("X", v, " (row " + row + ", column " + col + ")"));
        }
    }

    /**
     * {@code assert_all_finite} of one value, without its position.
     *
     * @param v the value
     * @param input the input's name for the message ("X", "y_score")
     * @throws IllegalArgumentException "Input X contains NaN." or "Input X contains infinity or a value too large for
     *             dtype('float64')."
     */
    public static void checkFinite(final double v, final String input) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(notFinite(input, v, ""));
        }
    }

    /**
     * {@code assert_all_finite} of a vector, without positions.
     *
     * @param values the values
     * @param input the input's name for the message ("y_score")
     * @throws IllegalArgumentException as {@link #checkFinite(double, String)}
     */
    public static void assertAllFinite(final double[] values, final String input) {
        for (final double v : values) {
            checkFinite(v, input);
        }
    }

    /** @param input the input's name, empty where scikit-learn passes none ("Input contains NaN.") */
    private static String notFinite(final String input, final double v, final String where) {
        return "Input " + (input.isEmpty() ? "" : input + " ") + "contains " + (Double.isNaN(v) ? "NaN" : "infinity or a value too large for "
            + "dtype('float64')") + where + ".";
    }

    /**
     * The classifiers' target check ({@code BaseSVC._validate_targets}, {@code SGDClassifier}'s): at least two
     * classes among the labels.
     *
     * @param y the labels
     * @throws IllegalArgumentException "The number of classes has to be greater than one; got 1 class"
     */
    public static void checkClassCount(final Target y) {
        if (y.numClasses() < 2) {
            throw new IllegalArgumentException(
                "The number of classes has to be greater than one; got " + y.numClasses() + " class");
        }
    }

    /**
     * {@code _check_pos_label_consistency} with {@code pos_label=None} for boolean truth: True is the positive label
     * unless there are no labels at all, which scikit-learn rejects.
     *
     * @param n the number of labels
     * @throws IllegalArgumentException "y_true takes value in {} and pos_label is not specified: ..."
     */
    public static void checkPosLabel(final int n) {
        if (n == 0) {
            throw new IllegalArgumentException("y_true takes value in {} and pos_label is not specified: either make "
                + "y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly.");
        }
    }

    /**
     * Ours, not scikit-learn's: how many tasks may run at once ({@code n_jobs} without its negative values).
     *
     * @param threads the thread count
     * @throws IllegalArgumentException "threads must be at least 1, got 0"
     */
    public static void checkThreads(final int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
