package org.mnistlab.knime.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.WorkflowCreationHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;
import org.knime.core.webui.node.NodeWrapper;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.view.NodeViewManager;
import org.knime.node.parameters.NodeParameters;

/**
 * A temporary KNIME workflow project, as KNIME's own test utilities create one: nodes are added from their factories
 * by KNIME's {@link WorkflowManager}, connected, configured and executed by it, and the dialog and view data are what
 * KNIME's web UI services hand to the browser. Port indices are 0-based over the data ports (KNIME's flow variable
 * port 0 is skipped).
 */
@SuppressWarnings("restriction") // NodeWrapper, NodeDialogManager, NodeViewManager: the web UI's (x-internal) services
public final class TestWorkflow implements AutoCloseable {

    private final WorkflowManager m_wfm;

    private TestWorkflow(final WorkflowManager wfm) {
        m_wfm = wfm;
    }

    /**
     * @return a new empty workflow project in a temporary folder
     * @throws IOException if the folder cannot be created
     */
    public static TestWorkflow create() throws IOException {
        final File dir = Files.createTempDirectory("mnistlab-workflow").toFile();
        if (!new File(dir, WorkflowPersistor.WORKFLOW_FILE).createNewFile()) {
            throw new IOException("cannot create " + dir);
        }
        return new TestWorkflow(WorkflowManager.ROOT.createAndAddProject("test",
            new WorkflowCreationHelper(WorkflowContextV2.forTemporaryWorkflow(dir.toPath(), null))));
    }

    /** @return KNIME's workflow manager of this project */
    public WorkflowManager manager() {
        return m_wfm;
    }

    /**
     * @param factory a node factory
     * @return the node KNIME created from it
     */
    public NativeNodeContainer add(final NodeFactory<?> factory) {
        if (factory.isLazilyInitialized()) {
            factory.init();
        }
        return (NativeNodeContainer)m_wfm.getNodeContainer(m_wfm.createAndAddNode(factory));
    }

    /**
     * @param outputs what the source outputs, one object per port
     * @return a source node (see {@link SourceNodeFactory})
     */
    public NativeNodeContainer source(final PortObject... outputs) {
        return add(new SourceNodeFactory(outputs));
    }

    /**
     * @param from the upstream node
     * @param fromPort its data output port
     * @param to the downstream node
     * @param toPort its data input port
     */
    public void connect(final NodeContainer from, final int fromPort, final NodeContainer to, final int toPort) {
        m_wfm.addConnection(from.getID(), fromPort + 1, to.getID(), toPort + 1);
    }

    /**
     * @param from the upstream node
     * @param fromPort its data output port
     * @param to the downstream node
     * @param toPort its data input port
     * @return whether KNIME lets a user draw this connection
     */
    public boolean canConnect(final NodeContainer from, final int fromPort, final NodeContainer to,
        final int toPort) {
        return m_wfm.canAddConnection(from.getID(), fromPort + 1, to.getID(), toPort + 1);
    }

    /**
     * @param node a node
     * @return all its settings, as KNIME saves them into its settings.xml: for a new node whose settings were never
     *         applied, the defaults its node model saves
     */
    public NodeSettings settings(final NodeContainer node) {
        return node.getNodeSettings();
    }

    /**
     * Applies model parameters as a user's dialog does: the node's settings with its {@code model} part replaced.
     *
     * @param node a node
     * @param model its new model parameters
     * @throws InvalidSettingsException if KNIME rejects them
     */
    public void apply(final NodeContainer node, final NodeParameters model) throws InvalidSettingsException {
        final NodeSettings s = settings(node);
        Parameters.toSettings(model, "model").copyTo(s.addNodeSettings("model"));
        m_wfm.loadNodeSettings(node.getID(), s);
    }

    /**
     * Loads all settings of a node, as KNIME does when a workflow is loaded or a dialog applied: validated first.
     *
     * @param node a node
     * @param settings settings as {@link #settings(NodeContainer)} returns them
     * @throws InvalidSettingsException if KNIME rejects them
     */
    public void load(final NodeContainer node, final NodeSettingsRO settings) throws InvalidSettingsException {
        m_wfm.loadNodeSettings(node.getID(), settings);
    }

    /** Executes every node and waits. @return whether all executed */
    public boolean execute() {
        return m_wfm.executeAllAndWaitUntilDone();
    }

    /**
     * @param node a node with a dialog
     * @return the JSON the dialog's page receives when it opens (data, JSON Forms schema and UI schema, ...)
     */
    public static String dialogData(final NativeNodeContainer node) {
        return NodeDialogManager.getInstance().getDataServiceManager().callInitialDataService(NodeWrapper.of(node));
    }

    /**
     * @param node a node with a dialog
     * @param request the JSON the dialog sends when the user clicks OK
     * @return KNIME's answer
     */
    public static String applyDialog(final NativeNodeContainer node, final String request) {
        return NodeDialogManager.getInstance().getDataServiceManager().callApplyDataService(NodeWrapper.of(node),
            request);
    }

    /**
     * @param node an executed node with a view
     * @return the JSON the view's page receives when it opens
     */
    public static String viewData(final NativeNodeContainer node) {
        return NodeViewManager.getInstance().getDataServiceManager().callInitialDataService(NodeWrapper.of(node));
    }

    @Override
    public void close() {
        if (WorkflowManager.ROOT.containsNodeContainer(m_wfm.getID())) {
            WorkflowManager.ROOT.removeProject(m_wfm.getID());
        }
    }
}
