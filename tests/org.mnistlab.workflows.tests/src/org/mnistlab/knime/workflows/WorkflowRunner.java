package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParameters;
import org.knime.standin.testing.Executions;
import org.knime.standin.testing.NodeHarness;
import org.knime.standin.testing.NodeHarness.Executed;
import org.knime.standin.testing.Parameters;
import org.knime.standin.testing.PluginXml;
import org.knime.standin.testing.Ports;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.workflows.LoadedWorkflow.FileConnection;
import org.mnistlab.knime.workflows.LoadedWorkflow.LoadedNode;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks a shipped workflow against our nodes and runs it headless, node by node through the nodes' own configure and
 * execute (the engine adapters), as KNIME would after loading it:
 * <ul>
 * <li>every node is one of ours: its factory is registered in our plugin.xml (not deprecated) and instantiates; no
 * KNIME core node is used, so none is on the allowed list;</li>
 * <li>its name, bundle and feature entries are ours, its {@code node_creation_config} names its ports and its
 * {@code ports} config has one entry per output;</li>
 * <li>its {@code model} settings load and validate as the node model loads them, and are exactly what the parameters
 * class saves (no missing, extra or differently typed keys);</li>
 * <li>connections go from an existing output to an existing input of a compatible port type, every input is
 * connected exactly once and there is no cycle;</li>
 * <li>then the nodes execute in dependency order, each with its upstream outputs.</li>
 * </ul>
 */
public final class WorkflowRunner {

    /**
     * KNIME core nodes a workflow may use where our nodes cannot do the step, with the reason (documented in
     * workflows/README.md). None is needed: every lab step has a node of ours.
     */
    static final Map<String, String> ALLOWED_KNIME_NODES = Map.of();

    private static final String OUR_PREFIX = "org.mnistlab.knime.";

    private final LoadedWorkflow m_workflow;

    private final Map<Integer, NodeHarness> m_nodes = new LinkedHashMap<>();

    private final Map<Integer, NodeParameters> m_parameters = new HashMap<>();

    private final List<Integer> m_order;

    private WorkflowRunner(final LoadedWorkflow workflow, final List<Integer> order) {
        m_workflow = workflow;
        m_order = order;
    }

    /**
     * Reads and checks a workflow folder.
     *
     * @param dir the workflow folder
     * @param extension the identity our nodes' settings must carry
     * @return a runner for it
     * @throws WorkflowException naming the node and the problem
     */
    public static WorkflowRunner check(final Path dir, final Extension extension) {
        final LoadedWorkflow w = LoadedWorkflow.read(dir);
        final Set<String> registered = registeredFactories();
        final Map<Integer, NodeHarness> nodes = new LinkedHashMap<>();
        final Map<Integer, NodeParameters> parameters = new HashMap<>();
        final Set<String> labels = new TreeSet<>();
        for (final LoadedNode n : w.nodes()) {
            final String where = w.name() + ", node " + n.id() + " (" + n.folder() + ")";
            if (!registered.contains(n.factory())) {
                throw new WorkflowException(where + ": factory " + n.factory() + " is not a node of ours"
                    + (n.factory().startsWith(OUR_PREFIX) ? " registered in plugin.xml" : "")
                    + " (KNIME nodes allowed: " + ALLOWED_KNIME_NODES.keySet() + ")");
            }
            final NodeHarness node;
            try {
                node = NodeHarness.of(n.factory(), MnistReaderNodeFactory.class.getClassLoader());
            } catch (ReflectiveOperationException e) {
                throw new WorkflowException(where + ": factory " + n.factory() + " does not instantiate", e);
            }
            checkIdentity(where, n, node, extension);
            parameters.put(n.id(), checkModel(where, n.settings(), node));
            if (!labels.add(n.label())) {
                throw new WorkflowException(where + ": another node has the same text \"" + n.label() + "\"");
            }
            nodes.put(n.id(), node);
        }
        final List<Integer> order = checkConnections(w, nodes);
        final WorkflowRunner r = new WorkflowRunner(w, order);
        r.m_nodes.putAll(nodes);
        r.m_parameters.putAll(parameters);
        return r;
    }

    /** @return the checked workflow */
    public LoadedWorkflow workflow() {
        return m_workflow;
    }

