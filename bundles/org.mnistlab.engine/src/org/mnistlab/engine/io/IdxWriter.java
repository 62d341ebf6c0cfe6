package org.mnistlab.engine.io;

import java.io.IOException;
import java.io.OutputStream;

import org.mnistlab.engine.data.ByteMatrix;

/** Writes IDX files of unsigned bytes, the inverse of {@link IdxReader}: e.g. a subset of MNIST for another tool. */
public final class IdxWriter {

    private IdxWriter() {
    }

    /**
     * Writes a header and the items' bytes.
     *
     * @param out receives the file's bytes; not closed
     * @param dims the sizes of all dimensions, the first being the item count
     * @param data the items, {@code dims[0] * dims[1] * ...} bytes
     * @throws IOException if writing fails
     */
    public static void write(final OutputStream out, final int[] dims, final byte[] data) throws IOException {
        if (dims.length < 1 || dims.length > 255) {
            throw new IllegalArgumentException("an IDX file has 1 to 255 dimensions, got " + dims.length);
        }
        long total = 1;
        for (final int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("dimension sizes must be >= 0, got " + d);
            }
            total *= d;
        }
        if (total != data.length) {
            throw new IllegalArgumentException("dimensions hold " + total + " bytes, data has " + data.length);
        }
        final byte[] header = new byte[4 + 4 * dims.length];
        header[2] = IdxReader.UNSIGNED_BYTE;
        header[3] = (byte)dims.length;
        for (int d = 0; d < dims.length; d++) {
            putInt(header, 4 + 4 * d, dims[d]);
        }
        out.write(header);
        out.write(data);
    }

    /**
     * Writes images as a 3-d file.
     *
     * @param out receives the file's bytes; not closed
     * @param images one image per row, {@code height * width} columns, values 0..255
     * @param height pixel rows per image
     * @param width pixel columns per image
     * @throws IOException if writing fails
     */
    public static void writeImages(final OutputStream out, final ByteMatrix images, final int height,
        final int width) throws IOException {
        if ((long)height * width != images.cols()) {
            throw new IllegalArgumentException(
                height + " x " + width + " pixels do not match " + images.cols() + " columns");
        }
        final byte[] header = new byte[16];
        header[2] = IdxReader.UNSIGNED_BYTE;
        header[3] = 3;
        putInt(header, 4, images.rows());
        putInt(header, 8, height);
        putInt(header, 12, width);
        out.write(header);
        final byte[] row = new byte[images.cols()];
        for (int i = 0; i < images.rows(); i++) {
            images.copyRow(i, row);
            out.write(row);
        }
    }

    /**
     * Writes labels as a 1-d file.
     *
     * @param out receives the file's bytes; not closed
     * @param labels one unsigned byte per item
     * @throws IOException if writing fails
     */
    public static void writeLabels(final OutputStream out, final byte[] labels) throws IOException {
        write(out, new int[] {labels.length}, labels);
    }

    private static void putInt(final byte[] b, final int at, final int v) {
        b[at] = (byte)(v >>> 24);
        b[at + 1] = (byte)(v >>> 16);
        b[at + 2] = (byte)(v >>> 8);
        b[at + 3] = (byte)v;
    }
}
