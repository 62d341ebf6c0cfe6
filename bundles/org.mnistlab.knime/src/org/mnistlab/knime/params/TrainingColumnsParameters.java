package org.mnistlab.knime.params;

import java.util.Set;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.LabelColumnsProvider;

/**
 * The columns a classifier learns from: the label column ({@code y}) and the feature columns ({@code X}, by default
 * every other numeric column). Persisted as {@code labelColumn} and the {@code features} block
 * ({@link FeatureColumnsParameters}). A new node's label column is the input's first text column, MNIST's
 * {@code label}.
 */
public final class TrainingColumnsParameters implements NodeParameters {

    /** Title of the label column option, named in messages. */
    public static final String LABEL_COLUMN = "Label column";

    @Widget(title = LABEL_COLUMN, description = "The column holding each row's class (<tt>y</tt>): text, numbers or "
        + "booleans, without missing values. Classes are ordered as scikit-learn orders them: by value for numeric "
        + "columns, alphabetically (by code point) for text.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_labelColumn = "";

    FeatureColumnsParameters m_features = new FeatureColumnsParameters();

    /** No label column selected, all numeric columns as features. */
    public TrainingColumnsParameters() {
    }

    /**
     * A new node's columns: the first text column as label, all other numeric columns as features.
     *
     * @param input the node's inputs (the table at port 0)
     */
    public TrainingColumnsParameters(final NodeParametersInput input) {
        LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName).ifPresent(c -> m_labelColumn = c);
    }

    /**
     * @param labelColumn the label column
     * @param features the feature columns; none means all other numeric columns
     * @return the parameters
     */
    public static TrainingColumnsParameters of(final String labelColumn, final String... features) {
        final TrainingColumnsParameters p = new TrainingColumnsParameters();
        p.m_labelColumn = labelColumn;
        p.m_features = FeatureColumnsParameters.of(features);
        return p;
    }

    /** @return the label column's name */
    public String labelColumn() {
        return m_labelColumn;
    }

    /**
     * Checks what does not depend on a table. An empty label column is valid: a new node has none until a table is
     * connected (KNIME saves, loads and applies such settings); {@link #resolve(DataTableSpec)} asks for it.
     */
    @Override
    public void validate() throws InvalidSettingsException {
        m_features.validate();
    }

    /**
     * The columns of a table, checked.
     *
     * @param spec the input table's spec
     * @return the label and feature column indices
     * @throws InvalidSettingsException with a message naming the option that does not fit the table, or that is
     *             not chosen yet
     */
    public Resolved resolve(final DataTableSpec spec) throws InvalidSettingsException {
        validate();
        if (m_labelColumn == null || m_labelColumn.isBlank()) {
            throw new InvalidSettingsException(LABEL_COLUMN + ": select the column holding the classes.");
        }
        final int label = Columns.requireLabel(spec, m_labelColumn, LABEL_COLUMN);
        return new Resolved(label, m_features.resolve(spec, Set.of(m_labelColumn)));
    }

    /**
     * The columns of a table.
     *
     * @param label the label column's index
     * @param features the feature columns' indices, in table order
     */
    public record Resolved(int label, int[] features) {
    }
}
