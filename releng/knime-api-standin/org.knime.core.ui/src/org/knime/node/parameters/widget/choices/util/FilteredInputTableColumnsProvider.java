package org.knime.node.parameters.widget.choices.util;

import java.util.List;
import java.util.stream.Stream;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.widget.choices.ColumnChoicesProvider;

/** Stand-in for KNIME's {@code FilteredInputTableColumnsProvider}: the columns of one input passing a filter. */
public interface FilteredInputTableColumnsProvider extends InputTableIndexHolder, ColumnChoicesProvider {

    @Override
    default List<DataColumnSpec> columnChoices(final NodeParametersInput context) {
        return context.getInTableSpec(getInputTableIndex()).map(spec -> spec.stream().filter(this::isIncluded))
            .orElseGet(Stream::empty).toList();
    }

    /** @param col a column @return whether it is offered */
    boolean isIncluded(DataColumnSpec col);
}
