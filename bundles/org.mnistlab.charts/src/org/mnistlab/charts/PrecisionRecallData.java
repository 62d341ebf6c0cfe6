package org.mnistlab.charts;

import java.util.Arrays;

/**
 * The arrays of scikit-learn's {@code precision_recall_curve}, checked: n ascending thresholds, and precision and
 * recall at each of them, optionally followed by the final point (precision 1, recall 0) that scikit-learn appends.
 *
 * @param thresholds ascending decision thresholds, length n
 * @param precision precision at each threshold, length n or n + 1
 * @param recall recall at each threshold, same length as precision
 */
record PrecisionRecallData(double[] thresholds, double[] precision, double[] recall) {

    /**
     * @param thresholds ascending decision thresholds, at least one; copied
     * @param precision precision per threshold, values in [0, 1], length n or n + 1; copied
     * @param recall recall per threshold, values in [0, 1], same length as precision; copied
     * @return the checked data
     * @throws IllegalArgumentException naming the array and index that is wrong
     */
    static PrecisionRecallData of(final double[] thresholds, final double[] precision, final double[] recall) {
        if (thresholds == null || precision == null || recall == null) {
            throw new IllegalArgumentException("thresholds, precision and recall must not be null");
        }
        final int n = thresholds.length;
        if (n == 0) {
            throw new IllegalArgumentException("thresholds must not be empty");
        }
        if (precision.length != n && precision.length != n + 1 || recall.length != precision.length) {
            throw new IllegalArgumentException("precision and recall must both have " + n + " or " + (n + 1)
                + " values for " + n + " thresholds, got " + precision.length + " and " + recall.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(thresholds[i]) || i > 0 && thresholds[i] < thresholds[i - 1]) {
                throw new IllegalArgumentException(
                    "thresholds must be finite and ascending, got " + thresholds[i] + " at index " + i);
            }
        }
        checkFractions("precision", precision);
        checkFractions("recall", recall);
        return new PrecisionRecallData(thresholds.clone(), precision.clone(), recall.clone());
    }

    private static void checkFractions(final String name, final double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException(name + " must lie in [0, 1], got " + values[i] + " at index " + i);
            }
        }
    }

    /**
     * The operating point of a threshold: the first threshold at or above it, as the book's
     * {@code (thresholds >= threshold).argmax()}.
     *
     * @param threshold a decision threshold
     * @return index into precision and recall, or -1 when the threshold is above all and there is no final point
     */
    int pointAt(final double threshold) {
        int i = Arrays.binarySearch(thresholds, threshold);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && thresholds[i - 1] == threshold) {
                i--;
            }
        }
        return i < precision.length ? i : -1;
    }
}
