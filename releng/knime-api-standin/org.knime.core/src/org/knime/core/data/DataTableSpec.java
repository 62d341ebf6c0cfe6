package org.knime.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataTableSpec}: the ordered, uniquely named columns of a table.
 * Duplicate names are rejected with KNIME's message; {@link #columnsToIndices(String...)} and
 * {@link #getUniqueColumnName(DataTableSpec, String)} behave as in KNIME.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DEFAULT_NAME = "default";

    private final String m_name;

    private final List<DataColumnSpec> m_columns;

    private final Map<String, Integer> m_index = new HashMap<>();

    /** An empty spec. */
    public DataTableSpec() {
        this(DEFAULT_NAME, new DataColumnSpec[0]);
    }

    /** @param colSpecs the columns */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DEFAULT_NAME, colSpecs);
    }

    /**
     * @param name the table name
     * @param colSpecs the columns
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name;
        m_columns = List.of(colSpecs);
        for (int i = 0; i < colSpecs.length; i++) {
            final Integer previous = m_index.putIfAbsent(colSpecs[i].getName(), i);
            if (previous != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + colSpecs[i].getName()
                    + "\" at positions " + previous + " and " + i + ".");
            }
        }
    }

    /**
     * @param names column names
     * @param types column types, same length
     */
    public DataTableSpec(final String[] names, final DataType[] types) {
        this(DEFAULT_NAME, createColumnSpecs(names, types));
    }

    /**
     * @param names column names
     * @param types column types, same length
     * @return the column specs
     */
    public static DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException("Parameter arrays names and types must have the same length (names: "
                + names.length + ", types: " + types.length + ").");
        }
        final DataColumnSpec[] specs = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            specs[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return specs;
    }

    /** @return the table name */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columns.size();
    }

    /**
     * @param index column index
     * @return the column spec
     */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns.get(index);
    }

    /**
     * @param column column name
     * @return the column spec, {@code null} if absent
     */
    public DataColumnSpec getColumnSpec(final String column) {
        final int i = findColumnIndex(column);
        return i < 0 ? null : m_columns.get(i);
    }

    /**
     * @param columnName a name
     * @return its index, -1 if absent
     */
    public int findColumnIndex(final String columnName) {
        final Integer i = columnName == null ? null : m_index.get(columnName);
        return i == null ? -1 : i;
    }

    /**
     * @param columnName a name
     * @return whether a column has this name
     */
    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    /**
     * @param columns names
     * @return their indices
     * @throws IllegalArgumentException if one is absent
     */
    public int[] columnsToIndices(final String... columns) {
        Objects.requireNonNull(columns);
        final int[] indices = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            indices[i] = findColumnIndex(columns[i]);
            if (indices[i] == -1) {
                throw new IllegalArgumentException("Column not found: \"" + columns[i] + "\"");
            }
        }
        return indices;
    }

    /** @return all column names */
    public String[] getColumnNames() {
        return m_columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    /** @return the columns */
    public Stream<DataColumnSpec> stream() {
        return m_columns.stream();
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return m_columns.iterator();
    }

    /**
     * @param spec another spec
     * @return whether both have the same column names and types, in order
     */
    public boolean equalStructure(final DataTableSpec spec) {
        return spec != null && spec.m_columns.equals(m_columns);
    }

    /**
     * KNIME's way to avoid name clashes: the trimmed name, else "name (#1)", "name (#2)", ...
     *
     * @param spec existing columns
     * @param columnName wanted name
     * @return a name not in {@code spec}
     */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (columnName == null) {
            throw new NullPointerException("Column name must not be null.");
        }
        final String trimmed = columnName.trim();
        String result = trimmed;
        for (int u = 1; spec.containsName(result); u++) {
            result = trimmed + " (#" + u + ")";
        }
        return result;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec s && s.m_columns.equals(m_columns);
    }

    @Override
    public int hashCode() {
        return m_columns.hashCode();
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",columns=" + Arrays.toString(getColumnNames());
    }
}
