package org.knime.core.node;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.DataContainer;

/** Stand-in for KNIME's {@code org.knime.core.node.BufferedDataContainer}: builds a {@link BufferedDataTable}. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_table;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    /** @return the table, after {@link #close()} */
    @Override
    public BufferedDataTable getTable() {
        if (m_table == null) {
            m_table = new BufferedDataTable(getTableSpec(), closedRows());
        }
        return m_table;
    }

    static CloseableRowIterator rowIterator(final List<DataRow> rows) {
        return iterate(rows);
    }
}
