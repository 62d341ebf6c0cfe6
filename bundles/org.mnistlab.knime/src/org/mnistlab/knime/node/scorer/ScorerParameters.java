package org.mnistlab.knime.node.scorer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.mnistlab.charts.ConfusionMatrixChart;
import org.mnistlab.knime.table.LabelColumnsProvider;
import org.mnistlab.knime.table.PredictionColumns;

/**
 * Settings of the Classification Scorer. A new node compares the columns a predicting node appended (its prediction with the column
 * of the true classes, {@link PredictionColumns}); the picture shows counts, as the lab's first confusion matrix.
 */
public final class ScorerParameters implements NodeParameters {

    /** What the confusion matrix image shows in its cells. */
    enum ChartMode {
            @Label(value = "Counts", description = "The number of rows of each (true, predicted) pair, the lab's "
                + "<tt>ConfusionMatrixDisplay.from_predictions(y, y_pred)</tt>.")
            COUNTS(ConfusionMatrixChart.Mode.COUNTS),
            @Label(value = "% of true class", description = "Each row divided by its sum (the recall of each true "
                + "class on the diagonal), the lab's <tt>normalize=\"true\", values_format=\".0%\"</tt>.")
            PERCENT_BY_TRUE(ConfusionMatrixChart.Mode.ROW_PERCENT),
            @Label(value = "% of predicted class", description = "Each column divided by its sum (the precision of "
                + "each predicted class on the diagonal), <tt>normalize=\"pred\"</tt>.")
            PERCENT_BY_PREDICTED(ConfusionMatrixChart.Mode.COLUMN_PERCENT),
            @Label(value = "Errors only", description = "The diagonal left out and each row divided by its errors, "
                + "the lab's <tt>sample_weight=(y_pred != y_train)</tt>: which wrong answers dominate for each "
                + "class.")
            ERRORS_ONLY(ConfusionMatrixChart.Mode.ERRORS_ONLY),
            @Label(value = "Counts and %", description = "The count and its percentage of the true class in each "
                + "cell.")
            COUNTS_AND_PERCENT(ConfusionMatrixChart.Mode.COUNTS_AND_PERCENT);

        private final ConfusionMatrixChart.Mode m_mode;

        ChartMode(final ConfusionMatrixChart.Mode mode) {
            m_mode = mode;
        }

        ConfusionMatrixChart.Mode mode() {
            return m_mode;
        }
    }

    static final String TRUTH_COLUMN = "True class column";

    static final String PREDICTION_COLUMN = "Prediction column";

    static final String POSITIVE_CLASS = "Positive class";

    @Widget(title = TRUTH_COLUMN, description = "The column holding each row's true class (text, numbers or "
        + "booleans; values are compared as text). If the column is gone from the input (renamed upstream), the "
        + "node uses the column whose classes the prediction column predicts, else the input's only binary target, "
        + "and warns.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_truthColumn = "";

    @Widget(title = PREDICTION_COLUMN, description = "The column holding each row's predicted class. If it is gone "
        + "from the input and the input has exactly one prediction column, the node uses that one and warns.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_predictionColumn = "";

    @Widget(title = POSITIVE_CLASS, description = "Optional. A class whose binary scores to add as a row "
        + "<tt>binary (positive: ...)</tt>: scikit-learn's <tt>precision_score</tt>, <tt>recall_score</tt> and "
        + "<tt>f1_score</tt> with <tt>pos_label</tt>, e.g. <tt>true</tt> for a boolean detector. As in "
        + "scikit-learn this needs at most two classes. Empty: no such row.")
    String m_positiveClass = "";

    @Widget(title = "Confusion matrix image", description = "What the cells of the confusion matrix image show.")
    ChartMode m_chart = ChartMode.COUNTS;

    ScorerParameters() {
    }

    ScorerParameters(final NodeParametersInput input) {
        input.getInTableSpec(0).ifPresent(this::proposeColumns);
    }

    /**
     * Proposes the last prediction column ({@link PredictionColumns}) and the column of the true classes it predicts
     * when the table has both, else the first text column and the last other label column.
     */
    private void proposeColumns(final DataTableSpec spec) {
        for (int i = spec.getNumColumns() - 1; i >= 0; i--) {
            final DataColumnSpec c = spec.getColumnSpec(i);
            final Optional<String> truth = PredictionColumns.truthColumn(c).filter(spec::containsName);
            if (PredictionColumns.isPrediction(c) && truth.isPresent()) {
                m_truthColumn = truth.get();
                m_predictionColumn = c.getName();
                return;
            }
        }
        final LabelColumnsProvider labels = new LabelColumnsProvider();
        final List<DataColumnSpec> candidates = spec.stream().filter(labels::isIncluded).toList();
        final Optional<DataColumnSpec> truth =
            candidates.stream().filter(c -> c.getType().isCompatible(StringValue.class))
                .findFirst().or(() -> candidates.stream().findFirst());
        truth.ifPresent(c -> m_truthColumn = c.getName());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (!candidates.get(i).getName().equals(m_truthColumn)) {
                m_predictionColumn = candidates.get(i).getName();
                return;
            }
        }
    }

    /**
     * Checks what does not depend on a table. Empty columns are valid: a new node has none until a table is
     * connected (KNIME saves, loads and applies such settings); {@link #requireColumns()} asks for them.
     */
    @Override
    public void validate() throws InvalidSettingsException {
        if (m_truthColumn != null && !m_truthColumn.isBlank() && m_truthColumn.equals(m_predictionColumn)) {
            throw new InvalidSettingsException(PREDICTION_COLUMN + ": choose another column than the "
                + TRUTH_COLUMN.toLowerCase(Locale.ROOT) + " (\"" + m_truthColumn + "\").");
        }
        if (m_positiveClass == null) {
            throw new InvalidSettingsException(POSITIVE_CLASS + " must be text (empty for none).");
        }
    }

    /** @throws InvalidSettingsException naming the option if a column is not chosen yet */
    void requireColumns() throws InvalidSettingsException {
        if (m_truthColumn == null || m_truthColumn.isBlank()) {
            throw new InvalidSettingsException(TRUTH_COLUMN + ": select the column holding the true classes.");
        }
        if (m_predictionColumn == null || m_predictionColumn.isBlank()) {
            throw new InvalidSettingsException(PREDICTION_COLUMN
                + ": select the column holding the predicted classes.");
        }
    }
}
