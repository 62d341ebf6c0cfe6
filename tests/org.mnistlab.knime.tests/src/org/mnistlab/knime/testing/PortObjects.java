package org.mnistlab.knime.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortUtil;

/**
 * Saves and loads port objects through the serializers registered in plugin.xml, with KNIME's
 * {@link PortUtil} (spec and object together).
 */
public final class PortObjects {

    private PortObjects() {
    }

    /**
     * @param po a port object of a registered type
     * @return its saved bytes
     * @throws IOException if saving fails
     */
    public static byte[] save(final PortObject po) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PortUtil.writeObjectToStream(po, out, new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param bytes bytes from {@link #save(PortObject)}
     * @return the loaded port object
     * @throws IOException if loading fails
     */
    public static PortObject load(final byte[] bytes) throws IOException {
        try {
            return PortUtil.readObjectFromStream(new ByteArrayInputStream(bytes), new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param <T> the port object class
     * @param po a port object of a registered type
     * @return a copy, saved and loaded again
     * @throws IOException if saving or loading fails
     */
    @SuppressWarnings("unchecked")
    public static <T extends PortObject> T roundTrip(final T po) throws IOException {
        return (T)load(save(po));
    }
}
