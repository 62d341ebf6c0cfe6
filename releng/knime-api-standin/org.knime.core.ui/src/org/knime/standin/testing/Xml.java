package org.knime.standin.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;

/**
 * NOT KNIME API. KNIME XML config files (settings.xml, workflow.knime) as strings and files, through the stand-in's
 * {@code saveToXML}/{@code NodeSettings.loadFromXML}, which follow KNIME's {@code XMLConfig}.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * @param config a config tree
     * @return its KNIME XML
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
     * @param xml KNIME XML
     * @return the settings it holds
     * @throws IOException if it is not a valid config
     */
    public static NodeSettings parse(final String xml) throws IOException {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param file a KNIME XML file
     * @return the settings it holds; the key is the root element's key
     * @throws IOException if it cannot be read or is not a valid config
     */
    public static NodeSettings read(final Path file) throws IOException {
        return read(Files.newInputStream(file));
    }

    /**
     * @param config a config tree
     * @param file where to write it as KNIME XML
     * @throws IOException if writing fails
     */
    public static void write(final ConfigBase config, final Path file) throws IOException {
        config.saveToXML(Files.newOutputStream(file));
    }

    private static NodeSettings read(final InputStream in) throws IOException {
        return (NodeSettings)NodeSettings.loadFromXML(in);
    }
}
