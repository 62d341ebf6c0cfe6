package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.StringValue}: a cell that can be read as a String. */
public interface StringValue extends DataValue {

    /** @return the value */
    String getStringValue();
}
