package org.mnistlab.knime.exec;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.mnistlab.engine.ProgressMonitor;

/**
 * The engine's {@link org.mnistlab.engine.Monitor} on a KNIME {@link ExecutionMonitor}: engine progress moves the node's progress bar,
 * and the engine's cancel checks ask KNIME whether the user canceled. Engine sub-monitors add up inside the engine, so
 * one adapter serves any nesting and concurrent tasks (KNIME's monitor is thread-safe).
 */
public final class KnimeMonitor extends ProgressMonitor {

    private final ExecutionMonitor m_exec;

    /** @param exec the node's monitor (or a sub-progress of it) */
    public KnimeMonitor(final ExecutionMonitor exec) {
        m_exec = exec;
    }

    @Override
    protected void report(final double fraction, final String message) {
        if (message == null) {
            m_exec.setProgress(fraction);
        } else {
            m_exec.setProgress(fraction, message);
        }
    }

    @Override
    protected boolean isCanceled() {
        try {
            m_exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
