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

    /** {@code assert_all_finite}, with its messages ({@code what} is the input's name, e.g. "y_score"). */
    static void checkFinite(final double[] values, final String what) {
        for (final double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("Input " + what + " contains NaN.");
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                    "Input " + what + " contains infinity or a value too large for dtype('float64').");
            }
        }
    }
}
