package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ConfigurableNodeFactory}, the super class of
 * {@code org.knime.node.DefaultNodeFactory}.
 *
 * @param <T> the node model type
 */
public abstract class ConfigurableNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    /** For subclasses. */
    protected ConfigurableNodeFactory() {
    }
}
