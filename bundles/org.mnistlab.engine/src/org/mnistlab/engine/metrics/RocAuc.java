package org.mnistlab.engine.metrics;

import java.util.stream.IntStream;

import org.mnistlab.engine.NumpySum;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

/**
 * scikit-learn 1.2's {@code roc_auc_score}: the area under the ROC curve (intermediate points dropped, which leaves
 * the area unchanged) by the trapezoidal rule of {@code np.trapz}, summed as numpy sums. Binary truth takes the
 * decision scores or probabilities of the positive class; more classes take one column of probabilities per class
 * and are scored one-vs-rest ({@code multi_class="ovr"}), each class against all others, then averaged.
 */
public final class RocAuc {

    private static final String ONE_CLASS =
        "Only one class present in y_true. ROC AUC score is not defined in that case.";

    private RocAuc() {
    }

    /**
     * {@code roc_auc_score(y_true, y_score)} for binary truth.
     *
     * @param truth whether each sample is positive
     * @param scores decision values or probabilities of the positive class, finite
     * @return the area under the ROC curve
     * @throws IllegalArgumentException for no samples, non-finite scores, a single class in the truth or differing
     *             lengths (scikit-learn's messages, in its order)
     */
    public static double binary(final boolean[] truth, final double[] scores) {
        Validation.checkMinSamples(truth.length, 1);
        Validation.checkMinSamples(scores.length, 1);
        Validation.assertAllFinite(scores, "");
        return binaryScore(truth, scores);
    }

    /**
     * {@code roc_auc_score(y_true, y_score, multi_class="ovr", average=average)}, dispatched as scikit-learn does: up
     * to two classes in the truth and at most two score columns is the binary case (positive: the second class;
     * scores: one column, its decision values or probabilities; {@code average} plays no part). Otherwise every class
     * that occurs is scored against the rest on its column of probabilities, and the areas are averaged: MACRO their
     * mean, WEIGHTED their mean weighted by class size, MICRO one area over all (sample, class) pairs.
     *
     * @param y true labels; only the classes that occur count, in their sorted order
     * @param scores binary: one column; multiclass: one column per occurring class, each row summing to 1
     * @param average how to combine the classes
     * @return the area under the ROC curve
     * @throws IllegalArgumentException with scikit-learn's message, e.g. "Target scores need to be probabilities for
     *             multiclass roc_auc, i.e. they should sum up to 1.0 over classes"
     */
    public static double of(final Target y, final Scores scores, final Average average) {
        final int[] present = presentClasses(y);
        if (present.length <= 2 && scores.columns() <= 2) {
            return binary(y, present, scores);
        }
        checkMulticlass(y, present, scores);
        if (average == Average.MICRO) {
            // label_binarize(y).ravel() against y_score.ravel(): row-major, as the scores are stored
            final int k = present.length;
            final boolean[] truth = new boolean[y.size() * k];
            for (int i = 0; i < y.size(); i++) {
                for (int c = 0; c < k; c++) {
                    truth[i * k + c] = y.code(i) == present[c];
                }
            }
            return binaryScore(truth, scores.values());
        }
        final double[] areas = oneVsRest(y, present, scores);
        if (average == Average.MACRO) {
            return NumpySum.mean(areas);
        }
        // np.average(score, weights=support): sum(score * support) / sum(support)
        final int[] counts = y.classCounts();
        final double[] support = new double[present.length];
        final double[] weighted = new double[present.length];
        for (int c = 0; c < present.length; c++) {
            support[c] = counts[present[c]];
            weighted[c] = areas[c] * support[c];
        }
        return NumpySum.sum(weighted) / NumpySum.sum(support);
    }

    /**
     * {@code roc_auc_score(y_true, y_score, multi_class="ovr", average=None)}: the one-vs-rest area of every class.
     *
     * @param y true labels
     * @param scores as for {@link #of}
     * @return the area of each occurring class in sorted class order; for binary input scikit-learn's single area
     * @throws IllegalArgumentException with scikit-learn's message
     */
    public static double[] perClass(final Target y, final Scores scores) {
        final int[] present = presentClasses(y);
        if (present.length <= 2 && scores.columns() <= 2) {
            return new double[] {binary(y, present, scores)};
        }
        checkMulticlass(y, present, scores);
        return oneVsRest(y, present, scores);
    }

