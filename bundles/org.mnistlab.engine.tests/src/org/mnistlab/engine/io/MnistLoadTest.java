package org.mnistlab.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.testdata.TinyMnist;

/** Reading a folder of the four files: order, formats, and every kind of bad input. */
class MnistLoadTest {

    @TempDir
    Path m_dir;

    private final TinyMnist m_tiny = new TinyMnist(7);

    private String loadFails(final Path folder) {
        final IOException e = assertThrows(IOException.class, () -> Mnist.load(folder));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private void assertTinyDataset(final Dataset d) {
        assertEquals(8, d.size());
        assertEquals(List.of("pixel_0", "pixel_1", "pixel_2", "pixel_3", "pixel_4", "pixel_5", "pixel_6", "pixel_7",
            "pixel_8", "pixel_9", "pixel_10", "pixel_11"), d.featureNames());
        final byte[] row = new byte[12];
        for (int i = 0; i < 8; i++) {
            final byte[] expected = i < 5 ? m_tiny.trainImage(i) : m_tiny.testImage(i - 5);
            final int label = i < 5 ? m_tiny.trainLabel(i) : m_tiny.testLabel(i - 5);
            ((ByteMatrix)d.x()).copyRow(i, row);
            assertArrayEquals(expected, row, "row " + i);
            assertEquals(Integer.toString(label), d.label(i), "label " + i);
        }
    }

    @Test
    void rawFolder_givesTrainThenTestRows() throws IOException {
        assertTinyDataset(Mnist.load(m_tiny.writeTo(m_dir, false)));
    }

    @Test
    void gzipFolder_givesTheSameDataset() throws IOException {
        assertTinyDataset(Mnist.load(m_tiny.writeTo(m_dir, true)));
    }

    @Test
    void mixedFolder_prefersRawAndAcceptsGz() throws IOException {
        m_tiny.writeTo(m_dir, true);
        Files.write(m_dir.resolve(Mnist.TRAIN_IMAGES), m_tiny.bytes(Mnist.TRAIN_IMAGES));
        assertTinyDataset(Mnist.load(m_dir));
    }

    @Test
    void load_reportsProgressUpToOne() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final double[] last = {0};
        Mnist.load(m_dir, new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                last[0] = fraction;
            }

            @Override
            protected boolean isCanceled() {
                return false;
            }
        });
        assertEquals(1.0, last[0], 1e-12);
    }

    @Test
    void canceledLoad_throwsCanceled() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final Monitor canceled = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // not needed
            }

            @Override
            protected boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CanceledException.class, () -> Mnist.load(m_dir, canceled));
    }

    @Test
    void mismatchedImageAndLabelCounts_throws() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final byte[] labels = m_tiny.bytes(Mnist.TEST_LABELS);
        // drop the last label and fix the header's count
        final byte[] fewer = Arrays.copyOf(labels, labels.length - 1);
        fewer[7] = 2;
        Files.write(m_dir.resolve(Mnist.TEST_LABELS), fewer);
        assertEquals(m_dir.resolve(Mnist.TEST_IMAGES) + ": has 3 images but t10k-labels-idx1-ubyte has 2 labels",
            loadFails(m_dir));
    }

    @Test
    void labelOutsideZeroToNine_throws() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final byte[] labels = m_tiny.bytes(Mnist.TRAIN_LABELS);
        labels[8 + 3] = 10;
        Files.write(m_dir.resolve(Mnist.TRAIN_LABELS), labels);
        assertEquals(m_dir.resolve(Mnist.TRAIN_LABELS) + ": label 10 of item 3 is outside 0-9", loadFails(m_dir));
    }

    @Test
    void labelAbove127_isReportedUnsigned() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final byte[] labels = m_tiny.bytes(Mnist.TEST_LABELS);
        labels[8] = (byte)200;
        Files.write(m_dir.resolve(Mnist.TEST_LABELS), labels);
        assertEquals(m_dir.resolve(Mnist.TEST_LABELS) + ": label 200 of item 0 is outside 0-9", loadFails(m_dir));
    }

    @Test
    void differentImageSizes_throws() throws IOException {
        m_tiny.writeTo(m_dir, false);
        final byte[] test = m_tiny.bytes(Mnist.TEST_IMAGES);
        // 3 images of 4 x 3 read as 3 images of 2 x 6: same length, other shape
        test[11] = 2;
        test[15] = 6;
        Files.write(m_dir.resolve(Mnist.TEST_IMAGES), test);
        assertEquals(
            m_dir.resolve(Mnist.TEST_IMAGES) + ": has images of 2 x 6 pixels, train-images-idx3-ubyte of 4 x 3",
            loadFails(m_dir));
    }

    @Test
    void wrongMagicInFolder_throwsNamingTheFile() throws IOException {
        m_tiny.writeTo(m_dir, false);
        Files.write(m_dir.resolve(Mnist.TRAIN_IMAGES), m_tiny.bytes(Mnist.TRAIN_LABELS));
        assertEquals(m_dir.resolve(Mnist.TRAIN_IMAGES) + ": has 1 dimension, a file of images has 3",
            loadFails(m_dir));
    }

    @Test
    void corruptGzipInFolder_throwsNamingTheFile() throws IOException {
        m_tiny.writeTo(m_dir, true);
        final Path f = m_dir.resolve(Mnist.TEST_IMAGES + ".gz");
        final byte[] gz = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(gz, gz.length - 12));
        assertEquals(f + ": gzip data is corrupt (the compressed data ends early)", loadFails(m_dir));
    }

    @Test
    void missingFile_throwsNamingIt() throws IOException {
        m_tiny.writeTo(m_dir, false);
        Files.delete(m_dir.resolve(Mnist.TEST_LABELS));
        assertEquals(m_dir.resolve(Mnist.TEST_LABELS) + ": file not found (nor t10k-labels-idx1-ubyte.gz)",
            loadFails(m_dir));
        assertFalse(Mnist.isComplete(m_dir));
    }

    @Test
    void missingFolder_throws() {
        final Path nowhere = m_dir.resolve("nowhere");
        assertEquals(nowhere + ": folder does not exist", loadFails(nowhere));
    }

    @Test
    void fileInsteadOfFolder_throws() throws IOException {
        final Path file = Files.write(m_dir.resolve("a-file"), new byte[] {1});
        assertEquals(file + ": is not a folder", loadFails(file));
    }

    @Test
    void unreadableFolder_throws() throws IOException {
        m_tiny.writeTo(m_dir, false);
        Files.setPosixFilePermissions(m_dir, PosixFilePermissions.fromString("-wx------"));
        try {
            // root reads every folder regardless of permissions
            assumeTrue(!Files.isReadable(m_dir), "permissions are not enforced for this user");
            assertEquals(m_dir + ": folder cannot be read (permission denied)", loadFails(m_dir));
        } finally {
            Files.setPosixFilePermissions(m_dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void isComplete_acceptsRawAndGz() throws IOException {
        assertFalse(Mnist.isComplete(m_dir));
        assertTrue(Mnist.isComplete(m_tiny.writeTo(m_dir.resolve("gz"), true)));
        assertTrue(Mnist.isComplete(m_tiny.writeTo(m_dir.resolve("raw"), false)));
    }
}
