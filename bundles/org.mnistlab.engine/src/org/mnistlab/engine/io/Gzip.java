package org.mnistlab.engine.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens files that may be gzip-compressed, recognized by the gzip magic bytes rather than the name (mirrors and
 * users rename files), and turns the JDK's terse inflater errors into messages naming the file.
 */
public final class Gzip {

    private static final int BUFFER = 1 << 16;

    private Gzip() {
    }

    /**
     * An opened file.
     *
     * @param in its content, decompressed if it was gzip; the caller closes it
     * @param compressed whether it was gzip
     * @param length the file's size on disk
     */
    public record Opened(InputStream in, boolean compressed, long length) {
    }

    /**
     * @param file a file
     * @return its (decompressed) content
     * @throws IOException if it cannot be opened or its gzip header is broken; the message names the file
     */
    public static Opened open(final Path file) throws IOException {
        final long length;
        final InputStream raw;
        try {
            length = Files.size(file);
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": cannot be read (permission denied)", e);
        }
        final BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        try {
            if (!isGzip(in)) {
                return new Opened(in, false, length);
            }
            return new Opened(decompress(in, file.toString()), true, length);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Wraps gzip data so that its errors name the file.
     *
     * @param in gzip bytes
     * @param name the file name for messages
     * @return the decompressed bytes
     * @throws IOException if the gzip header is broken
     */
    static InputStream decompress(final InputStream in, final String name) throws IOException {
        try {
            return new Guard(new GZIPInputStream(in, BUFFER), name);
        } catch (ZipException | EOFException e) {
            throw corrupt(name, e);
        }
    }

    /** Peeks at the first two bytes of a stream that supports mark/reset. */
    static boolean isGzip(final InputStream in) throws IOException {
        in.mark(2);
        final int b0 = in.read();
        final int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static IOException corrupt(final String name, final IOException e) {
        final String why = e instanceof EOFException ? "the compressed data ends early" : e.getMessage();
        return new IOException(name + ": gzip data is corrupt (" + why + ")", e);
    }

    /**
     * Translates inflater failures. A truncated gzip stream surfaces as an {@link EOFException}, which must not be
     * mistaken for a clean end of the IDX data by readers above.
     */
    private static final class Guard extends FilterInputStream {

        private final String m_name;

        Guard(final InputStream in, final String name) {
            super(in);
            m_name = name;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt(m_name, e);
            }
        }

        @Override
        public int read(final byte[] b, final int off, final int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(m_name, e);
            }
        }

        @Override
        public long skip(final long n) throws IOException {
            try {
                return super.skip(n);
            } catch (ZipException | EOFException e) {
                throw corrupt(m_name, e);
            }
        }
    }
}