    /**
     * Executes every node once, in dependency order.
     *
     * @return every node's outputs
     * @throws WorkflowException naming the node that failed and its message
     */
    public Run execute() {
        final Map<Integer, Executed> done = new HashMap<>();
        final Map<Integer, Double> seconds = new LinkedHashMap<>();
        for (final int id : m_order) {
            final NodeHarness node = m_nodes.get(id);
            final PortObject[] in = new PortObject[node.inputTypes().length];
            for (final FileConnection c : m_workflow.connections()) {
                if (c.destId() == id) {
                    in[c.destPort() - 1] = done.get(c.sourceId()).output(c.sourcePort() - 1);
                }
            }
            final long start = System.nanoTime();
            try {
                done.put(id, node.execute(m_parameters.get(id), Executions.context(), in));
            } catch (InvalidSettingsException | CanceledExecutionException | KNIMEException e) {
                throw new WorkflowException(m_workflow.name() + ", node " + id + " " + node.declaration().name()
                    + " failed: " + e.getMessage(), e);
            }
            seconds.put(id, (System.nanoTime() - start) / 1e9);
        }
        return new Run(m_workflow, done, seconds);
    }

    /** The outputs of an executed workflow. */
    public static final class Run {

        private final LoadedWorkflow m_workflow;

        private final Map<Integer, Executed> m_executed;

        private final Map<Integer, Double> m_seconds;

        Run(final LoadedWorkflow workflow, final Map<Integer, Executed> executed, final Map<Integer, Double> seconds) {
            m_workflow = workflow;
            m_executed = executed;
            m_seconds = seconds;
        }

        /**
         * @param label the text under a node
         * @return its execution: outputs, internal objects, warning
         */
        public Executed node(final String label) {
            return m_workflow.nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .map(n -> m_executed.get(n.id())).orElseThrow(() -> new IllegalArgumentException(
                    m_workflow.name() + " has no node \"" + label + "\"; it has " + m_workflow.nodes().stream()
                        .map(LoadedNode::label).collect(Collectors.joining("\", \"", "\"", "\""))));
        }

        /**
         * @param <T> the port object class
         * @param label the text under a node
         * @param port an output port (0 = first)
         * @return the port's object
         */
        public <T extends PortObject> T output(final String label, final int port) {
            return node(label).output(port);
        }

        /**
         * @param label the text under a node
         * @param port a table output port (0 = first)
         * @return the table
         */
        public BufferedDataTable table(final String label, final int port) {
            return node(label).table(port);
        }

        /** @return seconds each node took to execute, by node id in execution order */
        public Map<Integer, Double> seconds() {
            return m_seconds;
        }
    }

    private static Set<String> registeredFactories() {
        try (InputStream in = FrameworkUtil.getBundle(MnistReaderNodeFactory.class).getEntry("plugin.xml")
            .openStream()) {
            final Set<String> factories = new TreeSet<>(ALLOWED_KNIME_NODES.keySet());
            PluginXml.parse(in).nodes().stream().filter(n -> !n.deprecated())
                .forEach(n -> factories.add(n.factoryClass()));
            return factories;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read our plugin.xml", e);
        }
    }

