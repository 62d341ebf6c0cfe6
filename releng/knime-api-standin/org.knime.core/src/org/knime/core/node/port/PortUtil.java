package org.knime.core.node.port;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortUtil} (subset): writes and reads a port object with its
 * spec in KNIME's single-stream format, using the serializers registered for their classes: a zip with
 * {@code content.xml} (version, spec and object class names), {@code objectSpec.file} (a nested zip with entry
 * {@code portSpec.file}, then the spec serializer's entries) and {@code object.file} (a nested zip with entry
 * {@code portObject.file}, then the object serializer's entries). File stores are not supported.
 */
public final class PortUtil {

    private PortUtil() {
    }

    /**
     * @param in a stream
     * @return a zip output stream positioned after the {@code portObject.file} entry
     * @throws IOException if writing fails
     */
    public static PortObjectZipOutputStream getPortObjectZipOutputStream(final OutputStream in) throws IOException {
        final PortObjectZipOutputStream zip = new PortObjectZipOutputStream(in);
        zip.putNextEntry(new ZipEntry("portObject.file"));
        return zip;
    }

    /**
     * @param in a stream
     * @return a zip input stream positioned after the {@code portObject.file} entry
     * @throws IOException if the stream does not start with that entry
     */
    public static PortObjectZipInputStream getPortObjectZipInputStream(final InputStream in) throws IOException {
        final PortObjectZipInputStream zip = new PortObjectZipInputStream(in);
        final ZipEntry entry = zip.getNextEntry();
        if (entry == null || !"portObject.file".equals(entry.getName())) {
            throw new IOException("Expected zip entry 'portObject.file', got '" + name(entry) + "'");
        }
        return zip;
    }

    /**
     * @param in a stream
     * @return a zip output stream positioned after the {@code portSpec.file} entry
     * @throws IOException if writing fails
     */
    public static PortObjectSpecZipOutputStream getPortObjectSpecZipOutputStream(final OutputStream in)
        throws IOException {
        final PortObjectSpecZipOutputStream zip = new PortObjectSpecZipOutputStream(in);
        zip.putNextEntry(new ZipEntry("portSpec.file"));
        return zip;
    }

    /**
     * @param in a stream
     * @return a zip input stream positioned after the {@code portSpec.file} entry
     * @throws IOException if the stream does not start with that entry
     */
    public static PortObjectSpecZipInputStream getPortObjectSpecZipInputStream(final InputStream in)
        throws IOException {
        final PortObjectSpecZipInputStream zip = new PortObjectSpecZipInputStream(in);
        final ZipEntry entry = zip.getNextEntry();
        if (entry == null || !"portSpec.file".equals(entry.getName())) {
            throw new IOException("Expected zip entry 'portSpec.file', got '" + name(entry) + "'");
        }
        return zip;
    }

    /**
     * @param po a port object of a registered type
     * @param output where to write (not closed)
     * @param exec progress and cancel
     * @throws IOException if writing fails
     * @throws CanceledExecutionException if canceled
     */
    public static void writeObjectToStream(final PortObject po, final OutputStream output, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        final boolean buffered = output instanceof BufferedOutputStream || output instanceof ByteArrayOutputStream;
        final OutputStream os = buffered ? output : new BufferedOutputStream(output);
        final ZipOutputStream zipOut = new ZipOutputStream(os);
        final PortObjectSpec spec = po.getSpec();
        zipOut.putNextEntry(new ZipEntry("content.xml"));
        final ModelContent toc = new ModelContent("content");
        toc.addInt("version", 1);
        toc.addString("port_spec_class", spec.getClass().getName());
        toc.addString("port_object_class", po.getClass().getName());
        toc.saveToXML(NonClosing.of(zipOut));

        zipOut.putNextEntry(new ZipEntry("objectSpec.file"));
        try (PortObjectSpecZipOutputStream specOut = getPortObjectSpecZipOutputStream(NonClosing.of(zipOut))) {
            final PortObjectSpecSerializer<PortObjectSpec> ser = PortTypeRegistry.getInstance()
                .getSpecSerializer(spec.getClass()).orElseThrow(() -> new IllegalStateException(
                    "No serializer for spec class \"" + spec.getClass().getName() + "\" available"));
            ser.savePortObjectSpec(spec, specOut);
        }
        zipOut.putNextEntry(new ZipEntry("object.file"));
        try (PortObjectZipOutputStream objOut = getPortObjectZipOutputStream(NonClosing.of(zipOut))) {
            final PortObjectSerializer<PortObject> ser = PortTypeRegistry.getInstance()
                .getObjectSerializer(po.getClass()).orElseThrow(() -> new IllegalStateException(
                    "No serializer for object class \"" + po.getClass().getName() + "\" available"));
            ser.savePortObject(po, objOut, exec);
        }
        zipOut.finish();
        if (!buffered) {
            os.flush();
        }
    }

    /**
     * @param input a stream written by {@link #writeObjectToStream}
     * @param exec progress and cancel
     * @return the port object
     * @throws IOException if reading fails
     * @throws CanceledExecutionException if canceled
     */
    public static PortObject readObjectFromStream(final InputStream input, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(input))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                throw new IOException("File does not specify a valid port object model");
            }
            if (!"content.xml".equals(entry.getName())) {
                throw new IOException("Invalid stream, expected zip entry \"content.xml\", got \"" + name(entry) + "\"");
            }
            final ModelContentRO toc;
            try (InputStream tocIn = NonClosing.of(in)) {
                toc = ModelContent.loadFromXML(tocIn);
            }
            final String specClassName = toc.getString("port_spec_class");
            final String objClassName = toc.getString("port_object_class");
            entry = in.getNextEntry();
            if (entry == null || !"objectSpec.file".equals(entry.getName())) {
                throw new IOException("Invalid stream, expected zip entry \"objectSpec.file\", got \"" + name(entry)
                    + "\"");
            }
            final Class<? extends PortObjectSpec> specClass = PortTypeRegistry.getInstance()
                .getSpecClass(specClassName).orElseThrow(() -> new IOException("Can't load class \"" + specClassName
                    + "\""));
            final PortObjectSpec spec;
            try (PortObjectSpecZipInputStream specIn = getPortObjectSpecZipInputStream(NonClosing.of(in))) {
                spec = PortTypeRegistry.getInstance().getSpecSerializer(specClass).orElseThrow()
                    .loadPortObjectSpec(specIn);
            }
            entry = in.getNextEntry();
            if (entry == null || !"object.file".equals(entry.getName())) {
                throw new IOException("Invalid stream, expected zip entry \"object.file\", got \"" + name(entry) + "\"");
            }
            final Class<? extends PortObject> cl = PortTypeRegistry.getInstance().getObjectClass(objClassName)
                .orElseThrow(() -> new IOException("Can't load class \"" + objClassName + "\""));
            try (PortObjectZipInputStream objIn = getPortObjectZipInputStream(NonClosing.of(in))) {
                return PortTypeRegistry.getInstance().getObjectSerializer(cl).orElseThrow()
                    .loadPortObject(objIn, spec, exec);
            }
        } catch (InvalidSettingsException e) {
            throw new IOException("Unable to parse content.xml in port object file", e);
        }
    }

    private static String name(final ZipEntry entry) {
        return entry == null ? null : entry.getName();
    }
}
