package org.mnistlab.engine.metrics;

/**
 * Choosing and applying decision thresholds on a {@link PrecisionRecallCurve}, as the lab does for "90% precision".
 */
public final class Thresholds {

    private Thresholds() {
    }

    /**
     * The lowest threshold whose precision reaches the target: the lab's
     * {@code thresholds[(precisions >= target).argmax()]}. Predicting {@code score >= threshold} then gives the point's
     * precision and recall.
     *
     * @param curve the curve
     * @param target wanted precision, in [0, 1]
     * @return the first point (lowest threshold) with precision &gt;= target
     * @throws IllegalArgumentException if no threshold reaches the target (only predicting nothing would)
     */
    public static CurvePoint forPrecision(final PrecisionRecallCurve curve, final double target) {
        checkTarget(target, "precision");
        final double[] precision = curve.precision();
        int i = 0;
        while (!(precision[i] >= target)) {
            i++;
        }
        if (i == curve.size()) {
            double best = 0;
            for (int k = 0; k < curve.size(); k++) {
                best = Math.max(best, precision[k]);
            }
            throw new IllegalArgumentException(
                "no threshold reaches precision " + target + "; the highest precision at any threshold is " + best);
        }
        return curve.point(i);
    }

    /**
     * The highest threshold whose recall still reaches the target (recall falls as the threshold rises).
     *
     * @param curve the curve
     * @param target wanted recall, in [0, 1]
     * @return the last point (highest threshold) with recall &gt;= target
     */
    public static CurvePoint forRecall(final PrecisionRecallCurve curve, final double target) {
        checkTarget(target, "recall");
        final double[] recall = curve.recall();
        // recall at the lowest threshold is 1 (every sample predicted positive), so a point is always found
        int i = curve.size() - 1;
        while (!(recall[i] >= target)) {
            i--;
        }
        return curve.point(i);
    }

    /**
     * Binary predictions from scores.
     *
     * @param scores decision values of the positive class
     * @param threshold the threshold
     * @param comparison strict ({@code >}) or not ({@code >=})
     * @return whether each sample is predicted positive
     */
    public static boolean[] predict(final double[] scores, final double threshold, final Comparison comparison) {
        final boolean[] positive = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = comparison.test(scores[i], threshold);
        }
        return positive;
    }

    private static void checkTarget(final double target, final String what) {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("target " + what + " must be between 0 and 1, got " + target);
        }
    }
}
