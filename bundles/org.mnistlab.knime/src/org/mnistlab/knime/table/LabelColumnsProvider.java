package org.mnistlab.knime.table;

import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.widget.choices.util.ColumnSelectionUtil;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;

/**
 * The dialog's choices for a label (class) column: the text and numeric columns of the first input, the kinds
 * {@link Columns#requireLabel} accepts.
 */
public final class LabelColumnsProvider extends CompatibleColumnsProvider {

    /** Instantiated by the dialog framework. */
    public LabelColumnsProvider() {
        super(List.of(StringValue.class, DoubleValue.class));
    }

    /**
     * The default label column of a new node: the first text column of the first input (MNIST's {@code label}).
     *
     * @param input the node's inputs
     * @return the column, if the first input has a text column
     */
    public static Optional<DataColumnSpec> firstTextColumn(final NodeParametersInput input) {
        return ColumnSelectionUtil.getStringColumnsOfFirstPort(input).stream().findFirst();
    }
}
