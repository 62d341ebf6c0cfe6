package org.knime.core.node.port;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Wrappers that turn {@code close()} into closing the current zip entry, as KNIME's {@code NonClosableOutputStream.Zip}
 * and {@code NonClosableInputStream.Zip} do, so XML writers/readers that close their stream leave the zip open.
 */
final class NonClosing {

    private NonClosing() {
    }

    static OutputStream of(final ZipOutputStream zip) {
        return new FilterOutputStream(zip) {
            @Override
            public void write(final byte[] b, final int off, final int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
                zip.closeEntry();
            }
        };
    }

    static InputStream of(final ZipInputStream zip) {
        return new FilterInputStream(zip) {
            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }
}
