package org.mnistlab.knime.testing;

import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.data.filestore.internal.NotInWorkflowDataRepository;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.Node;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.workflow.SingleNodeContainer.MemoryPolicy;

/**
 * KNIME's own execution contexts for tests, as KNIME's test utilities create them outside a workflow: an
 * {@link ExecutionContext} of a node, over a {@link DefaultNodeProgressMonitor} whose progress and cancel state a test
 * can read and set.
 */
public final class Executions {

    private Executions() {
    }

    /** @return a context of a table-source node with a fresh monitor */
    public static ExecutionContext context() {
        return context(new DefaultNodeProgressMonitor());
    }

    /**
     * @param monitor where progress goes and cancel comes from
     * @return a context of a table-source node on it
     */
    public static ExecutionContext context(final NodeProgressMonitor monitor) {
        return context(monitor, SourceNodeFactory.node());
    }

    /**
     * @param monitor where progress goes and cancel comes from
     * @param node the node the context belongs to (owner of the tables it creates)
     * @return the context
     */
    static ExecutionContext context(final NodeProgressMonitor monitor, final Node node) {
        return new ExecutionContext(monitor, node, MemoryPolicy.CacheSmallInMemory,
            NotInWorkflowDataRepository.newInstance());
    }

    /** @return a monitor that is canceled already: the first {@code checkCanceled()} throws */
    public static NodeProgressMonitor canceled() {
        final DefaultNodeProgressMonitor m = new DefaultNodeProgressMonitor();
        m.setExecuteCanceled();
        return m;
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
