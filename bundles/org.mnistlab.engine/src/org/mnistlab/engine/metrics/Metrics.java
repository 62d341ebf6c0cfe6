package org.mnistlab.engine.metrics;

/** Input checks the metrics share, with scikit-learn's messages where it has them. */
final class Metrics {

    private Metrics() {
    }

    /** {@code check_consistent_length}. */
    static void checkLengths(final int a, final int b) {
        if (a != b) {
            throw new IllegalArgumentException(
                "Found input variables with inconsistent numbers of samples: [" + a + ", " + b + "]");
        }
    }

    /** @return the total, if there are samples */
    static long checkTotal(final long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("no samples: the metric is undefined");
        }
        return total;
    }

    /**
     * {@code assert_all_finite}, with its messages ({@code what} is the input's name, e.g. "y_score", or empty where
     * scikit-learn passes none: "Input contains NaN.").
     */
    static void checkFinite(final double[] values, final String what) {
        final String input = what.isEmpty() ? "Input " : "Input " + what + " ";
        for (final double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(input + "contains NaN.");
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                    input + "contains infinity or a value too large for dtype('float64').");
            }
        }
    }

    /**
     * {@code check_array}'s {@code ensure_min_samples=1}, without an estimator.
     *
     * @param rows samples of the input
     * @param columns 1 for a 1-d input, else the columns of a 2-d one
     */
    static void checkMinSamples(final int rows, final int columns) {
        if (rows < 1) {
            throw new IllegalArgumentException("Found array with 0 sample(s) (shape=(0," + (columns == 1 ? "" : " "
                + columns) + ")) while a minimum of 1 is required.");
        }
    }

    /**
     * {@code _check_pos_label_consistency} with {@code pos_label=None} for boolean truth: True is the positive label
     * unless there are no labels at all, which scikit-learn rejects.
     */
    static void checkPosLabel(final int n) {
        if (n == 0) {
            throw new IllegalArgumentException("y_true takes value in {} and pos_label is not specified: either make "
                + "y_true take value in {0, 1} or {-1, 1} or pass pos_label explicitly.");
        }
    }
}
