package org.knime.core.node;

import java.util.function.Supplier;

/** Stand-in for KNIME's {@code org.knime.core.node.ExecutionMonitor}: progress and cancel of an execution. */
public class ExecutionMonitor {

    private final NodeProgressMonitor m_progress;

    /** A monitor with its own {@link DefaultNodeProgressMonitor}. */
    public ExecutionMonitor() {
        this(null);
    }

    /** @param progress where progress goes; {@code null} for a new {@link DefaultNodeProgressMonitor} */
    public ExecutionMonitor(final NodeProgressMonitor progress) {
        m_progress = progress == null ? new DefaultNodeProgressMonitor() : progress;
    }

    /** @return the underlying progress monitor */
    public final NodeProgressMonitor getProgressMonitor() {
        return m_progress;
    }

    /** @throws CanceledExecutionException if the user canceled */
    public void checkCanceled() throws CanceledExecutionException {
        m_progress.checkCanceled();
    }

    /** @param progress in [0, 1] */
    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    /**
     * @param progress in [0, 1]
     * @param message the message
     */
    public void setProgress(final double progress, final String message) {
        m_progress.setProgress(progress, message);
    }

    /**
     * @param progress in [0, 1]
     * @param messageSupplier computes the message
     */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        m_progress.setProgress(progress, messageSupplier);
    }

    /** @param message the message */
    public void setMessage(final String message) {
        m_progress.setMessage(message);
    }

    /** @param message the message */
    public void setProgress(final String message) {
        m_progress.setProgress(message);
    }

    /**
     * @param maxProg the part's share of this monitor's progress, in [0, 1]
     * @return a monitor for the part
     */
    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(createSubProgressMonitor(maxProg));
    }

    NodeProgressMonitor createSubProgressMonitor(final double maxProg) {
        if (maxProg > 1.0 || maxProg < 0.0) {
            throw new IllegalArgumentException("Invalid sub progress size: " + maxProg);
        }
        return new SubNodeProgressMonitor(m_progress, maxProg);
    }
}
