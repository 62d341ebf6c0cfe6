package org.knime.standin.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.standin.core.CoreInternals;

/**
 * NOT KNIME API. Execution contexts for tests. KNIME creates them for a running node; here they wrap a
 * {@link DefaultNodeProgressMonitor} (or any {@link NodeProgressMonitor}) whose progress, message and cancel state a
 * test can read and set.
 */
@SuppressWarnings("restriction") // CoreInternals is the stand-in's own x-internal bridge
public final class Executions {

    private Executions() {
    }

    /** @return a context with a fresh {@link DefaultNodeProgressMonitor} */
    public static ExecutionContext context() {
        return context(new DefaultNodeProgressMonitor());
    }

    /**
     * @param monitor where progress goes and cancel comes from
     * @return a context on it
     */
    public static ExecutionContext context(final NodeProgressMonitor monitor) {
        return CoreInternals.newExecutionContext(monitor);
    }

    /** @return a context that is canceled already: the first {@code checkCanceled()} throws */
    public static ExecutionContext canceled() {
        final DefaultNodeProgressMonitor m = new DefaultNodeProgressMonitor();
        m.setExecuteCanceled();
        return context(m);
    }

    /**
     * A monitor that turns canceled once {@code checkCanceled()} has been called {@code checks} times, to cancel in
     * the middle of an execution.
     *
     * @param checks the number of passing checks
     * @return the monitor
     */
    public static DefaultNodeProgressMonitor cancelingAfter(final int checks) {
        final AtomicInteger left = new AtomicInteger(checks);
        return new DefaultNodeProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledExecutionException {
                if (left.getAndDecrement() <= 0) {
                    setExecuteCanceled();
                }
                super.checkCanceled();
            }
        };
    }
}
