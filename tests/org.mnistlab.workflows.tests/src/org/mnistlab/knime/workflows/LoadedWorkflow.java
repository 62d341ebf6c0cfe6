package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.missing.MissingNodeFactory;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.NodeID;
import org.knime.core.node.workflow.NodeMessage;
import org.knime.core.node.workflow.UnsupportedWorkflowVersionException;
import org.knime.core.node.workflow.WorkflowLoadHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor.LoadResultEntry.LoadResultEntryType;
import org.knime.core.node.workflow.WorkflowPersistor.WorkflowLoadResult;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;
import org.knime.core.util.LockFailedException;

/**
 * A workflow folder as KNIME opens it: {@link WorkflowManager#loadProject} on a copy (KNIME writes into a workflow it
 * executes), executed by KNIME's own scheduler. Nodes are found by the text under them, as a user finds them.
 */
final class LoadedWorkflow implements AutoCloseable {

    private final String m_name;

    private final WorkflowManager m_wfm;

    private final WorkflowLoadResult m_result;

    private LoadedWorkflow(final String name, final WorkflowManager wfm, final WorkflowLoadResult result) {
        m_name = name;
        m_wfm = wfm;
        m_result = result;
    }

    /**
     * @param folder a workflow folder
     * @return the workflow, loaded by KNIME from a copy of the folder
     * @throws IOException if the folder cannot be copied or KNIME cannot read it at all
     */
    static LoadedWorkflow load(final Path folder) throws IOException {
        final Path copy = Files.createTempDirectory("mnistlab-").resolve(folder.getFileName().toString());
        copyTree(folder, copy);
        try {
            final WorkflowLoadResult r = WorkflowManager.loadProject(copy.toFile(), new ExecutionMonitor(),
                new WorkflowLoadHelper(WorkflowContextV2.forTemporaryWorkflow(copy, null)));
            if (r.getWorkflowManager() == null) {
                throw new IOException("KNIME cannot load " + folder + ": " + r.getFilteredError("", LoadResultEntryType.Warning));
            }
            return new LoadedWorkflow(folder.getFileName().toString(), r.getWorkflowManager(), r);
        } catch (InvalidSettingsException | CanceledExecutionException | UnsupportedWorkflowVersionException
                | LockFailedException e) {
            throw new IOException("KNIME cannot load " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(final Path from, final Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (final Path f : (Iterable<Path>)files::iterator) {
                final Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** @return KNIME's workflow manager of the loaded project */
    WorkflowManager manager() {
        return m_wfm;
    }

    /**
     * What a user who opens the workflow would be told is wrong with it: KNIME's load errors and warnings (a MISSING
     * node, settings that do not load, a newer format), nodes that configure with an error or warning, and inputs
     * left unconnected. (A node whose input has no spec before execution, e.g. after a learner whose model spec needs
     * the data, stays unconfigured without a message, as in KNIME.)
     *
     * @return the problems, empty for a workflow that opens cleanly
     */
    List<String> problems() {
        final List<String> problems = new ArrayList<>();
        if (m_result.getType() != LoadResultEntryType.Ok) {
            problems.add(m_result.getFilteredError("", LoadResultEntryType.Warning));
        }
        for (final NodeContainer nc : m_wfm.getNodeContainers()) {
            if (nc instanceof NativeNodeContainer nnc && (Object)nnc.getNode().getFactory() instanceof MissingNodeFactory) {
                problems.add(nc.getNameWithID() + " is MISSING");
            } else if (nc.getNodeMessage().getMessageType() != NodeMessage.Type.RESET) {
                // a configure error or warning: what the node shows when the workflow opens
                problems.add(nc.getNameWithID() + ": " + nc.getNodeMessage());
            }
            for (int p = 1; p < nc.getNrInPorts(); p++) {
                if (!nc.getInPort(p).getPortType().isOptional() && m_wfm.getIncomingConnectionFor(nc.getID(), p) == null) {
                    problems.add(nc.getNameWithID() + ": input port " + p + " is not connected");
                }
            }
        }
        return problems;
    }

    /**
     * Executes every node, as "Execute all" does, and waits.
     *
     * @return this
     * @throws AssertionError naming every node that failed, with KNIME's message
     */
    LoadedWorkflow executeAll() {
        if (!m_wfm.executeAllAndWaitUntilDone()) {
            final List<String> failed = m_wfm.getNodeContainers().stream()
                .filter(nc -> !nc.getNodeContainerState().isExecuted())
                .map(nc -> nc.getNameWithID() + ": " + nc.getNodeMessage()).toList();
            throw new AssertionError(m_name + " did not execute: " + failed);
        }
        return this;
    }

    /**
     * Executes the nodes with these labels and everything they need, as "Execute" on those nodes does, and waits.
     *
     * @param labels the texts under the nodes
     * @return this
     * @throws AssertionError naming every one of those nodes that failed, with KNIME's message
     */
    LoadedWorkflow executeUpTo(final String... labels) {
        final List<NativeNodeContainer> nodes = Stream.of(labels).map(this::node).toList();
        m_wfm.executeUpToHere(nodes.stream().map(NodeContainer::getID).toArray(NodeID[]::new));
        try {
            m_wfm.waitWhileInExecution(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(m_name + ": interrupted while executing", e);
        }
        final List<String> failed = nodes.stream().filter(nc -> !nc.getNodeContainerState().isExecuted())
            .map(nc -> nc.getNameWithID() + ": " + nc.getNodeMessage()).toList();
        if (!failed.isEmpty()) {
            throw new AssertionError(m_name + " did not execute: " + failed);
        }
        return this;
    }

    /**
     * Changes settings of a node as a user does in its dialog: the node's settings with these model settings changed
     * are applied as the dialog's OK applies them, so KNIME resets the node and the nodes below and configures them
     * again.
     *
     * @param label the text under the node
     * @param changes settings key to new value, as {@link WorkflowDefinition.Node#set} takes them
     * @return this
     * @throws AssertionError if KNIME rejects the settings
     */
    LoadedWorkflow change(final String label, final Map<String, Object> changes) {
        final NativeNodeContainer nc = node(label);
        final NodeSettings s = nc.getNodeSettings();
        try {
            final NodeSettings model = (NodeSettings)s.getNodeSettings("model");
            changes.forEach((key, value) -> SettingsEdit.set(model, key, value));
            m_wfm.loadNodeSettings(nc.getID(), s);
        } catch (InvalidSettingsException e) {
            throw new AssertionError(m_name + ": KNIME rejects the changed settings of " + label + ": " + e.getMessage(),
                e);
        }
        return this;
    }

    /**
     * @param label the text under a node
     * @return the node
     */
    NativeNodeContainer node(final String label) {
        final List<NodeContainer> found = m_wfm.getNodeContainers().stream()
            .filter(nc -> nc.getNodeAnnotation().getText().equals(label)).toList();
        if (found.size() != 1) {
            throw new AssertionError(m_name + " has " + found.size() + " nodes labelled \"" + label + "\"");
        }
        return (NativeNodeContainer)found.get(0);
    }

    /**
     * @param <T> the port object class
     * @param label the text under an executed node
     * @param port an output port (0 = the node's first data port)
     * @return what the port holds
     */
    @SuppressWarnings("unchecked")
    <T extends PortObject> T output(final String label, final int port) {
        // KNIME's port 0 is the flow variable port
        return (T)node(label).getOutPort(port + 1).getPortObject();
    }

    /**
     * @param label the text under an executed node
     * @param port a table output port
     * @return the table
     */
    BufferedDataTable table(final String label, final int port) {
        return output(label, port);
    }

    @Override
    public void close() {
        if (WorkflowManager.ROOT.containsNodeContainer(m_wfm.getID())) {
            WorkflowManager.ROOT.removeProject(m_wfm.getID());
        }
    }

    /** Loads, checks and executes a shipped workflow; for the tests that compare its outputs with the lab. */
    static LoadedWorkflow executed(final String name) {
        return executed(name, w -> {
        });
    }

    /**
     * Loads and checks a shipped workflow, changes it as a user would, and executes it.
     *
     * @param name the workflow
     * @param change what the user changes before "Execute all"
     * @return the executed workflow
     */
    static LoadedWorkflow executed(final String name, final Consumer<LoadedWorkflow> change) {
        try {
            final LoadedWorkflow w = load(Regeneration.workflow(name));
            if (!w.problems().isEmpty()) {
                w.close();
                throw new AssertionError(name + " does not open cleanly: " + w.problems());
            }
            LabData.useTheBuildsCache(w.manager());
            change.accept(w);
            return w.executeAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSettingsException e) {
            throw new AssertionError(name + ": the MNIST Reader's cache folder cannot be set", e);
        }
    }
}
