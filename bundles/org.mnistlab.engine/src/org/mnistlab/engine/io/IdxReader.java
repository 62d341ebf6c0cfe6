package org.mnistlab.engine.io;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.mnistlab.engine.data.ByteMatrix;

/**
 * Reads IDX files of unsigned bytes (the MNIST format: big-endian magic {@code 0x0000 0x08 ndim}, ndim sizes, then
 * the data) into compact storage, streaming.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /**
     * Reads a 3-d image file (count x rows x cols).
     *
     * @param in the file's bytes, uncompressed
     * @param name the file's name for messages
     * @return one row per image, rows*cols columns
     * @throws IOException if reading fails or the file is not a valid image file
     */
    public static ByteMatrix readImages(final InputStream in, final String name) throws IOException {
        final DataInputStream din = new DataInputStream(in);
        final int[] dims = header(din, name, 3);
        final int count = dims[0];
        final long pixelsPerImage = (long)dims[1] * dims[2];
        if (pixelsPerImage < 1 || pixelsPerImage > 1 << 16) {
            throw new IOException(name + ": images of " + dims[1] + " x " + dims[2] + " pixels are not supported");
        }
        final int cols = (int)pixelsPerImage;
        final ByteMatrix.Builder b = ByteMatrix.builder(cols, count);
        final byte[] row = new byte[cols];
        for (int i = 0; i < count; i++) {
            readFully(din, row, name, i, "image");
            b.addRow(row, 0);
        }
        expectEnd(din, name);
        return b.build();
    }

    /**
     * Reads a 1-d label file.
     *
     * @param in the file's bytes, uncompressed
     * @param name the file's name for messages
     * @return the labels as unsigned bytes
     * @throws IOException if reading fails or the file is not a valid label file
     */
    public static byte[] readLabels(final InputStream in, final String name) throws IOException {
        final DataInputStream din = new DataInputStream(in);
        final int[] dims = header(din, name, 1);
        final byte[] labels = new byte[dims[0]];
        readFully(din, labels, name, 0, "label");
        expectEnd(din, name);
        return labels;
    }

    private static int[] header(final DataInputStream in, final String name, final int ndim) throws IOException {
        final int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            throw new IOException(name + ": file is empty or shorter than an IDX header", e);
        }
        final int expected = UNSIGNED_BYTE << 8 | ndim;
        if (magic != expected) {
            throw new IOException(String.format("%s: wrong magic number 0x%08x, expected 0x%08x (unsigned bytes, %d dimension%s)",
                name, magic, expected, ndim, ndim == 1 ? "" : "s"));
        }
        final int[] dims = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            try {
                dims[d] = in.readInt();
            } catch (EOFException e) {
                throw new IOException(name + ": truncated header", e);
            }
            if (dims[d] < 0) {
                throw new IOException(name + ": dimension " + d + " has negative size " + Integer.toUnsignedString(dims[d]));
            }
        }
        if (dims[0] == 0) {
            throw new IOException(name + ": contains zero items");
        }
        return dims;
    }

    private static void readFully(final DataInputStream in, final byte[] dst, final String name, final int index,
        final String what) throws IOException {
        try {
            in.readFully(dst);
        } catch (EOFException e) {
            throw new IOException(name + ": truncated, ends inside " + what + " " + index, e);
        }
    }

    private static void expectEnd(final InputStream in, final String name) throws IOException {
        if (in.read() >= 0) {
            throw new IOException(name + ": unexpected data after the last item");
        }
    }
}
