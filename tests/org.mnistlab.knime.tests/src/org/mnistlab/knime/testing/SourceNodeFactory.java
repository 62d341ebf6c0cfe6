package org.mnistlab.knime.testing;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NoDescriptionProxy;
import org.knime.core.node.Node;
import org.knime.core.node.NodeDescription;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * A test-only KNIME node without inputs that outputs given port objects (tables, models), the counterpart of KNIME's
 * {@code InputTableNode} in its test utilities: the upstream node of a node under test in a real workflow, and the
 * owner of tables that tests build.
 */
public final class SourceNodeFactory extends NodeFactory<NodeModel> {

    private final PortObject[] m_outputs;

    /** @param outputs what the node outputs, one object per port */
    public SourceNodeFactory(final PortObject... outputs) {
        super(true);
        m_outputs = outputs.clone();
    }

    /** @return a {@link Node} of a source without outputs */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Node node() {
        final SourceNodeFactory f = new SourceNodeFactory();
        f.init();
        return new Node((NodeFactory)f);
    }

    @Override
    protected NodeDescription createNodeDescription() {
        return new NoDescriptionProxy(getClass());
    }

    @Override
    public NodeModel createNodeModel() {
        final PortType[] types = Arrays.stream(m_outputs).map(o -> typeOf(o)).toArray(PortType[]::new);
        return new NodeModel(new PortType[0], types) {
            @Override
            protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) {
                return Arrays.stream(m_outputs).map(PortObject::getSpec).toArray(PortObjectSpec[]::new);
            }

            @Override
            protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) {
                return m_outputs.clone();
            }

            @Override
            protected void loadInternals(final File dir, final ExecutionMonitor exec) throws IOException {
                // nothing to load: the outputs come from the factory
            }

            @Override
            protected void saveInternals(final File dir, final ExecutionMonitor exec) throws IOException {
                // nothing to save
            }

            @Override
            protected void saveSettingsTo(final NodeSettingsWO settings) {
                // no settings
            }

            @Override
            protected void validateSettings(final NodeSettingsRO settings) {
                // no settings
            }

            @Override
            protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
                // no settings
            }

            @Override
            protected void reset() {
                // the outputs are fixed
            }
        };
    }

    private static PortType typeOf(final PortObject o) {
        return PortTypeRegistry.getInstance().getPortType(o.getClass());
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<NodeModel> createNodeView(final int viewIndex, final NodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return false;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return null;
    }
}
