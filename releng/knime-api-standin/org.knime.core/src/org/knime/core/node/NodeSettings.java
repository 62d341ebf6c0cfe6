package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeSettings}: the config tree of node settings (settings.xml and
 * its {@code model}/{@code view} sub-trees). {@link #loadFromXML(InputStream)} and {@code saveToXML} read and write
 * KNIME's XML format.
 */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of this settings tree */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    /**
     * @param in KNIME XML (closed afterwards)
     * @return the settings; the key is the root element's key
     * @throws IOException if the XML is not a valid config
     */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        return (NodeSettingsRO)Config.loadFromXML(new NodeSettings("ignored"), in);
    }

    @Override
    public void copyTo(final ConfigWO dest) {
        super.copyTo(dest);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        addConfig(settings);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }
}