    private static void checkIdentity(final String where, final LoadedNode n, final NodeHarness node,
        final Extension e) {
        final NodeSettings s = n.settings();
        final String name = node.declaration().name();
        final Map<String, String> expected = new LinkedHashMap<>();
        expected.put("node-name", name);
        expected.put("name", name);
        expected.put("node-bundle-name", e.bundleName());
        expected.put("node-bundle-symbolic-name", e.bundleSymbolicName());
        expected.put("node-bundle-vendor", e.bundleVendor());
        expected.put("node-bundle-version", e.bundleVersion());
        expected.put("node-feature-name", e.featureName());
        expected.put("node-feature-symbolic-name", e.featureSymbolicName());
        expected.put("node-feature-vendor", e.featureVendor());
        expected.put("node-feature-version", e.featureVersion());
        expected.forEach((key, value) -> {
            final String actual = s.getString(key, null);
            if (!value.equals(actual)) {
                throw new WorkflowException(where + ": " + key + " is \"" + actual + "\", expected \"" + value + "\"");
            }
        });
        if (!n.folder().equals(KnimeFormat.nodeFolder(name, n.id()))) {
            throw new WorkflowException(where + ": the folder of node \"" + name + "\" with id " + n.id()
                + " is named \"" + KnimeFormat.nodeFolder(name, n.id()) + "\" by KNIME");
        }
        final Set<String> groups = new TreeSet<>();
        node.declaration().inputs().forEach(p -> groups.add(p.groupId()));
        node.declaration().outputs().forEach(p -> groups.add(p.groupId()));
        final Set<String> creation = new TreeSet<>();
        try {
            if (s.containsKey("node_creation_config")) {
                creation.addAll(s.getNodeSettings("node_creation_config").keySet());
            }
            final NodeSettings ports = s.getNodeSettings("ports");
            final int outputs = node.outputTypes().length;
            final Set<String> portKeys = new TreeSet<>();
            for (int i = 1; i <= outputs; i++) {
                portKeys.add("port_" + i);
                final NodeSettings port = ports.getNodeSettings("port_" + i);
                if (port.getInt("index") != i || port.getString("port_dir_location") != null) {
                    throw new WorkflowException(where + ": ports/port_" + i + " must have index " + i
                        + " and no data location");
                }
            }
            if (!portKeys.equals(ports.keySet())) {
                throw new WorkflowException(where + ": ports " + ports.keySet() + ", but " + name + " has "
                    + outputs + " output(s)");
            }
        } catch (InvalidSettingsException ex) {
            throw new WorkflowException(where + ": " + ex.getMessage(), ex);
        }
        if (!creation.equals(groups)) {
            throw new WorkflowException(where + ": node_creation_config " + creation + ", but " + name
                + " declares the ports " + groups);
        }
    }

    private static NodeParameters checkModel(final String where, final NodeSettings s, final NodeHarness node) {
        try {
            final NodeSettings model = s.getNodeSettings("model");
            if (node.parametersClass().isEmpty()) {
                if (!model.keySet().isEmpty()) {
                    throw new WorkflowException(where + ": " + node.declaration().name()
                        + " has no settings, but the file has " + model.keySet());
                }
                return null;
            }
            final NodeParameters p = node.loadParameters(model);
            final NodeSettings saved = Parameters.toSettings(p, "model");
            if (!saved.isIdentical(model)) {
                throw new WorkflowException(where + ": the model settings are not what the node saves:\n" + model
                    + "\nthe node saves:\n" + saved);
            }
            return p;
        } catch (InvalidSettingsException e) {
            throw new WorkflowException(where + ": settings do not load: " + e.getMessage(), e);
        }
    }

    private static List<Integer> checkConnections(final LoadedWorkflow w, final Map<Integer, NodeHarness> nodes) {
        final Map<String, FileConnection> intoPort = new HashMap<>();
        final List<int[]> edges = new ArrayList<>();
        for (final FileConnection c : w.connections()) {
            final String where = w.name() + ", connection " + c.sourceId() + ":" + c.sourcePort() + " -> "
                + c.destId() + ":" + c.destPort();
            final PortType[] outs = nodes.get(c.sourceId()).outputTypes();
            final PortType[] ins = nodes.get(c.destId()).inputTypes();
            if (c.sourcePort() < 1 || c.sourcePort() > outs.length || c.destPort() < 1 || c.destPort() > ins.length) {
                throw new WorkflowException(where + ": the source has data output ports 1.." + outs.length
                    + " and the destination data input ports 1.." + ins.length);
            }
            final PortType out = outs[c.sourcePort() - 1];
            final PortType in = ins[c.destPort() - 1];
            if (!Ports.canConnect(out, in)) {
                throw new WorkflowException(where + ": KNIME does not connect a " + out.getName() + " output to a "
                    + in.getName() + " input");
            }
            if (intoPort.put(c.destId() + ":" + c.destPort(), c) != null) {
                throw new WorkflowException(where + ": that input already has a connection");
            }
            edges.add(new int[]{c.sourceId(), c.destId()});
        }
        nodes.forEach((id, node) -> {
            for (int p = 1; p <= node.inputTypes().length; p++) {
                if (!intoPort.containsKey(id + ":" + p)) {
                    throw new WorkflowException(w.name() + ", node " + id + " " + node.declaration().name()
                        + ": input port " + p + " is not connected");
                }
            }
        });
        try {
            return Topology.order(nodes.keySet(), edges);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException(w.name() + ": " + e.getMessage(), e);
        }
    }
}
