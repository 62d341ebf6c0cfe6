package org.knime.core.data;

import java.util.Objects;

/** Stand-in for KNIME's {@code org.knime.core.data.RowKey}: a row ID. */
public final class RowKey {

    private final String m_id;

    /** @param id the ID, not null */
    public RowKey(final String id) {
        m_id = Objects.requireNonNull(id, "Row key must not be null.");
    }

    /** @return the ID */
    public String getString() {
        return m_id;
    }

    /**
     * KNIME's default row IDs.
     *
     * @param rowIndex the 0-based row index
     * @return "Row" + index
     */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey k && k.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }

    @Override
    public String toString() {
        return m_id;
    }
}
