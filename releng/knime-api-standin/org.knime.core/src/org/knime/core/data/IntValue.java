package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.IntValue}: a cell that can be read as a int. */
public interface IntValue extends DataValue {

    /** @return the value */
    int getIntValue();
}
