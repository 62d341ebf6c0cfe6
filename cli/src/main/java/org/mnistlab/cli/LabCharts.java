package org.mnistlab.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mnistlab.charts.ConfusionMatrixChart;
import org.mnistlab.charts.CrossValidationChart;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.charts.Figure;
import org.mnistlab.charts.PrecisionRecallCurveChart;
import org.mnistlab.charts.PrecisionRecallThresholdChart;
import org.mnistlab.charts.RocCurveChart;
import org.mnistlab.charts.TrainingLossChart;
import org.mnistlab.cli.LabResults.BinaryCv;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Roc;
import org.mnistlab.cli.LabResults.ThresholdResults;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.linear.SGDTrainingLog;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;

/**
 * The lab's charts, drawn from the steps' results as each step finishes and kept rendered ({@link Chart}), by file
 * name stem in lab order.
 */
final class LabCharts {

    private final Map<String, Chart> m_charts = new LinkedHashMap<>();

    /** @return the charts by file name stem, in lab order */
    Map<String, Chart> charts() {
        return Collections.unmodifiableMap(m_charts);
    }

    /**
     * Step 1.
     *
     * @param x the images
     * @param n how many to show, ten per row
     */
    void digits(final FeatureMatrix x, final int n) {
        add("digits", DigitGridChart.of(x, n, 10));
    }

    /**
     * Step 3.
     *
     * @param log the binary fit's training log
     */
    void trainingLoss(final SGDTrainingLog log) {
        add("sgd_training_loss", TrainingLossChart.of("Binary SGD training: average loss per epoch", log));
    }

    /**
     * Step 4.
     *
     * @param positive the digit of the binary target
     * @param r the cross-validation result
     */
    void binaryCv(final String positive, final BinaryCv r) {
        add("cv_binary", CrossValidationChart.of(r.accuracy()));
        add("confusion_binary", ConfusionMatrixChart.of("Binary \"" + positive + "\" detector, out-of-fold predictions",
            r.confusionMatrix(), r.classes(), ConfusionMatrixChart.Mode.COUNTS));
    }

    /**
     * Step 5.
     *
     * @param r the thresholds result
     */
    void thresholds(final ThresholdResults r) {
        final PrecisionRecallCurve curve = r.curve();
        final double chosen = r.forPrecision().threshold();
        add("precision_recall_vs_threshold", PrecisionRecallThresholdChart.of(curve.thresholds(), curve.precision(),
            curve.recall(), chosen));
        add("precision_vs_recall",
            PrecisionRecallCurveChart.of(curve.thresholds(), curve.precision(), curve.recall(), chosen));
    }

    /**
     * Step 5, the ROC curve, with the point of the threshold for the target precision.
     *
     * @param r the ROC result
     */
    void roc(final Roc r) {
        add("roc_curve", RocCurveChart.of(r.curve(), r.auc(), r.forPrecision().threshold()));
    }

    /**
     * Steps 8 and 9.
     *
     * @param r the multiclass result
     */
    void multiclass(final Multiclass r) {
        add("cv_multiclass", CrossValidationChart.of("Multiclass SGD: cross-validation accuracy per fold",
            new String[] {"raw pixels", "StandardScaler"}, new double[][] {r.cvAccuracy(), r.cvAccuracyScaled()}));
        final String about = ": multiclass SGD, " + r.rows() + " scaled images, out-of-fold";
        for (final ConfusionMatrixChart.Mode mode : new ConfusionMatrixChart.Mode[] {ConfusionMatrixChart.Mode.COUNTS,
            ConfusionMatrixChart.Mode.ROW_PERCENT, ConfusionMatrixChart.Mode.ERRORS_ONLY}) {
            final String name = switch (mode) {
                case ROW_PERCENT -> "confusion_multiclass_normalized";
                case ERRORS_ONLY -> "confusion_multiclass_errors";
                default -> "confusion_multiclass";
            };
            add(name, ConfusionMatrixChart.of(mode.title() + about, r.confusionMatrixScaled(), r.classes(), mode));
        }
    }

    private void add(final String name, final Figure figure) {
        m_charts.put(name, Chart.of(figure));
    }
}
