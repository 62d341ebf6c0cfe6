package org.mnistlab.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.testdata.TinyMnist;

class IdxReaderTest {

    @TempDir
    Path m_dir;

    private static byte[] idx(final int magic, final int... dimsThenData) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, magic);
        for (final int v : dimsThenData) {
            writeInt(out, v);
        }
        return out.toByteArray();
    }

    private static void writeInt(final ByteArrayOutputStream out, final int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static byte[] images(final int count, final int h, final int w) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] data = new byte[count * h * w];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte)(i * 37);
        }
        IdxWriter.write(out, new int[] {count, h, w}, data);
        return out.toByteArray();
    }

    private String openFails(final String name, final byte[] content, final int ndim) throws IOException {
        final Path f = m_dir.resolve(name);
        Files.write(f, content);
        return assertThrows(IOException.class, () -> {
            try (IdxReader r = IdxReader.open(f, ndim, ndim == 1 ? "label" : "image")) {
                if (ndim == 1) {
                    r.readAll();
                } else {
                    r.readRows(ByteMatrix.builder(r.itemSize(), r.count()), Monitor.NONE);
                }
            }
        }).getMessage();
    }

    @Test
    void writeThenRead_roundTripsEveryByte() throws IOException {
        final byte[] file = images(7, 5, 3);
        final IdxReader r = IdxReader.of(new ByteArrayInputStream(file), "x", file.length, 3, "image");
        assertArrayEquals(new int[] {7, 5, 3}, r.dims());
        assertEquals(15, r.itemSize());
        assertEquals("5 x 3", r.itemShape());
        final ByteMatrix.Builder b = ByteMatrix.builder(15, 7);
        r.readRows(b, Monitor.NONE);
        final ByteMatrix m = b.build();
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        IdxWriter.writeImages(again, m, 5, 3);
        assertArrayEquals(file, again.toByteArray());
    }

    @Test
    void gzipFile_isRecognizedByContentNotName() throws IOException {
        final byte[] raw = images(4, 2, 2);
        final Path f = m_dir.resolve("images-without-gz-suffix");
        Files.write(f, TinyMnist.gzip(raw));
        try (IdxReader r = IdxReader.open(f, 3, "image")) {
            assertEquals(4, r.count());
            final ByteMatrix.Builder b = ByteMatrix.builder(4, 4);
            r.readRows(b, Monitor.NONE);
            final ByteArrayOutputStream again = new ByteArrayOutputStream();
            IdxWriter.writeImages(again, b.build(), 2, 2);
            assertArrayEquals(raw, again.toByteArray());
        }
    }

    @Test
    void readRows_streamsManyChunks() throws IOException {
        // 3000 items of 100 bytes span several read chunks
        final byte[] file = images(3000, 10, 10);
        final IdxReader r = IdxReader.of(new ByteArrayInputStream(file), "x", -1, 3, "image");
        final ByteMatrix.Builder b = ByteMatrix.builder(100, 1);
        r.readRows(b, Monitor.NONE);
        final ByteMatrix m = b.build();
        final byte[] row = new byte[100];
        m.copyRow(2999, row);
        assertArrayEquals(Arrays.copyOfRange(file, 16 + 2999 * 100, 16 + 3000 * 100), row);
    }

    @Test
    void emptyFile_throws() throws IOException {
        final String msg = openFails("empty", new byte[0], 1);
        assertEquals(m_dir.resolve("empty") + ": file is empty", msg);
    }

    @Test
    void notIdx_throwsNamingFileAndMagic() throws IOException {
        final byte[] png = {(byte)0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        final String msg = openFails("pic", png, 3);
        assertEquals(m_dir.resolve("pic") + ": not an IDX file (starts with 0x89504e47, an IDX file with 0x0000)",
            msg);
    }

    @Test
    void labelsMagicWhereImagesExpected_throwsWrongDimensionCount() throws IOException {
        final String msg = openFails("swapped", idx(0x00000801, 2, 0), 3);
        assertEquals(m_dir.resolve("swapped") + ": has 1 dimension, a file of images has 3", msg);
    }

    @Test
    void floatTypeCode_throwsUnsupportedType() throws IOException {
        final String msg = openFails("floats", idx(0x00000D01, 1, 0), 1);
        assertEquals(m_dir.resolve("floats")
            + ": IDX data type 0x0d (float) is not supported, MNIST files hold unsigned bytes (0x08)", msg);
    }

    @Test
    void truncatedHeader_throws() throws IOException {
        final byte[] head = Arrays.copyOf(idx(0x00000803, 2, 28, 28), 10);
        final String msg = openFails("short", head, 3);
        assertEquals(m_dir.resolve("short") + ": too short for an IDX header of 3 dimensions", msg);
    }

    @Test
    void truncatedRawFile_throwsComparingHeaderAndLength() throws IOException {
        final byte[] full = images(5, 4, 3);
        final String msg = openFails("cut", Arrays.copyOf(full, full.length - 7), 3);
        assertEquals(m_dir.resolve("cut")
            + ": truncated: the header announces 5 images of 4 x 3 (76 bytes), the file has 69 bytes", msg);
    }

    @Test
    void truncatedGzipContent_throwsNamingTheItem() throws IOException {
        final byte[] full = images(5, 4, 3);
        final String msg = openFails("cut.gz", TinyMnist.gzip(Arrays.copyOf(full, full.length - 13)), 3);
        assertEquals(m_dir.resolve("cut.gz") + ": truncated: the data ends after 3 of 5 images", msg);
    }

    @Test
    void trailingGarbageRaw_throwsCountingTheBytes() throws IOException {
        final byte[] full = images(5, 4, 3);
        final String msg = openFails("long", Arrays.copyOf(full, full.length + 3), 3);
        assertEquals(m_dir.resolve("long") + ": 3 bytes of trailing garbage after the 5 images the header announces",
            msg);
    }

    @Test
    void trailingGarbageInsideGzip_throws() throws IOException {
        final byte[] labels = idx(0x00000801, 2);
        final byte[] withExtra = Arrays.copyOf(labels, labels.length + 2 + 1);
        final String msg = openFails("labels.gz", TinyMnist.gzip(withExtra), 1);
        assertEquals(m_dir.resolve("labels.gz") + ": trailing garbage after the 2 labels the header announces", msg);
    }

    @Test
    void zeroImages_throws() throws IOException {
        final String msg = openFails("none", idx(0x00000803, 0, 28, 28), 3);
        assertEquals(m_dir.resolve("none") + ": contains zero images", msg);
    }

    @Test
    void zeroSizedImages_throws() throws IOException {
        final String msg = openFails("flat", idx(0x00000803, 3, 0, 28), 3);
        assertEquals(m_dir.resolve("flat") + ": images of 0 x 28 bytes are not supported (1 to 65536 bytes)", msg);
    }

    @Test
    void corruptDeflateData_throwsGzipCorrupt() throws IOException {
        final byte[] gz = TinyMnist.gzip(images(50, 10, 10));
        // the first deflate block header (after the 10-byte gzip header) becomes the reserved block type 3
        gz[10] = 0x07;
        final String msg = openFails("bad.gz", gz, 3);
        assertEquals(m_dir.resolve("bad.gz") + ": gzip data is corrupt (invalid block type)", msg);
    }

    @Test
    void truncatedGzipStream_throwsGzipCorrupt() throws IOException {
        final byte[] gz = TinyMnist.gzip(images(50, 10, 10));
        final String msg = openFails("half.gz", Arrays.copyOf(gz, gz.length / 2), 3);
        assertEquals(m_dir.resolve("half.gz") + ": gzip data is corrupt (the compressed data ends early)", msg);
    }

    @Test
    void gzipCrcMismatch_throwsGzipCorrupt() throws IOException {
        final byte[] gz = TinyMnist.gzip(images(5, 4, 3));
        gz[gz.length - 8] ^= 0x01;
        final String msg = openFails("crc.gz", gz, 3);
        assertEquals(m_dir.resolve("crc.gz") + ": gzip data is corrupt (Corrupt GZIP trailer)", msg);
    }

    @Test
    void missingFile_throwsFileNotFound() {
        final Path f = m_dir.resolve("nothing-here");
        final IOException e = assertThrows(IOException.class, () -> IdxReader.open(f, 1, "label"));
        assertEquals(f + ": file not found", e.getMessage());
    }
}
