package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.DoubleValue}: a cell that can be read as a double. */
public interface DoubleValue extends DataValue {

    /** @return the value */
    double getDoubleValue();
}
