package org.knime.standin.testing;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.knime.node.DefaultNodeFactory;
import org.knime.node.DefaultView.ViewInput;
import org.knime.node.parameters.NodeParameters;
import org.knime.standin.ui.NodeDeclaration;
import org.knime.standin.ui.PortDeclaration;
import org.knime.standin.ui.UiInternals;

/**
 * NOT KNIME API. Runs a node declared with {@code DefaultNode} headless, the way KNIME's node adapter
 * ({@code StandardDefaultModelToNodeModelAdapter}, {@code DefaultModelToNodeModelAdapter}) and {@code Node} run it:
 * <ul>
 * <li>{@link #defaultParameters}: a new node's parameters ({@code NodeParametersUtil.createSettings}: the
 * {@code (NodeParametersInput)} constructor if present, without validation);</li>
 * <li>{@link #loadParameters}: what happens when settings are applied or a workflow is loaded
 * ({@code validateSettings}: load strictly, then {@code validate()}; other exceptions become "Coding issue: ..."
 * {@link InvalidSettingsException}s);</li>
 * <li>{@link #configure}: output specs (unset entries stay {@code null}) and the warning;</li>
 * <li>{@link #execute}: configure with the inputs' specs, then execute; outputs must be non-null and of the declared
 * port types ("Output at port i is null").</li>
 * </ul>
 * Port indices are 0-based over the declared ports, as the node model sees them.
 */
public final class NodeHarness {

    private final NodeDeclaration m_node;

    private final Class<?> m_factoryClass;

    private NodeHarness(final DefaultNodeFactory factory) {
        m_node = UiInternals.declarationOf(factory);
        m_factoryClass = factory.getClass();
    }

    /**
     * @param factory a node factory
     * @return a harness for its node
     */
    public static NodeHarness of(final DefaultNodeFactory factory) {
        return new NodeHarness(factory);
    }

    /**
     * Instantiates a factory as KNIME does from plugin.xml or settings.xml (public no-arg constructor).
     *
     * @param factoryClassName the factory class name
     * @param loader a class loader that sees it
     * @return a harness for its node
     * @throws ReflectiveOperationException if the class does not exist or cannot be instantiated
     */
    public static NodeHarness of(final String factoryClassName, final ClassLoader loader)
        throws ReflectiveOperationException {
        final Class<?> c = Class.forName(factoryClassName, true, loader);
        return of((DefaultNodeFactory)c.getConstructor().newInstance());
    }

    /** @return everything the node declares, including its generated description */
    public NodeDeclaration declaration() {
        return m_node;
    }

    /** @return the input port types */
    public PortType[] inputTypes() {
        return m_node.inputs().stream().map(PortDeclaration::type).toArray(PortType[]::new);
    }

    /** @return the output port types */
    public PortType[] outputTypes() {
        return m_node.outputs().stream().map(PortDeclaration::type).toArray(PortType[]::new);
    }

    /** @return the model parameters class, if any */
    public Optional<Class<? extends NodeParameters>> parametersClass() {
        return m_node.model().parametersClass();
    }

    /**
     * KNIME's icon lookup ({@code NodeFactory.resolveIcon}): a path relative to the factory's package (leading "./"
     * removed), loaded by the factory's class loader.
     *
     * @return the icon resource, empty if missing (KNIME then shows a default icon)
     */
    public Optional<URL> icon() {
        String icon = m_node.icon();
        if (icon.startsWith("./")) {
            icon = icon.substring(2);
        }
        final String path = icon.startsWith("/") ? icon.substring(1)
            : m_factoryClass.getPackageName().replace('.', '/') + "/" + icon;
        return Optional.ofNullable(m_factoryClass.getClassLoader().getResource(path));
    }

    /**
     * @param inSpecs the input specs (entries may be null)
     * @return fresh parameters as a new node creates them, null for a node without parameters
     */
    public NodeParameters defaultParameters(final PortObjectSpec... inSpecs) {
        return parametersClass().map(c -> (NodeParameters)Parameters.create(c, Inputs.of(inputTypes(), inSpecs)))
            .orElse(null);
    }

