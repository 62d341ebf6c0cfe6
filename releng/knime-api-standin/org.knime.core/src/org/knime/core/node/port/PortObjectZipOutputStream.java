package org.knime.core.node.port;

import java.io.OutputStream;
import java.util.zip.ZipOutputStream;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectZipOutputStream}: the zip stream a serializer works on. */
public class PortObjectZipOutputStream extends ZipOutputStream {

    /** @param out the underlying stream */
    PortObjectZipOutputStream(final OutputStream out) {
        super(out);
    }
}
