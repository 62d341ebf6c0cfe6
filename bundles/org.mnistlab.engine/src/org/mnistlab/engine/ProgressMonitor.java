package org.mnistlab.engine;

/**
 * Base for root monitors: adds up the progress of sub-tasks (which may run concurrently) and hands the total to
 * {@link #report(double, String)}. Subclasses say where progress goes and when work is canceled.
 */
public abstract class ProgressMonitor implements Monitor {

    private final Share m_root = new Share(null, 1) {
        @Override
        void moved(final double total, final String message) {
            report(total, message);
        }
    };

    /**
     * Receives the whole task's progress; called under a lock, so calls arrive one at a time.
     *
     * @param fraction overall fraction done, in [0, 1]
     * @param message latest message, may be {@code null}
     */
    protected abstract void report(double fraction, String message);

    /** @return whether the user asked to stop */
    protected abstract boolean isCanceled();

    @Override
    public final void progress(final double fraction, final String message) {
        m_root.progress(fraction, message);
    }

    @Override
    public final void checkCanceled() {
        if (isCanceled()) {
            throw new CanceledException();
        }
    }

    @Override
    public final Monitor sub(final double weight) {
        return m_root.sub(weight);
    }

    static double clamp(final double f) {
        if (!(f > 0)) {
            return 0;
        }
        return Math.min(1, f);
    }

    /**
     * A share of the task tree: its own progress 0..1 moves its parent by {@code weight} times the change, so shares
     * nest to any depth and concurrent siblings add up.
     */
    private class Share implements Monitor {

        private final Share m_parent;

        private final double m_weight;

        private double m_done;

        Share(final Share parent, final double weight) {
            m_parent = parent;
            m_weight = weight;
        }

        @Override
        public void progress(final double fraction, final String message) {
            final double delta;
            synchronized (this) {
                delta = clamp(fraction) - m_done;
            }
            advance(delta, message);
        }

        private void advance(final double delta, final String message) {
            if (m_parent == null) {
                // the root's total and its report are one step, so reports arrive in the order of the totals: two
                // siblings finishing at once must not report 0.6 and then 0.5
                synchronized (ProgressMonitor.this) {
                    final double total;
                    synchronized (this) {
                        m_done = clamp(m_done + delta);
                        total = m_done;
                    }
                    moved(total, message);
                }
                return;
            }
            synchronized (this) {
                m_done = clamp(m_done + delta);
            }
            m_parent.advance(delta * m_weight, message);
        }

        void moved(final double total, final String message) {
            // only the root reports
        }

        @Override
        public void checkCanceled() {
            ProgressMonitor.this.checkCanceled();
        }

        @Override
        public Monitor sub(final double weight) {
            return new Share(this, clamp(weight));
        }
    }
}
