package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpecZipOutputStream}: the zip stream a serializer works on. */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    /** @param out the underlying stream */
    PortObjectSpecZipOutputStream(final OutputStream out) {
        super(out);
    }
}
