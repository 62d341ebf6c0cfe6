package org.knime.core.data;

import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpec}: a column's name and type (domain, properties and
 * handlers are not modelled). Create it with {@link DataColumnSpecCreator}.
 */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    DataColumnSpec(final String name, final DataType type) {
        m_name = name;
        m_type = type;
    }

    /** @return the column name */
    public String getName() {
        return m_name;
    }

    /** @return the column type */
    public DataType getType() {
        return m_type;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataColumnSpec s && s.m_name.equals(m_name) && s.m_type.equals(m_type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_name, m_type);
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
