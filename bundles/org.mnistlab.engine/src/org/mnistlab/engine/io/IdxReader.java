package org.mnistlab.engine.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.ByteMatrix;

/**
 * Streams one IDX file of unsigned bytes, the format of the four MNIST files: a big-endian magic word
 * {@code 0x00 0x00 type ndim}, {@code ndim} big-endian sizes, then the items, each the product of the sizes after the
 * first. The header is checked when the reader is created (magic, data type, dimension count, no zero sizes and,
 * when the file length is known, that it matches the sizes exactly); truncation and trailing bytes inside gzip data
 * are found while reading. Every problem is an {@link IOException} whose one-line message starts with the file name.
 */
public final class IdxReader implements Closeable {

    /** The IDX data type code of unsigned bytes, the only one MNIST uses. */
    public static final int UNSIGNED_BYTE = 0x08;

    /** Pixels per image that {@link ByteMatrix} can index. */
    private static final int MAX_ITEM_SIZE = 1 << 16;

    /** Bytes read per call when streaming items; large reads keep the stream layers out of the profile. */
    private static final int CHUNK_BYTES = 1 << 18;

    private final InputStream m_in;

    private final String m_name;

    private final String m_item;

    private final int[] m_dims;

    private final int m_itemSize;

    private IdxReader(final InputStream in, final String name, final String item, final int[] dims) {
        m_in = in;
        m_name = name;
        m_item = item;
        m_dims = dims;
        long size = 1;
        for (int d = 1; d < dims.length; d++) {
            size *= dims[d];
        }
        m_itemSize = (int)size;
    }

    /**
     * Opens a file, raw or gzip-compressed (recognized by its first two bytes, whatever its name), and checks its
     * header.
     *
     * @param file the file
     * @param ndim the number of dimensions the file must have (3 for images, 1 for labels)
     * @param item what one item is, singular, for messages ("image", "label")
     * @return a reader positioned at the first item; close it
     * @throws IOException if the file cannot be opened or its header is invalid; the message names the file
     */
    public static IdxReader open(final Path file, final int ndim, final String item) throws IOException {
        final Gzip.Opened opened = Gzip.open(file);
        try {
            return of(opened.in(), file.toString(), opened.compressed() ? -1 : opened.length(), ndim, item);
        } catch (IOException | RuntimeException e) {
            opened.in().close();
            throw e;
        }
    }

