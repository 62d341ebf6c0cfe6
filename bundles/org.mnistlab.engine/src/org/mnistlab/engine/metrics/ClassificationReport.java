package org.mnistlab.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of scikit-learn's {@code classification_report}: precision, recall, F1 and support of each class that
 * occurs in the truth or the predictions, the accuracy, and the macro and weighted averages.
 *
 * @param rows one row per occurring class, in class order
 * @param accuracy fraction of correct predictions (the report's "accuracy" row)
 * @param macroAverage the "macro avg" row
 * @param weightedAverage the "weighted avg" row
 * @param support number of samples
 */
public record ClassificationReport(List<Row> rows, double accuracy, PrecisionRecallF1 macroAverage,
    PrecisionRecallF1 weightedAverage, long support) {

    /**
     * One class's line of the report.
     *
     * @param label class name
     * @param scores its precision, recall and F1 against all other classes
     * @param support its number of true samples
     */
    public record Row(String label, PrecisionRecallF1 scores, long support) {
    }

    /** Copies the rows. */
    public ClassificationReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param cm the confusion matrix
     * @param zeroDivision value of a score whose denominator is 0
     * @return the report
     */
    public static ClassificationReport of(final ConfusionMatrix cm, final ZeroDivision zeroDivision) {
        final long total = Metrics.checkTotal(cm.total());
        final PrecisionRecallF1[] perClass = PrecisionRecallF1.perClass(cm, zeroDivision);
        final boolean[] present = cm.present();
        final long[] support = cm.trueCounts();
        final List<Row> rows = new ArrayList<>();
        for (int k = 0; k < perClass.length; k++) {
            if (present[k]) {
                rows.add(new Row(cm.className(k), perClass[k], support[k]));
            }
        }
        // the report's accuracy row is the micro-averaged precision: correct / total
        final double accuracy = PrecisionRecallF1.average(cm, Average.MICRO, zeroDivision).precision();
        return new ClassificationReport(rows, accuracy, PrecisionRecallF1.average(cm, Average.MACRO, zeroDivision),
            PrecisionRecallF1.average(cm, Average.WEIGHTED, zeroDivision), total);
    }

    /**
     * {@link #of(ConfusionMatrix, ZeroDivision)} with scikit-learn's default {@code zero_division}.
     *
     * @param cm the confusion matrix
     * @return the report
     */
    public static ClassificationReport of(final ConfusionMatrix cm) {
        return of(cm, ZeroDivision.ZERO);
    }
}
