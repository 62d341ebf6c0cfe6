package org.knime.core.node.config;

import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/** Stand-in for KNIME's {@code org.knime.core.node.config.ConfigRO} (subset: sub-configs and data types). */
public interface ConfigRO extends ConfigBaseRO {

    /**
     * @param key the key
     * @return the sub-config
     * @throws InvalidSettingsException if there is none
     */
    Config getConfig(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the type, {@code null} if a null type was stored
     * @throws InvalidSettingsException if absent or malformed
     */
    DataType getDataType(String key) throws InvalidSettingsException;
}
