package org.knime.standin.core;

import java.util.Objects;
import java.util.function.Function;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeProgressMonitor;

/**
 * NOT KNIME API. The stand-in's bridge from its test support ({@code org.knime.standin.testing}) to constructors that
 * KNIME does not make public (an {@link ExecutionContext} normally needs a running node). Stand-in classes register
 * their factories here in their static initializers, like the JDK's "shared secrets": so the KNIME packages of the
 * stand-in expose exactly KNIME's public API and nothing more.
 */
public final class CoreInternals {

    private static volatile Function<NodeProgressMonitor, ExecutionContext> s_contexts;

    private CoreInternals() {
    }

    /** @param factory creates execution contexts; called once by {@link ExecutionContext}'s static initializer */
    public static void registerExecutionContextFactory(final Function<NodeProgressMonitor, ExecutionContext> factory) {
        s_contexts = Objects.requireNonNull(factory);
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
