package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowIterator;
import org.knime.core.data.RowKey;
import org.knime.core.util.DuplicateKeyException;
import org.knime.standin.core.CoreInternals;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.container.DataContainer}: collects rows in memory. It checks rows
 * the way KNIME's {@code BufferedDataContainerDelegate} does, with the same messages: the cell count must match the
 * spec, each cell's type must fit its column ({@link DataType#isASuperTypeOf}), and row IDs must be unique
 * ({@link DuplicateKeyException}). Rows can be added until {@link #close()}; the table exists only afterwards.
 */
public class DataContainer {

    static {
        CoreInternals.registerContainerRows(DataContainer::closedRows);
    }

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private boolean m_closed;

    /** @param spec the table spec */
    public DataContainer(final DataTableSpec spec) {
        m_spec = Objects.requireNonNull(spec, "Spec must not be null!");
    }

    /**
     * @param spec the table spec
     * @param initDomain ignored: the stand-in does not compute domains
     */
    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        this(spec);
    }

    /**
     * @param row a row matching the spec
     * @throws IllegalArgumentException if the cell count or a cell type does not match the spec
     * @throws DuplicateKeyException if the row ID was added before
     */
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add row: container has been closed.");
        }
        final RowKey key = row.getKey();
        final int numCells = row.getNumCells();
        if (numCells != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + key
                + "\" is not equal to length of column names array: " + numCells + " vs. " + m_spec.getNumColumns());
        }
        for (int c = 0; c < numCells; c++) {
            final DataType columnType = m_spec.getColumnSpec(c).getType();
            final DataCell value = row.getCell(c);
            final DataType runtimeType = value.getType();
            if (!columnType.isASuperTypeOf(runtimeType)) {
                String s = value.toString();
                if (s.length() > 30) {
                    s = s.substring(0, 30) + "...";
                }
                throw new IllegalArgumentException("Runtime class of object \"" + s + "\" (index " + c + ") in row \""
                    + key + "\" is " + runtimeType + " and does not comply with its supposed superclass "
                    + columnType);
            }
        }
        if (!m_keys.add(key)) {
            throw new DuplicateKeyException("Encountered duplicate row ID \"" + key + "\"", key.getString());
        }
        m_rows.add(row);
    }

    /** Ends adding rows. */
    public void close() {
        m_closed = true;
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return m_closed;
    }

    /** @return whether rows can still be added */
    public boolean isOpen() {
        return !m_closed;
    }

    /** @return the number of rows added */
    public long size() {
        return m_rows.size();
    }

    /** @return the spec */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /** @return the table, after {@link #close()} */
    public DataTable getTable() {
        final List<DataRow> rows = closedRows();
        return new DataTable() {
            @Override
            public DataTableSpec getDataTableSpec() {
                return m_spec;
            }

            @Override
            public RowIterator iterator() {
                return iterate(rows);
            }
        };
    }

    /** @return the rows, after {@link #close()} */
    private List<DataRow> closedRows() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_rows;
    }

    /**
     * @param rows rows
     * @return an iterator over them
     */
    static CloseableRowIterator iterate(final List<DataRow> rows) {
        return new CloseableRowIterator() {
            private int m_next;

            @Override
            public boolean hasNext() {
                return m_next < rows.size();
            }

            @Override
            public DataRow next() {
                if (m_next >= rows.size()) {
                    throw new java.util.NoSuchElementException();
                }
                return rows.get(m_next++);
            }

            @Override
            public void close() {
                m_next = rows.size();
            }
        };
    }
}
