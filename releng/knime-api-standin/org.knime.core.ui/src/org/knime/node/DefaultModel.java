package org.knime.node;

import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.FluentNodeAPI;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.node.parameters.NodeParameters;

/**
 * Stand-in for KNIME's {@code org.knime.node.DefaultModel} (5.7 API, without {@code rearrangeColumns}): a node's
 * parameters class with its configure and execute functions. The stand-in keeps the functions, so tests can run a
 * node through {@code org.knime.standin.testing.NodeHarness}.
 */
public abstract sealed class DefaultModel implements FluentNodeAPI {

    private final Class<? extends NodeParameters> m_parametersClass;

    private DefaultModel(final Class<? extends NodeParameters> parametersClass) {
        m_parametersClass = parametersClass;
    }

    static RequireModelParameters create() {
        return parametersClass -> configure -> execute -> new StandardDefaultModel(parametersClass, configure,
            execute);
    }

    /** The configure/execute model. */
    static final class StandardDefaultModel extends DefaultModel {

        final ConfigureOrRearrangerConsumer<ConfigureInput, ConfigureOutput> m_configure;

        final ExecuteConsumer m_execute;

        private StandardDefaultModel(final Class<? extends NodeParameters> parametersClass,
            final ConfigureOrRearrangerConsumer<ConfigureInput, ConfigureOutput> configure,
            final ExecuteConsumer execute) {
            super(parametersClass);
            m_configure = configure;
            m_execute = execute;
        }
    }

    Optional<Class<? extends NodeParameters>> getParametersClass() {
        return Optional.ofNullable(m_parametersClass);
    }

    /** Parameters stage. */
    public interface RequireModelParameters {

        /** @param parametersClass the model parameters @return the next stage */
        RequireConfigureOrRearrangeColumns parametersClass(Class<? extends NodeParameters> parametersClass);

        /** @return the next stage, for a node without settings */
        default RequireConfigureOrRearrangeColumns withoutParameters() {
            return parametersClass(null);
        }
    }

    /** Configure stage (the stand-in omits {@code rearrangeColumns}). */
    public interface RequireConfigureOrRearrangeColumns {

        /** @param configure computes output specs @return the execute stage */
        RequireExecute configure(ConfigureOrRearrangerConsumer<ConfigureInput, ConfigureOutput> configure);
    }

    /**
     * A configure function.
     *
     * @param <I> input
     * @param <O> output
     */
    public interface ConfigureOrRearrangerConsumer<I, O> {

        /**
         * @param input specs and parameters
         * @param output receives specs and warnings
         * @throws InvalidSettingsException with a message for the user
         */
        void accept(I input, O output) throws InvalidSettingsException;
    }

    /** What configure sees. */
    public interface ConfigureInput {

        /** @param <S> the parameters class @return the parameters */
        <S extends NodeParameters> S getParameters();

        /** @return the input specs (entries may be null) */
        PortObjectSpec[] getInPortSpecs();

        /** @param <S> the spec class @param index a port @return its spec */
        <S extends PortObjectSpec> S getInPortSpec(int index);

        /** @return the input specs as table specs */
        DataTableSpec[] getInTableSpecs();

        /** @param portIndex a table port @return its spec */
        DataTableSpec getInTableSpec(int portIndex);
    }

    /** What configure produces. */
    public interface ConfigureOutput {

        /** @param <S> spec class @param index a port @param spec its spec */
        <S extends PortObjectSpec> void setOutSpec(int index, S spec);

        /** @param <S> spec class @param specs the specs from port 0 on */
        @SuppressWarnings("unchecked")
        <S extends PortObjectSpec> void setOutSpecs(S... specs);

        /** @param message a warning */
        void setWarningMessage(String message);
    }

    /** What execute sees. */
    public interface ExecuteInput {

        /** @param <S> the parameters class @return the parameters */
        <S extends NodeParameters> S getParameters();

        /** @return progress, cancel and table creation */
        ExecutionContext getExecutionContext();

        /** @return the inputs */
        PortObject[] getInPortObjects();

        /** @param <D> object class @param portIndex a port @return its object */
        <D extends PortObject> D getInPortObject(int portIndex);

        /** @return the inputs as tables */
        BufferedDataTable[] getInTables();

        /** @param portIndex a table port @return its table */
        BufferedDataTable getInTable(int portIndex);
    }

    /** What execute produces. */
    public interface ExecuteOutput {

        /** @param <D> object class @param index a port @param data its object */
        <D extends PortObject> void setOutData(int index, D data);

        /** @param <D> object class @param data the objects from port 0 on */
        @SuppressWarnings("unchecked")
        <D extends PortObject> void setOutData(D... data);

        /** @param <D> object class @param data objects kept for the view */
        @SuppressWarnings("unchecked")
        <D extends PortObject> void setInternalData(D... data);

        /** @param message a warning */
        void setWarningMessage(String message);
    }

    /** Execute stage. */
    public interface RequireExecute {

        /** @param execute the execute function @return the model */
        DefaultModel execute(ExecuteConsumer execute);
    }

    /** An execute function. */
    public interface ExecuteConsumer {

        /**
         * @param input inputs, parameters and context
         * @param output receives outputs
         * @throws CanceledExecutionException if canceled
         * @throws KNIMEException with a message for the user
         */
        void accept(ExecuteInput input, ExecuteOutput output) throws CanceledExecutionException, KNIMEException;
    }
}
