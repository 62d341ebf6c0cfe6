package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectZipInputStream}: the zip stream a serializer works on. */
public class PortObjectZipInputStream extends ZipInputStream {

    /** @param in the underlying stream */
    PortObjectZipInputStream(final InputStream in) {
        super(in);
    }
}
