package org.knime.node.parameters.widget.choices.util;

/** Stand-in for KNIME's {@code InputTableIndexHolder}: which input port a column provider looks at. */
public interface InputTableIndexHolder {

    /** @return the input port index, 0 by default */
    default int getInputTableIndex() {
        return 0;
    }
}
