package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeFactory}, present as the super class of
 * {@code org.knime.node.DefaultNodeFactory} and for {@link NodeType}. Project code never subclasses it directly.
 *
 * @param <T> the node model type
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** KNIME's node types (they decide the icon background colour). */
    public enum NodeType {
        /** Reads data. */
        Source,
        /** Consumes data. */
        Sink,
        /** Learns a model. */
        Learner,
        /** Applies a model. */
        Predictor,
        /** Transforms data. */
        Manipulator,
        /** Shows data. */
        Visualizer,
        /** A widget. */
        Widget,
        /** A metanode. */
        Meta,
        /** Loop start. */
        LoopStart,
        /** Loop end. */
        LoopEnd,
        /** Scope start. */
        ScopeStart,
        /** Scope end. */
        ScopeEnd,
        /** Deprecated quickform. */
        QuickForm,
        /** A configuration node. */
        Configuration,
        /** Anything else. */
        Other,
        /** A missing node. */
        Missing,
        /** Unknown. */
        Unknown,
        /** A component. */
        Subnode,
        /** Virtual input. */
        VirtualIn,
        /** Virtual output. */
        VirtualOut,
        /** A container. */
        Container
    }

    /** For subclasses. */
    protected NodeFactory() {
    }
}
