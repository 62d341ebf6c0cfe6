package org.knime.core.node.config;

import org.knime.core.data.DataType;
import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in for KNIME's {@code org.knime.core.node.config.ConfigWO} (subset: sub-configs and data types). */
public interface ConfigWO extends ConfigBaseWO {

    /**
     * @param key the key
     * @return a new sub-config
     */
    Config addConfig(String key);

    /**
     * @param key the key
     * @param type the type, may be null
     */
    void addDataType(String key, DataType type);
}
