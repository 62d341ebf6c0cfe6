package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.testdata.TinyMnist;

class ChecksumsTest {

    private static final TinyMnist TINY = new TinyMnist(3);

    @TempDir
    Path m_dir;

    @Test
    void verify_rawAndGzippedOriginals_pass() throws IOException {
        assertDoesNotThrow(() -> Checksums.verify(TINY.writeTo(m_dir.resolve("raw"), false), TINY.specs(),
            Monitor.NONE));
        assertDoesNotThrow(() -> Checksums.verify(TINY.writeTo(m_dir.resolve("gz"), true), TINY.specs(),
            Monitor.NONE));
    }

    @Test
    void verify_changedByte_namesTheFileAndBothDigests() throws IOException {
        final Path dir = TINY.writeTo(m_dir, false);
        final FileSpec labels = TINY.specs().get(1);
        final byte[] b = Files.readAllBytes(dir.resolve(labels.name()));
        b[b.length - 1] ^= 1;
        Files.write(dir.resolve(labels.name()), b);
        final IOException e = assertThrows(IOException.class, () -> Checksums.verify(dir, TINY.specs(), Monitor.NONE));
        assertTrue(e.getMessage().contains("checksum mismatch: SHA-256 of " + labels.name() + " is "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", expected " + labels.sha256()), e.getMessage());
    }

    @Test
    void verify_otherSize_saysItIsNotTheOriginal() throws IOException {
        final Path dir = TINY.writeTo(m_dir, false);
        final FileSpec images = TINY.specs().get(0);
        Files.write(dir.resolve(images.name()), new byte[3]);
        final IOException e = assertThrows(IOException.class, () -> Checksums.verify(dir, TINY.specs(), Monitor.NONE));
        assertEquals(dir.resolve(images.name()) + ": " + images.name() + " has 3 bytes, expected " + images.size()
            + " (not the original MNIST file)", e.getMessage());
    }

    @Test
    void verify_missingFile_namesIt() throws IOException {
        final Path dir = TINY.writeTo(m_dir, false);
        final FileSpec last = TINY.specs().get(3);
        Files.delete(dir.resolve(last.name()));
        final List<FileSpec> specs = TINY.specs();
        final IOException e = assertThrows(IOException.class, () -> Checksums.verify(dir, specs, Monitor.NONE));
        assertEquals(dir.resolve(last.name()) + ": file not found (nor " + last.name() + ".gz)", e.getMessage());
    }

    @Test
    void verify_canceled_stops() throws IOException {
        final Path dir = TINY.writeTo(m_dir, false);
        final Monitor canceled = new Monitor() {
            @Override
            public void progress(final double fraction, final String message) {
            }

            @Override
            public void checkCanceled() {
                throw new CanceledException();
            }

            @Override
            public Monitor sub(final double weight) {
                return this;
            }
        };
        assertThrows(CanceledException.class, () -> Checksums.verify(dir, TINY.specs(), canceled));
    }
}
