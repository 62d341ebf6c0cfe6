package org.knime.core.data;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataColumnSpecCreator}. As in KNIME, names are trimmed, a
 * {@code null} name is a {@link NullPointerException} and a blank name becomes {@code "<empty_N>"}.
 */
public final class DataColumnSpecCreator {

    private static final AtomicInteger EMPTY_COLUMNS = new AtomicInteger();

    private String m_name;

    private DataType m_type;

    /**
     * @param name the column name
     * @param type the column type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    /** @param cspec a spec to copy */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        m_name = cspec.getName();
        m_type = cspec.getType();
    }

    /** @param name the new name */
    public void setName(final String name) {
        if (name == null) {
            throw new NullPointerException("Name of DataColumnSpec must not be null!");
        }
        final String trimmed = name.trim();
        m_name = trimmed.isEmpty() ? "<empty_" + EMPTY_COLUMNS.incrementAndGet() + ">" : trimmed;
    }

    /** @param type the new type */
    public void setType(final DataType type) {
        m_type = Objects.requireNonNull(type, "Type of DataColumnSpec must not be null!");
    }

    /** @return the type */
    public DataType getType() {
        return m_type;
    }

    /** @return the spec */
    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type);
    }
}
