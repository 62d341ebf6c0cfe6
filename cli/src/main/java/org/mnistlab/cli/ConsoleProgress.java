package org.mnistlab.cli;

import java.io.PrintStream;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;

/**
 * Step progress on stderr: a redrawn bar on a terminal, a line every few seconds otherwise (CI logs). Ctrl-C
 * sets the shared cancel flag that every step's monitor reports, so the engine stops at its next check.
 */
final class ConsoleProgress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private static final long LOG_NANOS = 5_000_000_000L;

    private final PrintStream m_err;

    private final boolean m_terminal;

    private volatile boolean m_canceled;

    ConsoleProgress(final PrintStream err, final boolean terminal) {
        m_err = err;
        m_terminal = terminal;
    }

    /**
     * Prints a line about the run (where the data came from, ...) between the step lines.
     *
     * @param line the message
     */
    void log(final String line) {
        m_err.println("lab105: " + line);
        m_err.flush();
    }

    /** Asks every running step to stop. */
    void cancel() {
        m_canceled = true;
    }

    /** @return whether the run was asked to stop */
    boolean isCanceled() {
        return m_canceled;
    }

    /**
     * @param step what the bar is labelled with
     * @return a monitor for one lab step; call {@link StepMonitor#finish()} when the step is done
     */
    StepMonitor step(final String step) {
        return new StepMonitor(step);
    }

    /** Progress of one step. */
    final class StepMonitor extends ProgressMonitor {

        private final String m_step;

        private final long m_start = System.nanoTime();

        private long m_lastShown;

        private boolean m_drawn;

        StepMonitor(final String step) {
            m_step = step;
            m_lastShown = m_start;
        }

        @Override
        protected void report(final double fraction, final String message) {
            final long now = System.nanoTime();
            if (now - m_lastShown < (m_terminal ? REDRAW_NANOS : LOG_NANOS)) {
                return;
            }
            m_lastShown = now;
            final int width = 24;
            final int filled = (int)Math.round(fraction * width);
            final String line = String.format("%-28s [%s%s] %3d%%  %s", m_step, "#".repeat(filled),
                ".".repeat(width - filled), Math.round(fraction * 100), message == null ? "" : message);
            if (m_terminal) {
                m_err.print("\r" + line + "\u001b[K");
                m_drawn = true;
            } else {
                m_err.println(line);
            }
            m_err.flush();
        }

        @Override
        protected boolean isCanceled() {
            return m_canceled;
        }

        /** @return seconds since the step started */
        double seconds() {
            return (System.nanoTime() - m_start) / 1e9;
        }

        /** Clears the bar and logs the step's duration. */
        void finish() {
            if (m_drawn) {
                m_err.print("\r\u001b[K");
            }
            m_err.printf("%-28s done in %.2f s%n", m_step, seconds());
            m_err.flush();
        }

        /** @return this monitor as the engine's type */
        Monitor monitor() {
            return this;
        }
    }
}
