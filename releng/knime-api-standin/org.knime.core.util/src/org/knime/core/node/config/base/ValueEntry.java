package org.knime.core.node.config.base;

import java.util.Objects;

/**
 * A typed leaf value of a config tree. KNIME has one class per type ({@code ConfigIntEntry}, ...); the stand-in keeps
 * the typed value with its {@link ConfigEntries} type, which is all the typed getters need to be as strict as
 * KNIME's ({@code getInt} only accepts an {@code xint} entry).
 */
final class ValueEntry extends AbstractConfigEntry {

    private static final long serialVersionUID = 1L;

    private final Object m_value;

    ValueEntry(final ConfigEntries type, final String key, final Object value) {
        super(type, key);
        m_value = value;
    }

    Object value() {
        return m_value;
    }

    @Override
    public String toStringValue() {
        return getType().format(m_value);
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry other) {
        final Object o = ((ValueEntry)other).m_value;
        if (m_value instanceof Double d && o instanceof Double e) {
            return Double.compare(d, e) == 0;
        }
        if (m_value instanceof Float d && o instanceof Float e) {
            return Float.compare(d, e) == 0;
        }
        return Objects.equals(m_value, o);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Objects.hashCode(m_value);
    }
}