    /**
     * Reads and checks the header of uncompressed IDX bytes.
     *
     * @param in the IDX bytes (already decompressed); the reader closes it
     * @param name the file name for messages
     * @param length the number of bytes {@code in} holds, or -1 if unknown (e.g. behind gzip)
     * @param ndim the number of dimensions the file must have
     * @param item what one item is, singular, for messages
     * @return a reader positioned at the first item
     * @throws IOException if the header is invalid or disagrees with {@code length}
     */
    public static IdxReader of(final InputStream in, final String name, final long length, final int ndim,
        final String item) throws IOException {
        final byte[] head = new byte[4];
        final int got = readUpTo(in, head, 0, 4);
        if (got == 0) {
            throw new IOException(name + ": file is empty");
        }
        if (got < 4) {
            throw new IOException(name + ": too short for an IDX header (" + got + " bytes)");
        }
        final int magic = bigEndian(head, 0);
        if ((magic >>> 16) != 0) {
            throw new IOException(String.format("%s: not an IDX file (starts with 0x%08x, an IDX file with 0x0000)",
                name, magic));
        }
        final int type = (magic >>> 8) & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IOException(String.format(
                "%s: IDX data type 0x%02x (%s) is not supported, MNIST files hold unsigned bytes (0x08)", name, type,
                typeName(type)));
        }
        final int fileNdim = magic & 0xFF;
        if (fileNdim != ndim) {
            throw new IOException(name + ": has " + plural(fileNdim, "dimension") + ", a file of " + item + "s has "
                + ndim);
        }
        final byte[] sizes = new byte[4 * ndim];
        if (readUpTo(in, sizes, 0, sizes.length) < sizes.length) {
            throw new IOException(name + ": too short for an IDX header of " + plural(ndim, "dimension"));
        }
        final int[] dims = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            dims[d] = bigEndian(sizes, 4 * d);
            if (dims[d] < 0) {
                throw new IOException(name + ": dimension " + d + " has size " + Integer.toUnsignedString(dims[d])
                    + ", more than this reader supports");
            }
        }
        if (dims[0] == 0) {
            throw new IOException(name + ": contains zero " + item + "s");
        }
        long itemSize = 1;
        for (int d = 1; d < ndim; d++) {
            itemSize *= dims[d];
        }
        if (itemSize < 1 || itemSize > MAX_ITEM_SIZE) {
            throw new IOException(name + ": " + item + "s of " + shape(dims) + " bytes are not supported (1 to "
                + MAX_ITEM_SIZE + " bytes)");
        }
        if (length >= 0) {
            final long expected = 4L + 4L * ndim + dims[0] * itemSize;
            if (length < expected) {
                throw new IOException(name + ": truncated: the header announces " + dims[0] + " " + item + "s"
                    + (ndim > 1 ? " of " + shape(dims) : "") + " (" + expected + " bytes), the file has " + length
                    + " bytes");
            }
            if (length > expected) {
                throw new IOException(name + ": " + (length - expected) + " bytes of trailing garbage after the "
                    + dims[0] + " " + item + "s the header announces");
            }
        }
        return new IdxReader(in, name, item, dims);
    }

    /** @return the file name used in messages */
    public String name() {
        return m_name;
    }

    /** @return the sizes of all dimensions (a copy); the first is the item count */
    public int[] dims() {
        return m_dims.clone();
    }

    /** @return the number of items, the first dimension */
    public int count() {
        return m_dims[0];
    }

    /** @return bytes per item, the product of the dimensions after the first (1 for labels, 784 for MNIST) */
    public int itemSize() {
        return m_itemSize;
    }

    /** @return the item shape as text, e.g. "28 x 28" ("1" for labels) */
    public String itemShape() {
        return m_dims.length == 1 ? "1" : shape(m_dims);
    }

    /**
     * Reads all items into one array and checks that nothing follows them.
     *
     * @return {@code count() * itemSize()} bytes
     * @throws IOException if the data is truncated, followed by more bytes, or cannot be read
     */
    public byte[] readAll() throws IOException {
        final long total = (long)count() * m_itemSize;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IOException(m_name + ": " + total + " bytes are too many for one array");
        }
        final byte[] all = new byte[(int)total];
        int done = 0;
        while (done < all.length) {
            final int n = readUpTo(m_in, all, done, Math.min(CHUNK_BYTES, all.length - done));
            if (n == 0) {
                throw truncated(done / m_itemSize);
            }
            done += n;
        }
        expectEnd();
        return all;
    }

    /**
     * Streams all items as rows into a builder, a chunk of rows at a time, and checks that nothing follows them.
     *
     * @param rows receives {@link #count()} rows of {@link #itemSize()} columns
     * @param monitor progress per chunk; canceling stops the read
     * @throws IOException if the data is truncated, followed by more bytes, or cannot be read
     */
    public void readRows(final ByteMatrix.Builder rows, final Monitor monitor) throws IOException {
        final int count = count();
        final int perChunk = Math.max(1, CHUNK_BYTES / m_itemSize);
        final byte[] chunk = new byte[perChunk * m_itemSize];
        for (int first = 0; first < count; first += perChunk) {
            monitor.checkCanceled();
            final int items = Math.min(perChunk, count - first);
            final int bytes = items * m_itemSize;
            int done = 0;
            while (done < bytes) {
                final int n = readUpTo(m_in, chunk, done, bytes - done);
                if (n == 0) {
                    throw truncated(first + done / m_itemSize);
                }
                done += n;
            }
            for (int i = 0; i < items; i++) {
                rows.addRow(chunk, i * m_itemSize);
            }
            monitor.progress((double)(first + items) / count, null);
        }
        expectEnd();
    }

    @Override
    public void close() throws IOException {
        m_in.close();
    }

    /**
     * Reads a 3-d image file (count x rows x cols) from a stream.
     *
     * @param in the file's bytes, uncompressed; not closed
     * @param name the file's name for messages
     * @return one row per image, rows*cols columns
     * @throws IOException if reading fails or the file is not a valid image file
     */
    public static ByteMatrix readImages(final InputStream in, final String name) throws IOException {
        final IdxReader r = of(in, name, -1, 3, "image");
        final ByteMatrix.Builder b = ByteMatrix.builder(r.itemSize(), r.count());
        r.readRows(b, Monitor.NONE);
        return b.build();
    }

    /**
     * Reads a 1-d label file from a stream.
     *
     * @param in the file's bytes, uncompressed; not closed
     * @param name the file's name for messages
     * @return the labels as unsigned bytes
     * @throws IOException if reading fails or the file is not a valid label file
     */
    public static byte[] readLabels(final InputStream in, final String name) throws IOException {
        return of(in, name, -1, 1, "label").readAll();
    }

    private IOException truncated(final int complete) {
        return new IOException(m_name + ": truncated: the data ends after " + complete + " of " + count() + " " + m_item
            + "s");
    }

    private void expectEnd() throws IOException {
        if (m_in.read() >= 0) {
            throw new IOException(m_name + ": trailing garbage after the " + count() + " " + m_item
                + "s the header announces");
        }
    }

    /** Reads until {@code len} bytes arrived or the stream ended; returns how many arrived. */
    private static int readUpTo(final InputStream in, final byte[] dst, final int off, final int len)
        throws IOException {
        int done = 0;
        while (done < len) {
            final int n = in.read(dst, off + done, len - done);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private static int bigEndian(final byte[] b, final int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static String shape(final int[] dims) {
        final StringBuilder sb = new StringBuilder();
        for (int d = 1; d < dims.length; d++) {
            sb.append(d > 1 ? " x " : "").append(dims[d]);
        }
        return sb.toString();
    }

    private static String plural(final int n, final String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String typeName(final int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> "unknown";
        };
    }
}
