package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.LongValue}: a cell that can be read as a long. */
public interface LongValue extends DataValue {

    /** @return the value */
    long getLongValue();
}
