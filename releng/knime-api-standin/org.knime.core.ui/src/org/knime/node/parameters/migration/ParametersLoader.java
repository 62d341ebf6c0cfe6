package org.knime.node.parameters.migration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.migration.ParametersLoader}.
 *
 * @param <T> the loaded type
 */
@FunctionalInterface
public interface ParametersLoader<T> {

    /**
     * @param settings where to read
     * @return the value
     * @throws InvalidSettingsException if the settings are invalid
     */
    T load(NodeSettingsRO settings) throws InvalidSettingsException;
}
