package org.knime.core.node;

/**
 * A part of a parent's progress, after KNIME's {@code DefaultNodeProgressMonitor.SubNodeProgressMonitor}: the part's
 * progress 0..1 adds at most {@code maxProg} to the parent's progress, by increments (so sibling parts add up);
 * cancel and messages go to the parent.
 */
final class SubNodeProgressMonitor implements NodeProgressMonitor {

    private final NodeProgressMonitor m_parent;

    private final double m_maxProg;

    private double m_lastProg;

    private String m_message;

    SubNodeProgressMonitor(final NodeProgressMonitor parent, final double maxProg) {
        m_parent = parent;
        m_maxProg = maxProg;
    }

    @Override
    public void checkCanceled() throws CanceledExecutionException {
        m_parent.checkCanceled();
    }

    @Override
    public void setProgress(final double progress) {
        if (m_maxProg <= 0.0) {
            return;
        }
        synchronized (m_parent) {
            final Double parent = m_parent.getProgress();
            final double bounded = Math.max(0.0, Math.min(progress, 1.0));
            final double diff = Math.max(0.0, bounded - m_lastProg);
            final double add = Math.min(m_maxProg, diff * m_maxProg);
            m_parent.setProgress(Math.min(1.0, (parent == null ? 0.0 : parent) + add));
            m_lastProg = Math.max(m_lastProg, bounded);
        }
    }

    @Override
    public Double getProgress() {
        return m_lastProg;
    }

    @Override
    public void setProgress(final double progress, final String message) {
        setProgress(progress);
        setMessage(message);
    }

    @Override
    public void setMessage(final String message) {
        m_message = message;
        m_parent.setMessage(message);
    }

    @Override
    public void setProgress(final String message) {
        setMessage(message);
    }

    @Override
    public String getMessage() {
        return m_message == null ? "" : m_message;
    }

    @Override
    public void setExecuteCanceled() {
        m_parent.setExecuteCanceled();
    }

    @Override
    public void reset() {
        m_lastProg = 0;
        m_message = null;
    }
}
