package org.mnistlab.engine.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mnistlab.engine.Scores;
import org.mnistlab.engine.validation.Validation;

/**
 * scikit-learn 1.2's {@code precision_recall_curve}: for every distinct score s, ascending, the precision and recall
 * of predicting positive the samples scoring {@code >= s}; then a final point precision 1, recall 0. Version 1.2 keeps
 * all thresholds, also those below the first one reaching full recall, where older releases stopped.
 * <p>
 * Arithmetic as {@code _binary_clf_curve}: cumulative true positives tp and false positives fp = (samples at or above)
 * - tp, precision = tp / (tp + fp), recall = tp / (all positives), or 1 everywhere when there are no positives.
 * Scores equal as numbers (+0 and -0) form one threshold, represented by the score of the earliest such sample, as
 * scikit-learn's stable sort leaves it.
 *
 * @param precision precision per threshold, then 1; length {@code thresholds.length + 1}
 * @param recall recall per threshold (non-increasing), then 0; length {@code thresholds.length + 1}
 * @param thresholds the distinct scores, ascending
 */
public record PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds) {

    /** Checks the lengths and copies. */
    public PrecisionRecallCurve {
        if (precision.length != thresholds.length + 1 || recall.length != thresholds.length + 1) {
            throw new IllegalArgumentException("a curve of " + thresholds.length + " thresholds needs "
                + (thresholds.length + 1) + " precision and recall values, got " + precision.length + " and "
                + recall.length);
        }
        precision = precision.clone();
        recall = recall.clone();
        thresholds = thresholds.clone();
    }

    /**
     * The curve of binary truth and scores of the positive class.
     *
     * @param truth whether each sample is positive
     * @param scores decision values or probabilities of the positive class, finite
     * @return the curve
     */
    public static PrecisionRecallCurve of(final boolean[] truth, final double[] scores) {
        Validation.checkConsistentLength(truth.length, scores.length);
        Validation.assertAllFinite(scores, "y_score");
        final int n = scores.length;
        if (n == 0) {
            throw new IllegalArgumentException("a precision-recall curve needs at least one sample");
        }
        // distinct values; adding +0 turns -0 into +0, which numpy's comparisons do not tell apart
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
        long allPositives = 0;
        for (final long p : positives) {
            allPositives += p;
        }
        final double[] precision = new double[m + 1];
        final double[] recall = new double[m + 1];
        final double[] thresholds = new double[m];
        // walk from the highest score down; arrays are filled from the end so that thresholds ascend
        long tp = 0;
        long atOrAbove = 0;
        for (int g = m - 1; g >= 0; g--) {
            tp += positives[g];
            atOrAbove += members[g];
            final double tps = tp;
            final double fps = atOrAbove - tps;
            precision[g] = tps / (tps + fps);
            recall[g] = allPositives == 0 ? 1.0 : tps / allPositives;
            thresholds[g] = scores[earliest[g]];
        }
        precision[m] = 1.0;
        recall[m] = 0.0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }

    /**
     * One-vs-rest curves of multiclass scores: for class k, truth "is class k" against score column k. Binary scores
     * (one column, the second class's) give the one curve of the second class.
     *
     * @param truth true class index per sample
     * @param scores decision values, one column per class or one column for two classes
     * @return one curve per score column
     */
    public static List<PrecisionRecallCurve> oneVsRest(final int[] truth, final Scores scores) {
        Validation.checkConsistentLength(truth.length, scores.rows());
        final List<PrecisionRecallCurve> curves = new ArrayList<>(scores.columns());
        for (int k = 0; k < scores.columns(); k++) {
            final int positive = scores.columns() == 1 ? 1 : k;
            final boolean[] isClass = new boolean[truth.length];
            for (int i = 0; i < truth.length; i++) {
                isClass[i] = truth[i] == positive;
            }
            curves.add(of(isClass, scores.column(k)));
        }
        return curves;
    }

    /** @return the precisions (a copy) */
    @Override
    public double[] precision() {
        return precision.clone();
    }

    /** @return the recalls (a copy) */
    @Override
    public double[] recall() {
        return recall.clone();
    }

    /** @return the thresholds (a copy) */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return number of thresholds */
    public int size() {
        return thresholds.length;
    }

    /**
     * @param index 0..{@link #size()}; {@link #size()} is the final point (precision 1, recall 0)
     * @return the point
     */
    public CurvePoint point(final int index) {
        if (index < 0 || index > thresholds.length) {
            throw new IndexOutOfBoundsException("point " + index + " is outside 0.." + thresholds.length);
        }
        final double t = index == thresholds.length ? Double.POSITIVE_INFINITY : thresholds[index];
        return new CurvePoint(index, t, precision[index], recall[index]);
    }

    /**
     * Where a threshold lies on the curve, as the lab marks threshold 3000: the first curve threshold at or above it
     * ({@code (thresholds >= t).argmax()}), whose precision and recall are those of predicting {@code score >= t}.
     *
     * @param threshold any threshold
     * @return the point; the final point if every score is below the threshold (where numpy's argmax would say 0)
     */
    public CurvePoint pointAt(final double threshold) {
        int i = 0;
        while (i < thresholds.length && !(thresholds[i] >= threshold)) {
            i++;
        }
        return point(i);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PrecisionRecallCurve c && Arrays.equals(c.precision, precision)
            && Arrays.equals(c.recall, recall) && Arrays.equals(c.thresholds, thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(precision) + Arrays.hashCode(recall)) + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "PrecisionRecallCurve[" + thresholds.length + " thresholds]";
    }
}
