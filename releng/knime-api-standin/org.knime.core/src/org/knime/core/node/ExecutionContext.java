package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.standin.core.CoreInternals;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.ExecutionContext}: an {@link ExecutionMonitor} that also creates
 * tables. KNIME creates it for a node; the stand-in's tests get one from {@code org.knime.standin.testing}.
 */
public class ExecutionContext extends ExecutionMonitor {

    static {
        CoreInternals.registerExecutionContextFactory(ExecutionContext::new);
    }

    ExecutionContext(final NodeProgressMonitor progress) {
        super(progress);
    }

    /**
     * @param spec the table spec
     * @return a container for the table's rows
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    /**
     * @param spec the table spec
     * @param initDomain ignored: the stand-in does not compute domains
     * @return a container for the table's rows
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec);
    }

    /**
     * @param maxProg the part's share of the progress, in [0, 1]
     * @return a context for the part
     */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(createSubProgressMonitor(maxProg));
    }
}
