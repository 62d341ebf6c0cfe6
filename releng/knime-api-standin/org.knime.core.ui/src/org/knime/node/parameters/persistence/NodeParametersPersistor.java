package org.knime.node.parameters.persistence;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.node.parameters.migration.ParametersLoader;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.persistence.NodeParametersPersistor}.
 *
 * @param <T> the persisted type
 */
public interface NodeParametersPersistor<T> extends ParametersSaver<T>, ParametersLoader<T> {

    @Override
    T load(NodeSettingsRO settings) throws InvalidSettingsException;

    @Override
    void save(T param, NodeSettingsWO settings);

    /** @return the config paths written, for flow variables */
    String[][] getConfigPaths();
}
