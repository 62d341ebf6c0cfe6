package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Stand-in for KNIME's {@code org.knime.core.node.port.PortObjectSpecZipInputStream}: the zip stream a serializer works on. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    /** @param in the underlying stream */
    PortObjectSpecZipInputStream(final InputStream in) {
        super(in);
    }
}