    /**
     * Loads and validates the node's {@code model} settings as KNIME's {@code validateSettings} and
     * {@code loadValidatedSettingsFrom} do.
     *
     * @param modelSettings the {@code model} settings
     * @return the parameters
     * @throws InvalidSettingsException with KNIME's message if they do not load or validate
     */
    public NodeParameters loadParameters(final NodeSettingsRO modelSettings) throws InvalidSettingsException {
        final Class<? extends NodeParameters> c = parametersClass()
            .orElseThrow(() -> new IllegalStateException(m_node.name() + " has no parameters"));
        try {
            final NodeParameters p = Parameters.load(c, modelSettings);
            p.validate();
            return p;
        } catch (InvalidSettingsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Coding issue: " + e.getMessage(), e);
        }
    }

    /**
     * @param params the parameters
     * @param modelSettings the {@code model} settings to write
     */
    public void saveParameters(final NodeParameters params, final NodeSettingsWO modelSettings) {
        Parameters.save(params, modelSettings);
    }

    /**
     * @param params the parameters (null for a node without)
     * @param inSpecs one spec per input port
     * @return output specs and warning
     * @throws InvalidSettingsException the configure error the user would see
     */
    public Configured configure(final NodeParameters params, final PortObjectSpec... inSpecs)
        throws InvalidSettingsException {
        checkCount("input specs", inSpecs.length, m_node.inputs().size());
        final PortObjectSpec[] out = new PortObjectSpec[m_node.outputs().size()];
        final String[] warning = new String[1];
        m_node.model().configure().accept(new ConfigureInput() {
            @Override
            @SuppressWarnings("unchecked")
            public <S extends NodeParameters> S getParameters() {
                return (S)params;
            }

            @Override
            public PortObjectSpec[] getInPortSpecs() {
                return inSpecs;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S extends PortObjectSpec> S getInPortSpec(final int index) {
                return (S)inSpecs[index];
            }

            @Override
            public DataTableSpec[] getInTableSpecs() {
                return Arrays.stream(inSpecs).map(DataTableSpec.class::cast).toArray(DataTableSpec[]::new);
            }

            @Override
            public DataTableSpec getInTableSpec(final int portIndex) {
                return (DataTableSpec)inSpecs[portIndex];
            }
        }, new ConfigureOutput() {
            @Override
            public <S extends PortObjectSpec> void setOutSpec(final int index, final S spec) {
                out[index] = spec;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S extends PortObjectSpec> void setOutSpecs(final S... specs) {
                System.arraycopy(specs, 0, out, 0, specs.length);
            }

            @Override
            public void setWarningMessage(final String message) {
                warning[0] = message;
            }
        });
        for (int i = 0; i < out.length; i++) {
            if (!m_node.outputs().get(i).type().acceptsPortObjectSpec(out[i])) {
                throw new IllegalStateException("Output spec at port " + i + " is a " + out[i].getClass().getName()
                    + ", not a spec of " + m_node.outputs().get(i).type());
            }
        }
        return new Configured(Arrays.asList(out), Optional.ofNullable(warning[0]));
    }

    /**
     * Configures with the inputs' specs, then executes, as KNIME does.
     *
     * @param params the parameters (null for a node without)
     * @param exec the execution context (see {@link Executions})
     * @param inputs one object per input port
     * @return outputs, internal objects and warning
     * @throws InvalidSettingsException the configure error
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException the execute error the user would see
     */
    public Executed execute(final NodeParameters params, final ExecutionContext exec, final PortObject... inputs)
        throws InvalidSettingsException, CanceledExecutionException, KNIMEException {
        checkCount("inputs", inputs.length, m_node.inputs().size());
        configure(params, Arrays.stream(inputs).map(PortObject::getSpec).toArray(PortObjectSpec[]::new));
        final PortObject[] out = new PortObject[m_node.outputs().size()];
        final List<PortObject> internal = new ArrayList<>();
        final String[] warning = new String[1];
        m_node.model().execute().accept(new ExecuteInput() {
            @Override
            @SuppressWarnings("unchecked")
            public <S extends NodeParameters> S getParameters() {
                return (S)params;
            }

            @Override
            public ExecutionContext getExecutionContext() {
                return exec;
            }

            @Override
            public PortObject[] getInPortObjects() {
                return inputs;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <D extends PortObject> D getInPortObject(final int portIndex) {
                return (D)inputs[portIndex];
            }

            @Override
            public BufferedDataTable[] getInTables() {
                return Arrays.stream(inputs).map(BufferedDataTable.class::cast).toArray(BufferedDataTable[]::new);
            }

            @Override
            public BufferedDataTable getInTable(final int portIndex) {
                return (BufferedDataTable)inputs[portIndex];
            }
        }, new ExecuteOutput() {
            @Override
            public <D extends PortObject> void setOutData(final int index, final D data) {
                out[index] = data;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <D extends PortObject> void setOutData(final D... data) {
                System.arraycopy(data, 0, out, 0, data.length);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <D extends PortObject> void setInternalData(final D... data) {
                internal.clear();
                internal.addAll(Arrays.asList(data));
            }

            @Override
            public void setWarningMessage(final String message) {
                warning[0] = message;
            }
        });
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("Output at port " + i + " is null");
            }
            if (!m_node.outputs().get(i).type().acceptsPortObject(out[i])) {
                throw new IllegalStateException("Output at port " + i + " is a " + out[i].getClass().getName()
                    + ", not a " + m_node.outputs().get(i).type());
            }
        }
        return new Executed(Arrays.asList(out), List.copyOf(internal), Optional.ofNullable(warning[0]));
    }

    /**
     * @param params the parameters
     * @param inputs one object per input port
     * @return the result of {@link #execute(NodeParameters, ExecutionContext, PortObject...)} on a fresh context
     * @throws InvalidSettingsException the configure error
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException the execute error
     */
    public Executed execute(final NodeParameters params, final PortObject... inputs)
        throws InvalidSettingsException, CanceledExecutionException, KNIMEException {
        return execute(params, Executions.context(), inputs);
    }

    /**
     * Computes what the view's page receives as initial data after an execution.
     *
     * @param viewParams the view parameters (null without)
     * @param executed the execution whose internal objects the view reads
     * @return the initial data object (before JSON serialization)
     */
    public Object initialViewData(final NodeParameters viewParams, final Executed executed) {
        final Function<ViewInput, ?> data = m_node.view().flatMap(v -> v.initialData())
            .orElseThrow(() -> new IllegalStateException(m_node.name() + " declares no view initial data"));
        return data.apply(new ViewInput() {
            @Override
            @SuppressWarnings("unchecked")
            public <S extends NodeParameters> S getParameters() {
                return (S)viewParams;
            }

            @Override
            public PortObject[] getInternalPortObjects() {
                return executed.internal().toArray(PortObject[]::new);
            }
        });
    }

    private void checkCount(final String what, final int given, final int declared) {
        if (given != declared) {
            throw new IllegalArgumentException(
                m_node.name() + " declares " + declared + " input ports but " + given + " " + what + " were given");
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
     * @param outputs one object per output port
     * @param internal what execute kept for the view
     * @param warning the warning, if set
     */
    public record Executed(List<PortObject> outputs, List<PortObject> internal, Optional<String> warning) {

        /** @param <D> object class @param port an output port @return its object */
        @SuppressWarnings("unchecked")
        public <D extends PortObject> D output(final int port) {
            return (D)outputs.get(port);
        }

        /** @param port a table output port @return its table */
        public BufferedDataTable table(final int port) {
            return (BufferedDataTable)outputs.get(port);
        }
    }
}
