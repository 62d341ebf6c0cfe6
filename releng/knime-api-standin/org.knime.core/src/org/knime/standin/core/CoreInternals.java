package org.knime.standin.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.knime.core.data.DataRow;
import org.knime.core.data.container.DataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeProgressMonitor;

/**
 * NOT KNIME API. The stand-in's bridge from its test support ({@code org.knime.standin.testing}) and from one stand-in
 * package to another to what KNIME does not make public (an {@link ExecutionContext} normally needs a running node;
 * a container's rows are internal). Stand-in classes register
 * their factories here in their static initializers, like the JDK's "shared secrets": so the KNIME packages of the
 * stand-in expose exactly KNIME's public API and nothing more.
 */
public final class CoreInternals {

    private static volatile Function<NodeProgressMonitor, ExecutionContext> s_contexts;

    private static volatile Function<DataContainer, List<DataRow>> s_containerRows;

    private CoreInternals() {
    }

    /** @param factory creates execution contexts; called once by {@link ExecutionContext}'s static initializer */
    public static void registerExecutionContextFactory(final Function<NodeProgressMonitor, ExecutionContext> factory) {
        s_contexts = Objects.requireNonNull(factory);
    }

    /** @param rows reads a closed container's rows; called once by {@link DataContainer}'s static initializer */
    public static void registerContainerRows(final Function<DataContainer, List<DataRow>> rows) {
        s_containerRows = Objects.requireNonNull(rows);
    }

    /**
     * @param container a closed container
     * @return its rows (not a copy)
     * @throws IllegalStateException if it is still open
     */
    public static List<DataRow> containerRows(final DataContainer container) {
        initialize(DataContainer.class);
        return s_containerRows.apply(container);
    }

    /**
     * @param progress where progress and cancel go
     * @return a new execution context
     */
    public static ExecutionContext newExecutionContext(final NodeProgressMonitor progress) {
        initialize(ExecutionContext.class);
        return s_contexts.apply(progress);
    }

    /** @param c a class whose static initializer must have run */
    static void initialize(final Class<?> c) {
        try {
            Class.forName(c.getName(), true, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
