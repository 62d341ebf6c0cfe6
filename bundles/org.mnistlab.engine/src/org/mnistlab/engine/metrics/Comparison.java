package org.mnistlab.engine.metrics;

/**
 * How a score is compared with a decision threshold to predict the positive class. The lab uses both: a classifier's
 * {@code predict} and the lab's fixed thresholds ({@code y_scores > threshold}) are strict; the thresholds of
 * {@code precision_recall_curve} and the lab's 90%-precision prediction ({@code y_scores >= threshold}) are not.
 */
public enum Comparison {
    /** score &gt; threshold, as {@code decision_function > 0} makes {@code predict}. */
    ABOVE,
    /** score &gt;= threshold, as the points of a precision-recall curve. */
    AT_OR_ABOVE;

    /**
     * @param score a decision value
     * @param threshold the threshold
     * @return whether the score predicts the positive class
     */
    public boolean test(final double score, final double threshold) {
        return this == ABOVE ? score > threshold : score >= threshold;
    }
}
