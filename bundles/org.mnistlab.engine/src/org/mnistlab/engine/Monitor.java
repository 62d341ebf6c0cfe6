package org.mnistlab.engine;

/**
 * Progress and cancellation for long engine work, owned by the engine so that algorithms run the same inside
 * KNIME, in the headless runner and in tests.
 * <p>
 * Algorithms call {@link #checkCanceled()} and {@link #progress(double, String)} at natural boundaries (epochs,
 * folds, classes, rows in batches). Work split into parts hands each part a {@link #sub(double) sub-monitor};
 * parts may run concurrently, so implementations are thread-safe.
 */
public interface Monitor {

    /** A monitor that never cancels and discards progress. */
    Monitor NONE = new Monitor() {
        @Override
        public void progress(final double fraction, final String message) {
            // nobody listens
        }

        @Override
        public void checkCanceled() {
            // never canceled
        }

        @Override
        public Monitor sub(final double weight) {
            return this;
        }
    };

    /**
     * Reports how far this task is.
     *
     * @param fraction done so far, in [0, 1]; values outside are clamped
     * @param message what is being done, or {@code null} to keep the previous message
     */
    void progress(double fraction, String message);

    /**
     * Stops the calling algorithm if the user asked to cancel.
     *
     * @throws CanceledException if canceled
     */
    void checkCanceled();

    /**
     * A monitor for a part of this task worth {@code weight} of it (weights of all parts should sum to at most 1).
     * The part's own progress 0..1 advances this monitor by up to {@code weight}.
     *
     * @param weight share of this task, in [0, 1]
     * @return the part's monitor; canceling this monitor cancels the part
     */
    Monitor sub(double weight);
}
