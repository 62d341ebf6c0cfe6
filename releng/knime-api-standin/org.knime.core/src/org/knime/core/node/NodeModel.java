package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeModel}, present only as the type parameter of the factories:
 * nodes on the fluent API never subclass it.
 */
public abstract class NodeModel {

    /** Not for subclassing by project code. */
    protected NodeModel() {
    }
}
