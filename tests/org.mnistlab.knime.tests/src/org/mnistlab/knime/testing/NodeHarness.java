package org.mnistlab.knime.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.Node;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeProgressMonitor;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.message.Message;
import org.knime.node.DefaultNodeFactory;
import org.knime.node.parameters.NodeParameters;

/**
 * Runs one of our nodes in KNIME's own {@link Node}, the class a workflow's node container executes: KNIME creates
 * the node model from the factory (the {@code DefaultNode} adapter of {@code org.knime.core.ui}), loads and validates
 * the settings, configures and executes it with a real {@code ExecutionContext}. Unlike a node in a workflow, the
 * node's exceptions reach the test as thrown (a workflow turns them into the node's error message; the workflow tests
 * check those). Port indices are 0-based over the node's data ports, as the node model sees them.
 */
public final class NodeHarness {

    private final Class<? extends DefaultNodeFactory> m_factoryClass;

    private final Class<? extends NodeParameters> m_parameters;

    private NodeHarness(final Class<? extends DefaultNodeFactory> factoryClass,
        final Class<? extends NodeParameters> parameters) {
        m_factoryClass = factoryClass;
        m_parameters = parameters;
    }

    /**
     * @param factory a node factory (its class is instantiated anew for every node, as KNIME does)
     * @param parameters the node's model parameters class, null for a node without parameters
     * @return a harness for its node
     */
    public static NodeHarness of(final DefaultNodeFactory factory, final Class<? extends NodeParameters> parameters) {
        return new NodeHarness(factory.getClass(), parameters);
    }

    /** @return a new factory, instantiated as KNIME does from plugin.xml or a workflow (public no-arg constructor) */
    public DefaultNodeFactory newFactory() {
        try {
            return m_factoryClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("KNIME cannot instantiate " + m_factoryClass.getName(), e);
        }
    }

    /** @return a new KNIME node of the factory, its model created by KNIME */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Node newNode() {
        return new Node((NodeFactory)newFactory());
    }

    /** @return the node's input port types (without KNIME's flow variable port) */
    public PortType[] inputTypes() {
        final Node n = newNode();
        return types(n.getNrInPorts(), n::getInputType);
    }

    /** @return the node's output port types (without KNIME's flow variable port) */
    public PortType[] outputTypes() {
        final Node n = newNode();
        return types(n.getNrOutPorts(), n::getOutputType);
    }

    private static PortType[] types(final int withFlowVariablePort, final java.util.function.IntFunction<PortType> t) {
        final PortType[] types = new PortType[withFlowVariablePort - 1];
        Arrays.setAll(types, i -> t.apply(i + 1));
        return types;
    }

    /**
     * @param inSpecs the input specs (entries may be null)
     * @return fresh parameters as KNIME creates them for a new node with these inputs
     */
    public NodeParameters defaultParameters(final PortObjectSpec... inSpecs) {
        return Parameters.create(m_parameters, inSpecs);
    }

    /**
     * Validates and loads {@code model} settings into a new node, as KNIME does when a dialog's settings are applied
     * or a workflow is loaded.
     *
     * @param modelSettings the {@code model} settings
     * @return the parameters they hold
     * @throws InvalidSettingsException with KNIME's message if they do not load or validate
     */
    public NodeParameters loadParameters(final NodeSettingsRO modelSettings) throws InvalidSettingsException {
        load(newNode(), modelSettings);
        return Parameters.load(m_parameters, modelSettings);
    }

    private static void load(final Node node, final NodeSettingsRO modelSettings) throws InvalidSettingsException {
        node.validateModelSettings(modelSettings);
        node.loadModelSettingsFrom(modelSettings);
    }

    /** @param params the node's parameters, null for a node without */
    private Node nodeWith(final NodeParameters params) throws InvalidSettingsException {
        final Node node = newNode();
        if (params != null) {
            load(node, Parameters.toSettings(params, "model"));
        }
        return node;
    }

