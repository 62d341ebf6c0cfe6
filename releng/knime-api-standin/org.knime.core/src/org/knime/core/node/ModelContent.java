package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/** Stand-in for KNIME's {@code org.knime.core.node.ModelContent}: config trees of models and port specs. */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of this tree */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new ModelContent(key);
    }

    /**
     * @param in KNIME XML (closed afterwards)
     * @return the content
     * @throws IOException if the XML is not a valid config
     */
    public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
        return (ModelContent)Config.loadFromXML(new ModelContent("ignored"), in);
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        addConfig(modelContent);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)addConfig(key);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfig(key);
    }
}
