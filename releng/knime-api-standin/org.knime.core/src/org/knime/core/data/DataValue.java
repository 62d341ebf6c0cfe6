package org.knime.core.data;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataValue}: the marker of value interfaces. A {@link DataType} is
 * the set of value interfaces its cell class implements.
 */
public interface DataValue {
}
