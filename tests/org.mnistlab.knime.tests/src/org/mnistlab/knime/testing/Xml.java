package org.mnistlab.knime.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.ConfigBase;

/** KNIME XML config files (settings.xml, workflow.knime) as strings, written and read by KNIME's own config code. */
public final class Xml {

    private Xml() {
    }

    /**
     * @param config a config tree
     * @return its XML as KNIME writes it
     */
    public static String toString(final ConfigBase config) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            config.saveToXML(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param xml XML as KNIME writes it
     * @return the settings it holds
     * @throws IOException if it is not KNIME's config XML
     */
    public static NodeSettingsRO parse(final String xml) throws IOException {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param file a KNIME XML config file
     * @return the settings it holds
     * @throws IOException if it cannot be read
     */
    public static NodeSettingsRO read(final Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NodeSettings.loadFromXML(in);
        }
    }
}
