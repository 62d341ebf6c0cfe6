package org.knime.core.node;

import java.util.function.Supplier;

/** Stand-in for KNIME's {@code org.knime.core.node.NodeProgressMonitor} (subset without listeners). */
public interface NodeProgressMonitor {

    /** @throws CanceledExecutionException if canceled */
    void checkCanceled() throws CanceledExecutionException;

    /** @param progress in [0, 1]; other values are ignored */
    void setProgress(double progress);

    /** @return the progress, {@code null} if unknown */
    Double getProgress();

    /**
     * @param progress in [0, 1]
     * @param message the message
     */
    void setProgress(double progress, String message);

    /**
     * @param progress in [0, 1]
     * @param message computes the message
     */
    default void setProgress(final double progress, final Supplier<String> message) {
        setProgress(progress, message.get());
    }

    /** @param message the message */
    void setMessage(String message);

    /** @param message the message */
    void setProgress(String message);

    /** @return the current message */
    String getMessage();

    /** Requests cancellation: the next {@link #checkCanceled()} throws. */
    void setExecuteCanceled();

    /** Clears progress, message and cancel request. */
    void reset();
}
