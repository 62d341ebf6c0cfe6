package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.MissingValue}: implemented by missing cells only. */
public interface MissingValue extends DataValue {

    /** @return why the value is missing, may be {@code null} */
    String getError();
}
