package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's {@code org.knime.core.node.ModelContentWO}. */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty sub-content
     */
    ModelContentWO addModelContent(String key);

    /** @param modelContent sub-content to add under its key */
    void addModelContent(ModelContent modelContent);
}
