package org.mnistlab.engine.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;

/**
 * The 70,000 MNIST digits in OpenML {@code mnist_784} order: the 60,000 training images, then the 10,000 test
 * images; labels "0".."9"; features {@code pixel_0..pixel_783}.
 */
public final class Mnist {

    /** Number of training images, the lab's {@code X[:60000]}. */
    public static final int TRAIN_SIZE = 60_000;

    /** Number of test images. */
    public static final int TEST_SIZE = 10_000;

    /** The original file names, uncompressed. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

    /** @see #TRAIN_IMAGES */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";

    /** @see #TRAIN_IMAGES */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";

    /** @see #TRAIN_IMAGES */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private Mnist() {
    }

    /**
     * Reads the four IDX files from a folder.
     *
     * @param folder the folder holding them
     * @return train then test samples
     * @throws IOException if a file is missing or invalid; the message names it
     */
    public static Dataset load(final Path folder) throws IOException {
        final ByteMatrix trainX = images(folder.resolve(TRAIN_IMAGES));
        final byte[] trainY = labels(folder.resolve(TRAIN_LABELS));
        final ByteMatrix testX = images(folder.resolve(TEST_IMAGES));
        final byte[] testY = labels(folder.resolve(TEST_LABELS));
        check(trainX, trainY, TRAIN_IMAGES, TRAIN_LABELS);
        check(testX, testY, TEST_IMAGES, TEST_LABELS);
        final ByteMatrix.Builder all = ByteMatrix.builder(trainX.cols(), trainX.rows() + testX.rows());
        final byte[] row = new byte[trainX.cols()];
        final String[] labels = new String[trainX.rows() + testX.rows()];
        int n = 0;
        for (final ByteMatrix m : List.of(trainX, testX)) {
            for (int i = 0; i < m.rows(); i++) {
                m.copyRow(i, row);
                all.addRow(row, 0);
            }
        }
        for (final byte[] y : List.of(trainY, testY)) {
            for (final byte b : y) {
                labels[n++] = Integer.toString(b);
            }
        }
        return new Dataset(all.build(), labels, pixelNames(trainX.cols()));
    }

    /**
     * @param count number of pixels
     * @return {@code pixel_0 .. pixel_<count-1>}
     */
    public static List<String> pixelNames(final int count) {
        final List<String> names = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            names.add("pixel_" + j);
        }
        return names;
    }

    private static void check(final ByteMatrix x, final byte[] y, final String imagesName, final String labelsName)
        throws IOException {
        if (x.rows() != y.length) {
            throw new IOException(imagesName + " has " + x.rows() + " images but " + labelsName + " has " + y.length + " labels");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] > 9) {
                throw new IOException(labelsName + ": label " + (y[i] & 0xFF) + " of item " + i + " is outside 0-9");
            }
        }
    }

    private static ByteMatrix images(final Path file) throws IOException {
        try (InputStream in = open(file)) {
            return IdxReader.readImages(in, file.getFileName().toString());
        }
    }

    private static byte[] labels(final Path file) throws IOException {
        try (InputStream in = open(file)) {
            return IdxReader.readLabels(in, file.getFileName().toString());
        }
    }

    private static InputStream open(final Path file) throws IOException {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": file not found", e);
        }
    }
}
