package org.knime.core.node.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractPortObject}: a port object that writes its content as
 * zip entries. The serializer works as KNIME's: it writes a {@code meta.xml} entry ({@code version}=1,
 * {@code class_name}) before the object's own entries, and on load instantiates the registered class with its public
 * no-arg constructor before calling {@link #load}.
 */
public abstract class AbstractPortObject implements PortObject {

    /** Framework constructor. */
    public AbstractPortObject() {
    }

    /**
     * @param out where to write entries (do not close it)
     * @param exec progress and cancel
     * @throws IOException if writing fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param in where to read entries
     * @param spec the spec, read before
     * @param exec progress and cancel
     * @throws IOException if reading fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * The serializer of an {@link AbstractPortObject} class; subclass it without adding anything.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            final ZipEntry entry = in.getNextEntry();
            if (entry == null || !entry.getName().equals("meta.xml")) {
                throw new IOException("Expected meta.xml file in stream, got " + (entry == null ? null : entry.getName()));
            }
            final String className;
            try (InputStream meta = NonClosing.of(in)) {
                className = ModelContent.loadFromXML(meta).getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            final Class<? extends PortObject> cl = PortTypeRegistry.getInstance().getObjectClass(className)
                .orElseThrow(() -> new IllegalStateException("Unable to load class " + className));
            if (!AbstractPortObject.class.isAssignableFrom(cl)) {
                throw new IllegalStateException(
                    "Class \"" + className + "\" is not of type " + AbstractPortObject.class.getSimpleName());
            }
            final AbstractPortObject result;
            try {
                result = cl.asSubclass(AbstractPortObject.class).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Failed to instantiate class \"" + cl.getSimpleName()
                    + "\" (failed to invoke no-arg constructor): " + e.getMessage(), e);
            }
            result.load(in, spec, exec);
            return (T)result;
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry("meta.xml"));
            final ModelContent meta = new ModelContent("meta.xml");
            meta.addInt("version", 1);
            meta.addString("class_name", portObject.getClass().getName());
            meta.saveToXML(NonClosing.of(out));
            portObject.save(out, exec);
        }
    }
}
