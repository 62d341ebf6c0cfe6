package org.knime.core.node;

/** Stand-in for KNIME's {@code org.knime.core.node.FluentNodeAPI}: marker of the fluent node declaration objects. */
public interface FluentNodeAPI {
}
