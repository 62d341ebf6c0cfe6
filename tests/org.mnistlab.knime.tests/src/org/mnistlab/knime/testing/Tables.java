package org.mnistlab.knime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;

/**
 * Builds and reads tables in tests. Tables are made the way nodes make them
 * ({@code ExecutionContext.createDataContainer}), so the container's checks (cell count, cell types, unique row IDs)
 * apply.
 *
 * <pre>
 * BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
 *     .row("a", 1.0).row("b", null).build();   // null = missing cell; row IDs Row0, Row1, ...
 * </pre>
 */
public final class Tables {

    private Tables() {
    }

    /** @return a new table builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param spec the spec
     * @param rows the rows
     * @return the table
     */
    public static BufferedDataTable of(final DataTableSpec spec, final List<? extends DataRow> rows) {
        final BufferedDataContainer c = Executions.context().createDataContainer(spec);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    /**
     * @param table a table
     * @return its rows, in order
     */
    public static List<DataRow> rows(final BufferedDataTable table) {
        final List<DataRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        return rows;
    }

    /**
     * @param table a table
     * @return its rows as lists of the row ID and the cells, which compare by value (KNIME's rows do not)
     */
    public static List<List<Object>> contents(final BufferedDataTable table) {
        return rows(table).stream().map(r -> {
            final List<Object> values = new ArrayList<>();
            values.add(r.getKey().getString());
            r.forEach(values::add);
            return values;
        }).toList();
    }

    /**
     * Asserts what KNIME itself checks when it compares a node's configured spec with its output after execution:
     * the same column names and types in the same order (execution adds domains).
     *
     * @param configured the spec configure promised
     * @param executed the table execute returned
     */
    public static void assertStructure(final DataTableSpec configured, final BufferedDataTable executed) {
        if (!configured.equalStructure(executed.getDataTableSpec())) {
            throw new AssertionError("configured " + configured + " but executed " + executed.getDataTableSpec());
        }
    }

    /**
     * @param table a table
     * @param column a column name
     * @return the column's cells, in row order
     */
    public static List<DataCell> column(final BufferedDataTable table, final String column) {
        final int index = table.getDataTableSpec().findColumnIndex(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + table.getDataTableSpec());
        }
        return rows(table).stream().map(r -> r.getCell(index)).toList();
    }

    /**
     * Converts a Java value to a cell: String, Integer, Long, Double, Boolean to KNIME's cells, a {@link DataCell}
     * as is, {@code null} to the missing cell.
     *
     * @param value the value
     * @return the cell
     */
    public static DataCell cell(final Object value) {
        if (value == null) {
            return DataType.getMissingCell();
        } else if (value instanceof DataCell c) {
            return c;
        } else if (value instanceof String s) {
            return new StringCell(s);
        } else if (value instanceof Integer i) {
            return new IntCell(i);
        } else if (value instanceof Long l) {
            return new LongCell(l);
        } else if (value instanceof Double d) {
            return new DoubleCell(d);
        } else if (value instanceof Boolean b) {
            return BooleanCellFactory.create(b);
        }
        throw new IllegalArgumentException("no cell type for " + value.getClass().getName());
    }

    /** Collects columns and rows. */
    public static final class Builder {

        private final List<DataColumnSpec> m_columns = new ArrayList<>();

        private final List<DataRow> m_rows = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param name column name
         * @param type column type
         * @return this
         */
        public Builder column(final String name, final DataType type) {
            m_columns.add(new DataColumnSpecCreator(name, type).createSpec());
            return this;
        }

        /**
         * @param prefix name prefix
         * @param count number of columns, named prefix + 0 .. prefix + (count - 1)
         * @param type their type
         * @return this
         */
        public Builder columns(final String prefix, final int count, final DataType type) {
            for (int i = 0; i < count; i++) {
                column(prefix + i, type);
            }
            return this;
        }

        /**
         * @param values one value per column (see {@link Tables#cell(Object)}); row ID "Row" + index
         * @return this
         */
        public Builder row(final Object... values) {
            return rowWithKey(RowKey.createRowKey((long)m_rows.size()).getString(), values);
        }

        /**
         * @param key the row ID
         * @param values one value per column
         * @return this
         */
        public Builder rowWithKey(final String key, final Object... values) {
            final DataCell[] cells = new DataCell[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = cell(values[i]);
            }
            m_rows.add(new DefaultRow(new RowKey(Objects.requireNonNull(key)), cells));
            return this;
        }

        /** @return the spec of the columns so far */
        public DataTableSpec spec() {
            return new DataTableSpec(m_columns.toArray(DataColumnSpec[]::new));
        }

        /** @return the table */
        public BufferedDataTable build() {
            return of(spec(), m_rows);
        }
    }
}
