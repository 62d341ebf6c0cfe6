package org.mnistlab.knime.table;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * A learner's input table as engine data: the features, the labels and how scikit-learn would encode them. Label
 * problems a fit cannot start with (an empty table, a single class, a positive class that never occurs) are reported
 * here with messages that name the column, before the engine sees the data.
 *
 * @param x the features, one row per table row
 * @param labels each row's label (the value's text)
 * @param featureNames the feature column names, in feature order
 * @param labelColumn the label column's name
 * @param spec the input table's spec
 */
public record TrainingData(FeatureMatrix x, String[] labels, List<String> featureNames, String labelColumn,
    DataTableSpec spec) {

    /**
     * Reads a learner's input in one pass.
     *
     * @param table the input table
     * @param labelColumn the label column's index
     * @param featureColumns the feature columns' indices, in feature order
     * @param exec progress and cancel
     * @return the data
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if the table is empty or a value is missing or not finite
     */
    public static TrainingData read(final BufferedDataTable table, final int labelColumn, final int[] featureColumns,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there is nothing to learn from.");
        }
        final DataTableSpec spec = table.getDataTableSpec();
        final Dataset d = TableData.dataset(table, featureColumns, labelColumn, exec);
        return new TrainingData(d.x(), d.labels(), d.featureNames(), spec.getColumnSpec(labelColumn).getName(), spec);
    }

    /**
     * The labels as classes, sorted as scikit-learn sorts them ({@link TableData#labelOrder}).
     *
     * @return the target
     * @throws KNIMEException if there is only one class
     */
    public Target target() throws KNIMEException {
        final Target y = TableData.target(labels, TableData.labelOrder(spec.getColumnSpec(labelColumn).getType()));
        if (y.numClasses() < 2) {
            throw new KNIMEException("Column \"" + labelColumn + "\" holds a single class (\"" + y.className(0)
                + "\"); a classifier needs at least two.");
        }
        return y;
    }

    /**
     * The lab's binary target {@code y == positive}: classes "False" and "True".
     *
     * @param positive the label of the positive class
     * @param option the title of the option that sets it, for the message
     * @return the target
     * @throws KNIMEException if no row, or every row, has the positive label
     */
    public Target binary(final String positive, final String option) throws KNIMEException {
        final Target y = Target.binary(labels, positive);
        if (y.numClasses() < 2) {
            throw new KNIMEException(option + ": " + (y.className(0).equals(Target.TRUE) ? "every" : "no") + " row of "
                + "column \"" + labelColumn + "\" has the value \"" + positive + "\", so there is no "
                + (y.className(0).equals(Target.TRUE) ? "negative" : "positive") + " class to learn.");
        }
        return y;
    }
}
