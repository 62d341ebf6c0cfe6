package org.mnistlab.knime.exec;

import java.io.IOException;
import java.util.Objects;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.message.Message;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;

/**
 * The boundary between a node's execute and the engine. The engine reports user errors (bad data, parameters that do
 * not fit the data, unreadable files) as {@link IllegalArgumentException} or {@link IOException} with a one-line
 * message, and cancellation as the unchecked {@link CanceledException}; KNIME expects {@link KNIMEException}, whose
 * message it shows as is, and {@link CanceledExecutionException}. Anything else is a bug and propagates unchanged, so
 * KNIME logs its stack trace.
 * <p>
 * The engine's parallel tasks run on KNIME's thread pool ({@link KnimeTaskPool}).
 */
public final class EngineCall {

    private EngineCall() {
    }

    /**
     * Engine work that may read files.
     *
     * @param <T> the result
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param monitor progress and cancel, backed by the node's monitor
         * @return the result
         * @throws IOException if reading fails
         */
        T run(Monitor monitor) throws IOException;
    }

    /**
     * Runs engine work with the node's monitor and translates its exceptions.
     *
     * @param <T> the result
     * @param exec the node's monitor (or a sub-progress of it)
     * @param work the work
     * @return the work's result
     * @throws CanceledExecutionException if the user canceled
     * @throws KNIMEException with the engine's message for a user error
     */
    public static <T> T run(final ExecutionMonitor exec, final Work<T> work)
        throws CanceledExecutionException, KNIMEException {
        try {
            final Monitor monitor = new KnimeMonitor(exec);
            return Parallel.using(KnimeTaskPool.INSTANCE, () -> work.run(monitor));
        } catch (CanceledException e) {
            throw new CanceledExecutionException();
        } catch (IllegalArgumentException | IOException e) {
            throw KNIMEException.of(
                Message.fromSummary(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())), e);
        }
    }
}
