package org.mnistlab.engine.metrics;

import java.util.Arrays;
import java.util.StringJoiner;

import org.mnistlab.engine.NumpySum;

/**
 * Precision, recall and F1 (the F-beta score with beta = 1), as scikit-learn's
 * {@code precision_recall_fscore_support}, {@code precision_score}, {@code recall_score} and {@code f1_score} compute
 * them from a confusion matrix, operation for operation: precision = tp / predicted, recall = tp / true,
 * F1 = 2 * precision * recall / (precision + recall) (0 when both are 0).
 * <p>
 * Without explicit labels scikit-learn looks only at the classes occurring in the truth or the predictions; the
 * averages here do the same, so a matrix over all of a target's classes gives scikit-learn's numbers.
 *
 * @param precision the precision
 * @param recall the recall
 * @param f1 the F1 score
 */
public record PrecisionRecallF1(double precision, double recall, double f1) {

    /**
     * The scores of one class against all others, {@code average="binary"} with {@code pos_label}.
     *
     * @param cm the confusion matrix
     * @param positive index of the positive class
     * @param zeroDivision value of a score whose denominator is 0
     * @return the positive class's scores
     * @throws IllegalArgumentException if more than two classes occur (scikit-learn's message)
     */
    public static PrecisionRecallF1 binary(final ConfusionMatrix cm, final int positive,
        final ZeroDivision zeroDivision) {
        final boolean[] present = cm.present();
        final int occurring = count(present);
        if (occurring > 2) {
            throw new IllegalArgumentException("Target is multiclass but average='binary'. Please choose another "
                + "average setting, one of [None, 'micro', 'macro', 'weighted'].");
        }
        if (!present[positive] && occurring == 2) {
            final StringJoiner labels = new StringJoiner("', '", "['", "']");
            for (int k = 0; k < present.length; k++) {
                if (present[k]) {
                    labels.add(cm.className(k));
                }
            }
            throw new IllegalArgumentException("pos_label=" + cm.className(positive)
                + " is not a valid label. It should be one of " + labels);
        }
        Metrics.checkTotal(cm.total());
        return perClass(cm, zeroDivision)[positive];
    }

    /**
     * {@link #binary(ConfusionMatrix, int, ZeroDivision)} with scikit-learn's default {@code zero_division}.
     *
     * @param cm the confusion matrix
     * @param positive index of the positive class
     * @return the positive class's scores
     */
    public static PrecisionRecallF1 binary(final ConfusionMatrix cm, final int positive) {
        return binary(cm, positive, ZeroDivision.ZERO);
    }

    /**
     * Scores of every class of the matrix against all others ({@code average=None}); a class that occurs in neither
     * truth nor predictions gets the zero-division value (scikit-learn would leave it out).
     *
     * @param cm the confusion matrix
     * @param zeroDivision value of a score whose denominator is 0
     * @return one entry per class of the matrix
     */
    public static PrecisionRecallF1[] perClass(final ConfusionMatrix cm, final ZeroDivision zeroDivision) {
        final long[] trueCounts = cm.trueCounts();
        final long[] predictedCounts = cm.predictedCounts();
        final PrecisionRecallF1[] r = new PrecisionRecallF1[cm.numClasses()];
        for (int k = 0; k < r.length; k++) {
            r[k] = fromCounts(cm.count(k, k), predictedCounts[k], trueCounts[k], zeroDivision);
        }
        return r;
    }

    /**
     * Averaged scores ({@code average="macro"|"micro"|"weighted"}) over the classes that occur.
     *
     * @param cm the confusion matrix
     * @param average how to combine the classes
     * @param zeroDivision value of a score whose denominator is 0
     * @return the averages
     */
    public static PrecisionRecallF1 average(final ConfusionMatrix cm, final Average average,
        final ZeroDivision zeroDivision) {
        Metrics.checkTotal(cm.total());
        if (average == Average.MICRO) {
            // tp, predicted and true sums over all classes: correct, total, total
            return fromCounts(cm.correct(), cm.total(), cm.total(), zeroDivision);
        }
        final boolean[] present = cm.present();
        final PrecisionRecallF1[] all = perClass(cm, zeroDivision);
        final long[] support = cm.trueCounts();
        final int n = count(present);
        final double[] p = new double[n];
        final double[] r = new double[n];
        final double[] f = new double[n];
        final double[] w = new double[n];
        int i = 0;
        for (int k = 0; k < all.length; k++) {
            if (present[k]) {
                p[i] = all[k].precision;
                r[i] = all[k].recall;
                f[i] = all[k].f1;
                w[i] = support[k];
                i++;
            }
        }
        if (average == Average.MACRO) {
            return new PrecisionRecallF1(NumpySum.mean(p), NumpySum.mean(r), NumpySum.mean(f));
        }
        // np.average(a, weights=w): sum(a * w) / sum(w), both numpy sums
        final double scale = NumpySum.sum(w);
        return new PrecisionRecallF1(weightedSum(p, w) / scale, weightedSum(r, w) / scale,
            weightedSum(f, w) / scale);
    }

    /**
     * {@link #average(ConfusionMatrix, Average, ZeroDivision)} with scikit-learn's default {@code zero_division}.
     *
     * @param cm the confusion matrix
     * @param average how to combine the classes
     * @return the averages
     */
    public static PrecisionRecallF1 average(final ConfusionMatrix cm, final Average average) {
        return average(cm, average, ZeroDivision.ZERO);
    }

    /**
     * The scores from the counts of one class (or of all classes summed, for the micro average).
     *
     * @param tp true positives
     * @param predicted predicted positives (tp + fp)
     * @param actual actual positives (tp + fn)
     * @param zeroDivision value of a score whose denominator is 0
     * @return the scores
     */
    public static PrecisionRecallF1 fromCounts(final long tp, final long predicted, final long actual,
        final ZeroDivision zeroDivision) {
        final double precision = predicted == 0 ? zeroDivision.value() : (double)tp / predicted;
        final double recall = actual == 0 ? zeroDivision.value() : (double)tp / actual;
        // scikit-learn: (1 + beta^2) * p * r / (beta^2 * p + r), a zero denominator replaced by 1
        final double denominator = precision + recall;
        final double f1 = 2 * precision * recall / (denominator == 0.0 ? 1 : denominator);
        return new PrecisionRecallF1(precision, recall, f1);
    }

    private static int count(final boolean[] b) {
        int n = 0;
        for (final boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static double weightedSum(final double[] a, final double[] w) {
        final double[] products = new double[a.length];
        Arrays.setAll(products, i -> a[i] * w[i]);
        return NumpySum.sum(products);
    }
}
