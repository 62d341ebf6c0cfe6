package org.mnistlab.cli.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TarReaderTest {

    private static final String LONG = "package/" + "deep/".repeat(25) + "file.bin";

    private static byte[] bytes(final int n, final int seed) {
        final byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte)(i * seed + 1);
        }
        return b;
    }

    @Test
    void entries_comeBackWithPathsAndContent() throws IOException {
        for (final TestTar.LongNames mode : TestTar.LongNames.values()) {
            final byte[] a = bytes(1000, 3);
            final byte[] b = bytes(512, 5);
            final byte[] tar = new TestTar(mode).folder("package").file("package/a", a).file(LONG, b)
                .file("package/empty", new byte[0]).bytes();
            final TarReader r = new TarReader(new ByteArrayInputStream(tar), "t.tar");
            final TarReader.Entry dir = r.next();
            assertEquals("package/", dir.path());
            assertFalse(dir.regular());
            final TarReader.Entry ea = r.next();
            assertEquals(new TarReader.Entry("package/a", 1000, true), ea);
            assertArrayEquals(a, r.content().readAllBytes());
            final TarReader.Entry eb = r.next();
            assertEquals(LONG, eb.path(), mode.toString());
            assertArrayEquals(b, r.content().readAllBytes());
            assertEquals(new TarReader.Entry("package/empty", 0, true), r.next());
            assertNull(r.next());
        }
    }

    @Test
    void unreadContent_isSkipped() throws IOException {
        final byte[] tar = new TestTar(TestTar.LongNames.PAX).file("x", bytes(700, 1)).file("y", bytes(3, 2)).bytes();
        final TarReader r = new TarReader(new ByteArrayInputStream(tar), "t.tar");
        r.next();
        assertEquals("y", r.next().path());
        assertArrayEquals(bytes(3, 2), r.content().readAllBytes());
    }

    @Test
    void truncatedArchive_throws() {
        final byte[] tar = new TestTar(TestTar.LongNames.PAX).file("x", bytes(700, 1)).bytes();
        final TarReader r = new TarReader(new ByteArrayInputStream(Arrays.copyOf(tar, 600)), "t.tar");
        final IOException e = assertThrows(IOException.class, () -> {
            r.next();
            r.content().readAllBytes();
        });
        assertEquals("t.tar: truncated tar archive (an entry ends early)", e.getMessage());
    }

    @Test
    void damagedHeader_throws() {
        final byte[] tar = new TestTar(TestTar.LongNames.PAX).file("x", bytes(10, 1)).bytes();
        tar[3] = 'Q';
        final IOException e = assertThrows(IOException.class,
            () -> new TarReader(new ByteArrayInputStream(tar), "t.tar").next());
        assertEquals("t.tar: damaged tar header (checksum mismatch)", e.getMessage());
    }
}
