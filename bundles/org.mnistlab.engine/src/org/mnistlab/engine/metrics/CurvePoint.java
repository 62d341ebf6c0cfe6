package org.mnistlab.engine.metrics;

/**
 * One point of a {@link PrecisionRecallCurve}: predicting positive every sample scoring at or above the threshold
 * gives this precision and recall.
 *
 * @param index position in the curve's arrays; {@code thresholds.length} is the final point (nothing predicted
 *            positive)
 * @param threshold the threshold, {@link Double#POSITIVE_INFINITY} for the final point
 * @param precision precision at the threshold
 * @param recall recall at the threshold
 */
public record CurvePoint(int index, double threshold, double precision, double recall) {
}
