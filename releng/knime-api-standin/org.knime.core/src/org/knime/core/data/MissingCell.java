package org.knime.core.data;

import java.util.Objects;

/** Stand-in for KNIME's {@code org.knime.core.data.MissingCell}: a missing value with an optional reason. */
public final class MissingCell extends DataCell implements MissingValue {

    private static final long serialVersionUID = 1L;

    private final String m_error;

    /** @param error why the value is missing, may be {@code null} */
    public MissingCell(final String error) {
        m_error = error;
    }

    @Override
    public String getError() {
        return m_error;
    }

    @Override
    public boolean isMissing() {
        return true;
    }

    @Override
    public String toString() {
        return "?";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Objects.equals(m_error, ((MissingCell)dc).m_error);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(m_error);
    }
}
