package org.knime.core.node;

import java.util.List;
import java.util.NoSuchElementException;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.BufferedDataTable}: an immutable table, here held in memory. As in
 * KNIME, it is created only through {@link ExecutionContext#createDataContainer} and
 * {@link BufferedDataContainer#getTable()}.
 */
public final class BufferedDataTable implements DataTable, PortObject {

    /** The table port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** The optional table port type. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class,
        true);

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = List.copyOf(rows);
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    /** @return the number of rows */
    public long size() {
        return m_rows.size();
    }

    @Override
    public CloseableRowIterator iterator() {
        return new CloseableRowIterator() {
            private int m_next;

            @Override
            public boolean hasNext() {
                return m_next < m_rows.size();
            }

            @Override
            public DataRow next() {
                if (m_next >= m_rows.size()) {
                    throw new NoSuchElementException();
                }
                return m_rows.get(m_next++);
            }

            @Override
            public void close() {
                m_next = m_rows.size();
            }
        };
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_rows.size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
