package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.DefaultNodeProgressMonitor}: holds progress, message and the cancel
 * request. As in KNIME, progress outside [0, 1] is ignored and progress starts as {@code null} (unknown). Tests use
 * it to watch progress and to cancel ({@link #setExecuteCanceled()}).
 */
public class DefaultNodeProgressMonitor implements NodeProgressMonitor {

    private Double m_progress;

    private String m_message;

    private volatile boolean m_canceled;

    /** A fresh monitor. */
    public DefaultNodeProgressMonitor() {
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        if (m_canceled || Thread.currentThread().isInterrupted()) {
            throw new CanceledExecutionException();
        }
    }

    @Override
    public void setExecuteCanceled() {
        m_canceled = true;
    }

    @Override
    public synchronized void setProgress(final double progress) {
        if (progress >= 0.0 && progress <= 1.0) {
            m_progress = progress;
        }
    }

    @Override
    public synchronized void setProgress(final double progress, final String message) {
        setProgress(progress);
        m_message = message;
    }

    @Override
    public synchronized void setMessage(final String message) {
        m_message = message;
    }

    @Override
    public synchronized void setProgress(final String message) {
        m_message = message;
    }

    @Override
    public synchronized Double getProgress() {
        return m_progress;
    }

    @Override
    public synchronized String getMessage() {
        return m_message == null ? "" : m_message;
    }

    @Override
    public synchronized void reset() {
        m_progress = null;
        m_message = null;
        m_canceled = false;
    }
}
