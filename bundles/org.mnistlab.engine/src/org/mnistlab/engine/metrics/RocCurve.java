package org.mnistlab.engine.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mnistlab.engine.validation.Validation;

/**
 * scikit-learn 1.2's {@code roc_curve}: the false and true positive rates of predicting positive the samples scoring
 * {@code >= thresholds[i]}, thresholds decreasing. Point 0 predicts nothing positive; its threshold is
 * {@code max(score) + 1} (1.2's convention; later releases use infinity).
 * <p>
 * Arithmetic as {@code _binary_clf_curve}: per distinct score, from the highest down, cumulative true positives tps
 * and false positives fps = (samples at or above) - tps; scores equal as numbers (+0 and -0) form one threshold,
 * represented by the score of the earliest such sample. With {@code drop_intermediate}, points in the middle of a
 * straight horizontal or vertical run (second differences of fps and tps both zero) are dropped; they change neither
 * the plotted curve nor its area. Then fpr = fps / fps[-1] and tpr = tps / tps[-1]; with no negative (positive)
 * samples that division is undefined, fpr (tpr) is all NaN and scikit-learn warns (UndefinedMetricWarning), which
 * {@link #warnings()} reports.
 *
 * @param fpr false positive rate per threshold, non-decreasing from 0
 * @param tpr true positive rate per threshold, non-decreasing from 0
 * @param thresholds the thresholds, decreasing
 * @param warnings scikit-learn's warnings for this curve, empty if none
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds, List<String> warnings) {

    /** scikit-learn's UndefinedMetricWarning when y_true has no negative sample. */
    public static final String NO_NEGATIVES =
        "No negative samples in y_true, false positive value should be meaningless";

    /** scikit-learn's UndefinedMetricWarning when y_true has no positive sample. */
    public static final String NO_POSITIVES =
        "No positive samples in y_true, true positive value should be meaningless";

    /** Checks the lengths and copies. */
    public RocCurve {
        if (fpr.length != thresholds.length || tpr.length != thresholds.length) {
            throw new IllegalArgumentException("a curve of " + thresholds.length
                + " thresholds needs as many rates, got " + fpr.length + " and " + tpr.length);
        }
        fpr = fpr.clone();
        tpr = tpr.clone();
        thresholds = thresholds.clone();
        warnings = List.copyOf(warnings);
    }

    /**
     * {@code roc_curve(y_true, y_score)}, dropping intermediate points as scikit-learn does by default.
     *
     * @param truth whether each sample is positive
     * @param scores decision values or probabilities of the positive class, finite
     * @return the curve
     */
    public static RocCurve of(final boolean[] truth, final double[] scores) {
        return of(truth, scores, true);
    }

    /**
     * {@code roc_curve(y_true, y_score, drop_intermediate=dropIntermediate)}.
     *
     * @param truth whether each sample is positive
     * @param scores decision values or probabilities of the positive class, finite
     * @param dropIntermediate whether to drop points that lie inside a straight run of the curve
     * @return the curve
     * @throws IllegalArgumentException for differing lengths, non-finite scores or no samples (scikit-learn's
     *             messages)
     */
    public static RocCurve of(final boolean[] truth, final double[] scores, final boolean dropIntermediate) {
        Validation.checkConsistentLength(truth.length, scores.length);
        Validation.assertAllFinite(scores, "");
        Validation.checkPosLabel(truth.length);
        final int n = scores.length;
        // distinct values ascending; adding +0 turns -0 into +0, which numpy's comparisons do not tell apart
        final double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = scores[i] + 0.0;
        }
        Arrays.sort(values);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || values[i] != values[m - 1]) {
                values[m++] = values[i];
            }
        }
        final long[] positives = new long[m];
        final long[] members = new long[m];
        final int[] earliest = new int[m];
        Arrays.fill(earliest, n);
        for (int i = 0; i < n; i++) {
            final int g = Arrays.binarySearch(values, 0, m, scores[i] + 0.0);
            members[g]++;
            positives[g] += truth[i] ? 1 : 0;
            earliest[g] = Math.min(earliest[g], i);
        }
        // _binary_clf_curve: thresholds decreasing, cumulative counts
        final long[] tps = new long[m];
        final long[] fps = new long[m];
        final double[] thresholds = new double[m];
        long tp = 0;
        long atOrAbove = 0;
        for (int k = 0; k < m; k++) {
            final int g = m - 1 - k;
            tp += positives[g];
            atOrAbove += members[g];
            tps[k] = tp;
            fps[k] = atOrAbove - tp;
            thresholds[k] = scores[earliest[g]];
        }
        final int[] keep = dropIntermediate && m > 2 ? corners(fps, tps) : allOf(m);
        final int size = keep.length + 1;
        final double[] fpr = new double[size];
        final double[] tpr = new double[size];
        final double[] th = new double[size];
        // the extra first point, predicting nothing positive: (0, 0) at max + 1
        th[0] = thresholds[0] + 1;
        for (int i = 1; i < size; i++) {
            th[i] = thresholds[keep[i - 1]];
        }
        final List<String> warnings = new ArrayList<>(2);
        final long negatives = fps[m - 1];
        final long allPositives = tps[m - 1];
        if (negatives <= 0) {
            warnings.add(NO_NEGATIVES);
        }
        if (allPositives <= 0) {
            warnings.add(NO_POSITIVES);
        }
        for (int i = 1; i < size; i++) {
            fpr[i] = negatives <= 0 ? Double.NaN : (double)fps[keep[i - 1]] / negatives;
            tpr[i] = allPositives <= 0 ? Double.NaN : (double)tps[keep[i - 1]] / allPositives;
        }
        fpr[0] = negatives <= 0 ? Double.NaN : 0.0;
        tpr[0] = allPositives <= 0 ? Double.NaN : 0.0;
        return new RocCurve(fpr, tpr, th, warnings);
    }

    /**
     * The points {@code np.where(np.r_[True, np.logical_or(np.diff(fps, 2), np.diff(tps, 2)), True])} keeps: the ends,
     * and every point where fps or tps changes its step (exact on counts, as numpy's on integral doubles).
     */
    private static int[] corners(final long[] fps, final long[] tps) {
        final int m = fps.length;
        final int[] keep = new int[m];
        int k = 0;
        keep[k++] = 0;
        for (int i = 1; i < m - 1; i++) {
            if (fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0) {
                keep[k++] = i;
            }
        }
        keep[k++] = m - 1;
        return Arrays.copyOf(keep, k);
    }

    private static int[] allOf(final int m) {
        final int[] all = new int[m];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** @return the false positive rates (a copy) */
    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    /** @return the true positive rates (a copy) */
    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    /** @return the thresholds, decreasing (a copy) */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return number of points (thresholds) */
    public int size() {
        return thresholds.length;
    }

    /**
     * @param index 0..{@link #size()} - 1
     * @return the point
     */
    public RocPoint point(final int index) {
        if (index < 0 || index >= thresholds.length) {
            throw new IndexOutOfBoundsException("point " + index + " is outside 0.." + (thresholds.length - 1));
        }
        return new RocPoint(index, thresholds[index], fpr[index], tpr[index]);
    }

    /**
     * Where a threshold lies on the curve, as the book marks "the threshold for 90% precision" on it: the first
     * point whose threshold is at or below it ({@code (thresholds <= t).argmax()}). Without intermediate points the
     * rates there can be those of a slightly lower threshold, exactly as in the book's figure.
     *
     * @param threshold any threshold
     * @return the point; the last point (everything positive) if every threshold is above it (where numpy's argmax
     *         would say 0)
     */
    public RocPoint pointAt(final double threshold) {
        int i = 0;
        while (i < thresholds.length - 1 && !(thresholds[i] <= threshold)) {
            i++;
        }
        return point(i);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RocCurve c && Arrays.equals(c.fpr, fpr) && Arrays.equals(c.tpr, tpr)
            && Arrays.equals(c.thresholds, thresholds) && c.warnings.equals(warnings);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr)) + Arrays.hashCode(thresholds))
            + warnings.hashCode();
    }

    @Override
    public String toString() {
        return "RocCurve[" + thresholds.length + " points]";
    }
}
