package org.knime.core.data;

import java.util.ArrayList;
import java.util.List;

/** Stand-in for KNIME's {@code org.knime.core.data.DataTableSpecCreator}. */
public final class DataTableSpecCreator {

    private final List<DataColumnSpec> m_columns = new ArrayList<>();

    private String m_name = "default";

    /** An empty creator. */
    public DataTableSpecCreator() {
    }

    /** @param spec columns and name to start from */
    public DataTableSpecCreator(final DataTableSpec spec) {
        spec.forEach(m_columns::add);
        m_name = spec.getName();
    }

    /**
     * @param columns columns to append
     * @return this
     */
    public DataTableSpecCreator addColumns(final DataColumnSpec... columns) {
        m_columns.addAll(List.of(columns));
        return this;
    }

    /**
     * @param fromSpec a spec whose columns are appended
     * @return this
     */
    public DataTableSpecCreator addColumns(final DataTableSpec fromSpec) {
        fromSpec.forEach(m_columns::add);
        return this;
    }

    /**
     * @param index a column index
     * @param colSpec the replacement
     * @return this
     */
    public DataTableSpecCreator replaceColumn(final int index, final DataColumnSpec colSpec) {
        m_columns.set(index, colSpec);
        return this;
    }

    /**
     * @param name the table name
     * @return this
     */
    public DataTableSpecCreator setName(final String name) {
        m_name = name;
        return this;
    }

    /** @return the spec (duplicate names throw, as in KNIME) */
    public DataTableSpec createSpec() {
        return new DataTableSpec(m_name, m_columns.toArray(DataColumnSpec[]::new));
    }
}
