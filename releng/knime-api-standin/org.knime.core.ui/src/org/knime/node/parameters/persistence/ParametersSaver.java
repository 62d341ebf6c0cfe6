package org.knime.node.parameters.persistence;

import org.knime.core.node.NodeSettingsWO;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.persistence.ParametersSaver}.
 *
 * @param <T> the saved type
 */
@FunctionalInterface
public interface ParametersSaver<T> {

    /**
     * @param param the value
     * @param nodeSettings where to write
     */
    void save(T param, NodeSettingsWO nodeSettings);
}
