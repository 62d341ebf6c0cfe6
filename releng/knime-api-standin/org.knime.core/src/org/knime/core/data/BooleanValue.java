package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.BooleanValue}: a cell that can be read as a boolean. */
public interface BooleanValue extends DataValue {

    /** @return the value */
    boolean getBooleanValue();
}
