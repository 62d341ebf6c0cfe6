package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpec}: what is known about a port before execution. */
public interface PortObjectSpec {

    /** @return legacy Swing views (the modern UI does not use them) */
    JComponent[] getViews();

    /**
     * Writes and reads specs of one class; registered with the {@code org.knime.core.PortType} extension point.
     *
     * @param <T> the spec class
     */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {

        /**
         * @param portObjectSpec the spec
         * @param out where to write
         * @throws IOException if writing fails
         */
        public abstract void savePortObjectSpec(T portObjectSpec, PortObjectSpecZipOutputStream out)
            throws IOException;

        /**
         * @param in where to read
         * @return the spec
         * @throws IOException if reading fails
         */
        public abstract T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException;
    }
}
