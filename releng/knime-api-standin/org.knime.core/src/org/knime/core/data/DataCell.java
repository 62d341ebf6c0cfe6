package org.knime.core.data;

import java.io.Serializable;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataCell}: an immutable table cell. Its {@link DataType} is derived
 * from its class; equality is class equality plus {@link #equalsDataCell(DataCell)}.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** @return the type of this cell, from its class */
    public final DataType getType() {
        return DataType.getType(getClass());
    }

    /** @return whether this is a missing value */
    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    @Override
    public final boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof DataCell c) || c.getClass() != getClass()) {
            return false;
        }
        return equalsDataCell(c);
    }

    /**
     * @param dc a cell of the same class
     * @return whether the contents are equal
     */
    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public abstract int hashCode();
}
