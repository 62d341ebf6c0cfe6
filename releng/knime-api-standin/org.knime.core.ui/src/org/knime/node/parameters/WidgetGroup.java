package org.knime.node.parameters;

/** Stand-in for KNIME's {@code org.knime.node.parameters.WidgetGroup}: a class whose fields form dialog widgets. */
public interface WidgetGroup {
}
