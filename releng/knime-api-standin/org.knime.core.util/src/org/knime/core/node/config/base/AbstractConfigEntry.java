package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in for KNIME's {@code AbstractConfigEntry} (knime-shared): a keyed node of a config tree, either a typed value
 * or a sub-config ({@link ConfigBase}). Two entries are equal when key, type and value are identical, as in KNIME.
 */
public abstract class AbstractConfigEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConfigEntries m_type;

    private String m_key;

    /**
     * @param type the entry type
     * @param key the key
     */
    protected AbstractConfigEntry(final ConfigEntries type, final String key) {
        m_type = Objects.requireNonNull(type);
        m_key = key;
    }

    /** @return the key of this entry */
    public final String getKey() {
        return m_key;
    }

    /** @param key the new key (the XML reader renames the root to the file's root key) */
    final void setKey(final String key) {
        m_key = key;
    }

    /** @return the entry type */
    public final ConfigEntries getType() {
        return m_type;
    }

    /** @return the value as KNIME writes it to XML, {@code null} for a null string */
    public abstract String toStringValue();

    /**
     * @param other another entry of the same type
     * @return whether the values are identical
     */
    protected abstract boolean hasIdenticalValue(AbstractConfigEntry other);

    /**
     * @param other another entry
     * @return whether key, type and value are identical
     */
    public final boolean isIdentical(final AbstractConfigEntry other) {
        return other != null && m_type == other.m_type && Objects.equals(m_key, other.m_key)
            && hasIdenticalValue(other);
    }

    @Override
    public final boolean equals(final Object o) {
        return o instanceof AbstractConfigEntry e && isIdentical(e);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_key, m_type);
    }

    @Override
    public String toString() {
        return m_key + " [" + m_type.name() + "] -> " + toStringValue();
    }
}
