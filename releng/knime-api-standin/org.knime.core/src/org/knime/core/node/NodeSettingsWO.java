package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's {@code org.knime.core.node.NodeSettingsWO}. */
public interface NodeSettingsWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty sub-settings
     */
    NodeSettingsWO addNodeSettings(String key);

    /** @param settings sub-settings to add under their key */
    void addNodeSettings(NodeSettings settings);
}
