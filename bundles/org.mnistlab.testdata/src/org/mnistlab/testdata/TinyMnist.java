package org.mnistlab.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.IdxWriter;
import org.mnistlab.engine.io.Mnist;

/**
 * A small synthetic MNIST (5 training and 3 test images of 4 x 3 pixels) with the original file names, so that
 * reading, caching and downloading can be tested without the real files.
 */
public final class TinyMnist {

    /** Pixel rows per image. */
    public static final int HEIGHT = 4;

    /** Pixel columns per image. */
    public static final int WIDTH = 3;

    private final byte[][] m_train;

    private final byte[][] m_test;

    private final byte[] m_trainLabels;

    private final byte[] m_testLabels;

    /** @param seed decides every pixel and label: the same seed gives the same files */
    public TinyMnist(final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        m_train = images(rnd, 5);
        m_test = images(rnd, 3);
        m_trainLabels = labels(rnd, 5);
        m_testLabels = labels(rnd, 3);
    }

    private static byte[][] images(final SplittableRandom rnd, final int n) {
        final byte[][] px = new byte[n][HEIGHT * WIDTH];
        for (final byte[] row : px) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rnd.nextBoolean() ? 0 : (byte)rnd.nextInt(1, 256);
            }
        }
        return px;
    }

    private static byte[] labels(final SplittableRandom rnd, final int n) {
        final byte[] y = new byte[n];
        for (int i = 0; i < n; i++) {
            y[i] = (byte)rnd.nextInt(10);
        }
        return y;
    }

    /**
     * @param i a training image's index, 0..4
     * @return its pixels
     */
    public byte[] trainImage(final int i) {
        return m_train[i].clone();
    }

    /**
     * @param i a test image's index, 0..2
     * @return its pixels
     */
    public byte[] testImage(final int i) {
        return m_test[i].clone();
    }

    /**
     * @param i a training image's index, 0..4
     * @return its label, 0..9
     */
    public int trainLabel(final int i) {
        return m_trainLabels[i];
    }

    /**
     * @param i a test image's index, 0..2
     * @return its label, 0..9
     */
    public int testLabel(final int i) {
        return m_testLabels[i];
    }

    /**
     * @param name one of the four original file names
     * @return the content of that file, uncompressed
     */
    public byte[] bytes(final String name) {
        try {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (name) {
                case Mnist.TRAIN_IMAGES -> IdxWriter.writeImages(out, matrix(m_train), HEIGHT, WIDTH);
                case Mnist.TEST_IMAGES -> IdxWriter.writeImages(out, matrix(m_test), HEIGHT, WIDTH);
                case Mnist.TRAIN_LABELS -> IdxWriter.writeLabels(out, m_trainLabels);
                case Mnist.TEST_LABELS -> IdxWriter.writeLabels(out, m_testLabels);
                default -> throw new IllegalArgumentException(name);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteMatrix matrix(final byte[][] rows) {
        final ByteMatrix.Builder b = ByteMatrix.builder(rows[0].length, rows.length);
        for (final byte[] r : rows) {
            b.addRow(r, 0);
        }
        return b.build();
    }

    /**
     * Writes the four files.
     *
     * @param folder where to write them; created if needed
     * @param gzip whether each goes gzip-compressed under name.gz rather than raw under its name
     * @return the folder
     * @throws IOException if writing fails
     */
    public Path writeTo(final Path folder, final boolean gzip) throws IOException {
        Files.createDirectories(folder);
        for (final FileSpec f : Mnist.FILES) {
            final byte[] b = bytes(f.name());
            Files.write(folder.resolve(gzip ? f.name() + ".gz" : f.name()), gzip ? gzip(b) : b);
        }
        return folder;
    }

    /** @return what the files must be, like {@link Mnist#FILES} for the real ones; gzipMd5 of {@link #gzip} */
    public List<FileSpec> specs() {
        final List<FileSpec> specs = new ArrayList<>();
        for (final FileSpec f : Mnist.FILES) {
            final byte[] b = bytes(f.name());
            specs.add(new FileSpec(f.name(), b.length, hex("SHA-256", b), hex("MD5", b), hex("MD5", gzip(b))));
        }
        return specs;
    }

    /**
     * @param b bytes
     * @return them gzip-compressed
     */
    public static byte[] gzip(final byte[] b) {
        try {
            final ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(b);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param algorithm "SHA-256" or "MD5"
     * @param b bytes
     * @return their digest, lower-case hex
     */
    public static String hex(final String algorithm, final byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