    /**
     * @param params the parameters
     * @param inSpecs one spec per input port, null for an optional port left unconnected
     * @return output specs and warning
     * @throws InvalidSettingsException the error the user would see when the node is configured
     */
    public Configured configure(final NodeParameters params, final PortObjectSpec... inSpecs)
        throws InvalidSettingsException {
        final Node node = nodeWith(params);
        final Warnings warnings = Warnings.of(node);
        final PortObjectSpec[] out = node.invokeNodeModelConfigure(inSpecs);
        return new Configured(Arrays.asList(out), warnings.last());
    }

    /**
     * Configures with the inputs' specs, then executes, as KNIME does.
     *
     * @param params the parameters
     * @param monitor the progress monitor of the execution (see {@link Executions})
     * @param inputs one object per input port, null for an optional port left unconnected
     * @return outputs, internal objects and warning
     * @throws InvalidSettingsException the configure error
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException the execute error the user would see
     */
    public Executed execute(final NodeParameters params, final NodeProgressMonitor monitor,
        final PortObject... inputs) throws InvalidSettingsException, CanceledExecutionException, KNIMEException {
        final Node node = nodeWith(params);
        final Warnings warnings = Warnings.of(node);
        node.invokeNodeModelConfigure(
            Arrays.stream(inputs).map(i -> i == null ? null : i.getSpec()).toArray(PortObjectSpec[]::new));
        final PortObject[] out;
        try {
            out = node.invokeNodeModelExecute(Executions.context(monitor, node), inputs);
        } catch (InvalidSettingsException | CanceledExecutionException | KNIMEException | RuntimeException e) {
            throw e;
        } catch (Exception e) { // NOSONAR: NodeModel.execute declares Exception
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null || !node.getOutputType(i + 1).acceptsPortObject(out[i])) {
                throw new IllegalStateException("Output at port " + i + " is not a " + node.getOutputType(i + 1));
            }
        }
        final PortObject[] internal = node.getNodeModel() instanceof org.knime.core.node.port.PortObjectHolder h
            ? h.getInternalPortObjects() : null;
        return new Executed(node, Arrays.asList(out), internal == null ? List.of() : Arrays.asList(internal),
            warnings.last());
    }

    /**
     * @param params the parameters
     * @param inputs one object per input port, null for an optional port left unconnected
     * @return the result of {@link #execute(NodeParameters, NodeProgressMonitor, PortObject...)} with a fresh monitor
     * @throws InvalidSettingsException the configure error
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException the execute error
     */
    public Executed execute(final NodeParameters params, final PortObject... inputs)
        throws InvalidSettingsException, CanceledExecutionException, KNIMEException {
        return execute(params, new DefaultNodeProgressMonitor(), inputs);
    }

    /** The warnings a node model sets, as KNIME's node listens to them. */
    private static final class Warnings {
        private final List<String> m_messages = new ArrayList<>();

        static Warnings of(final Node node) {
            final Warnings w = new Warnings();
            final NodeModel model = node.getNodeModel();
            model.addWarningListener((final Message m) -> w.m_messages.add(m == null ? null : m.getSummary()));
            return w;
        }

        Optional<String> last() {
            return m_messages.isEmpty() ? Optional.empty() : Optional.ofNullable(m_messages.get(m_messages.size() - 1));
        }
    }

    /**
     * The result of configure.
     *
     * @param outSpecs one spec per output port ({@code null} = unknown)
     * @param warning the warning, if set
     */
    public record Configured(List<PortObjectSpec> outSpecs, Optional<String> warning) {

        /** @param <S> spec class @param port an output port @return its spec */
        @SuppressWarnings("unchecked")
        public <S extends PortObjectSpec> S spec(final int port) {
            return (S)outSpecs.get(port);
        }
    }

    /**
     * The result of execute.
     *
     * @param node the executed node
     * @param outputs one object per output port
     * @param internal what execute kept for the node's view
     * @param warning the warning, if set
     */
    public record Executed(Node node, List<PortObject> outputs, List<PortObject> internal, Optional<String> warning) {

        /** @param <D> object class @param port an output port @return its object */
        @SuppressWarnings("unchecked")
        public <D extends PortObject> D output(final int port) {
            return (D)outputs.get(port);
        }

        /** @param port a table output port @return its table */
        public org.knime.core.node.BufferedDataTable table(final int port) {
            return (org.knime.core.node.BufferedDataTable)outputs.get(port);
        }
    }
}
