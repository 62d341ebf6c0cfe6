package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for KNIME's {@code org.knime.core.node.ModelContentRO}. */
public interface ModelContentRO extends ConfigRO {

    /**
     * @param key the key
     * @return the sub-content
     * @throws InvalidSettingsException if there is none under the key
     */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