    /** The binary branch: {@code label_binarize(y, classes=np.unique(y))[:, 0]} is "is the second class". */
    private static double binary(final Target y, final int[] present, final Scores scores) {
        Validation.checkMinSamples(y.size(), 1);
        Validation.checkMinSamples(scores.rows(), scores.columns());
        Validation.assertAllFinite(scores.values(), "");
        if (present.length != 2) {
            throw new IllegalArgumentException(ONE_CLASS);
        }
        Validation.checkConsistentLength(y.size(), scores.rows());
        if (scores.columns() != 1) {
            // roc_curve's column_or_1d
            throw new IllegalArgumentException("y should be a 1d array, got an array of shape (" + scores.rows() + ", "
                + scores.columns() + ") instead.");
        }
        final boolean[] truth = new boolean[y.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = y.code(i) == present[1];
        }
        return binaryScore(truth, scores.values());
    }

    /** {@code _binary_roc_auc_score}: both classes needed, then the area under the curve. */
    private static double binaryScore(final boolean[] truth, final double[] scores) {
        boolean anyTrue = false;
        boolean anyFalse = false;
        for (final boolean t : truth) {
            anyTrue |= t;
            anyFalse |= !t;
        }
        if (!(anyTrue && anyFalse)) {
            throw new IllegalArgumentException(ONE_CLASS);
        }
        final RocCurve curve = RocCurve.of(truth, scores, true);
        return trapezoid(curve.fpr(), curve.tpr());
    }

    /** {@code _multiclass_roc_auc_score}'s checks, in its order. */
    private static void checkMulticlass(final Target y, final int[] present, final Scores scores) {
        Validation.checkMinSamples(y.size(), 1);
        Validation.checkMinSamples(scores.rows(), scores.columns());
        Validation.assertAllFinite(scores.values(), "");
        if (scores.columns() == 1) {
            // numpy's error for y_score.sum(axis=1) of a 1-d array
            throw new IllegalArgumentException("axis 1 is out of bounds for array of dimension 1");
        }
        for (int i = 0; i < scores.rows(); i++) {
            // np.allclose(1, y_score.sum(axis=1)): |1 - s| <= 1e-8 + 1e-5 |s|, false for NaN
            final double s = NumpySum.sum(scores.row(i));
            if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
                throw new IllegalArgumentException("Target scores need to be probabilities for multiclass roc_auc, "
                    + "i.e. they should sum up to 1.0 over classes");
            }
        }
        if (present.length != scores.columns()) {
            throw new IllegalArgumentException(
                "Number of classes in y_true not equal to the number of columns in 'y_score'");
        }
        Validation.checkConsistentLength(y.size(), scores.rows());
    }

    /** Class c against the rest, on column c. */
    private static double[] oneVsRest(final Target y, final int[] present, final Scores scores) {
        final double[] areas = new double[present.length];
        for (int c = 0; c < present.length; c++) {
            final boolean[] truth = new boolean[y.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = y.code(i) == present[c];
            }
            areas[c] = binaryScore(truth, scores.column(c));
        }
        return areas;
    }

    /** The class indices that occur in y, ascending: {@code np.unique(y_true)} in the target's sorted order. */
    private static int[] presentClasses(final Target y) {
        final int[] counts = y.classCounts();
        return IntStream.range(0, counts.length).filter(c -> counts[c] > 0).toArray();
    }

    /**
     * {@code auc(x, y)} for a curve whose x never decreases: {@code np.trapz(y, x)}, numpy's sum of
     * {@code (x[i+1] - x[i]) * (y[i+1] + y[i]) / 2.0}.
     *
     * @param x non-decreasing x values, at least two
     * @param y the curve's y values
     * @return the area
     */
    static double trapezoid(final double[] x, final double[] y) {
        final double[] terms = new double[x.length - 1];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
        }
        return NumpySum.sum(terms);
    }
}
