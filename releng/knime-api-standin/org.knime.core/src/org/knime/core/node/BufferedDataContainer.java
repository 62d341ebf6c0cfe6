package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;
import org.knime.standin.core.CoreInternals;

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
            m_table = new BufferedDataTable(getTableSpec(), CoreInternals.containerRows(this));
        }
        return m_table;
    }
}
