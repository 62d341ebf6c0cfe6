package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObject}: the data travelling on a connection. */
public interface PortObject {

    /** @return a short description (tooltip) */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();

    /** @return legacy Swing views (the modern UI does not use them) */
    JComponent[] getViews();

    /**
     * Writes and reads port objects of one class; registered with the {@code org.knime.core.PortType} extension point.
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> {

        /**
         * @param portObject the object
         * @param out where to write
         * @param exec progress and cancel
         * @throws IOException if writing fails
         * @throws CanceledExecutionException if canceled
         */
        public abstract void savePortObject(T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

        /**
         * @param in where to read
         * @param spec the object's spec, read before
         * @param exec progress and cancel
         * @return the object
         * @throws IOException if reading fails
         * @throws CanceledExecutionException if canceled
         */
        public abstract T loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;
    }
}
