package org.mnistlab.engine.metrics;

import org.mnistlab.engine.validation.Validation;

/**
 * The binary confusion counts and precision, recall and F1 of predicting positive by a score threshold, as
 * {@code precision_score(y, scores > t)} etc. compute them (positive class {@code True}, zero division 0).
 *
 * @param threshold the threshold
 * @param comparison how scores were compared with it
 * @param tn true negatives
 * @param fp false positives
 * @param fn false negatives
 * @param tp true positives
 * @param scores precision, recall and F1 of the positive class
 */
public record ThresholdMetrics(double threshold, Comparison comparison, long tn, long fp, long fn, long tp,
    PrecisionRecallF1 scores) {

    /**
     * @param truth whether each sample is positive
     * @param scores decision values of the positive class, finite
     * @param threshold the threshold
     * @param comparison strict ({@code >}) or not ({@code >=})
     * @return the counts and scores
     */
    public static ThresholdMetrics of(final boolean[] truth, final double[] scores, final double threshold,
        final Comparison comparison) {
        Validation.checkConsistentLength(truth.length, scores.length);
        Validation.assertAllFinite(scores, "y_score");
        Metrics.checkTotal(truth.length);
        long tn = 0;
        long fp = 0;
        long fn = 0;
        long tp = 0;
        for (int i = 0; i < truth.length; i++) {
            final boolean predicted = comparison.test(scores[i], threshold);
            if (truth[i]) {
                tp += predicted ? 1 : 0;
                fn += predicted ? 0 : 1;
            } else {
                fp += predicted ? 1 : 0;
                tn += predicted ? 0 : 1;
            }
        }
        return new ThresholdMetrics(threshold, comparison, tn, fp, fn, tp,
            PrecisionRecallF1.fromCounts(tp, tp + fp, tp + fn, ZeroDivision.ZERO));
    }

    /** @return precision of the positive class */
    public double precision() {
        return scores.precision();
    }

    /** @return recall of the positive class */
    public double recall() {
        return scores.recall();
    }

    /** @return F1 of the positive class */
    public double f1() {
        return scores.f1();
    }

    /** @return fraction of correct predictions */
    public double accuracy() {
        return (double)(tp + tn) / (tp + tn + fp + fn);
    }
}
