package org.mnistlab.engine.metrics;

/**
 * One point of a {@link RocCurve}: predicting positive every sample scoring at or above the threshold gives these
 * rates.
 *
 * @param index position in the curve's arrays
 * @param threshold the threshold
 * @param fpr false positive rate (fall-out)
 * @param tpr true positive rate (recall)
 */
public record RocPoint(int index, double threshold, double fpr, double tpr) {
}
