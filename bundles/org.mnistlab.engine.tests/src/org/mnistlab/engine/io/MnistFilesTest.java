package org.mnistlab.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonObject;

/**
 * The real files as the lab sees them, against facts numpy recorded (reference/mnist_reference.py), and against
 * the checksums of {@link Mnist#FILES}. Runs when MNIST is present; fails in CI without it.
 */
@FullMnist
class MnistFilesTest {

    private static final JsonObject REF = Fixtures.load("mnist.json");

    @Test
    void fullSet_hasMnist784ShapeNamesAndLabelCounts() {
        final Dataset d = MnistTestData.all();
        assertArrayEquals(Fixtures.ints(REF.get("shape")), new int[] {d.size(), d.x().cols()});
        assertEquals("pixel_0", d.featureNames().get(0));
        assertEquals("pixel_783", d.featureNames().get(783));
        final Target y = Target.of(d.labels(), Target.LEXICOGRAPHIC);
        assertArrayEquals(Fixtures.strings(REF.get("classes")), y.classes());
        assertArrayEquals(Fixtures.ints(REF.get("label_counts")), y.classCounts());
        assertArrayEquals(Fixtures.ints(REF.get("train_label_counts")),
            y.select(range(0, Mnist.TRAIN_SIZE)).classCounts());
        assertArrayEquals(Fixtures.strings(REF.get("labels_first100")), Arrays.copyOfRange(d.labels(), 0, 100));
        assertArrayEquals(Fixtures.strings(REF.get("labels_test_first100")),
            Arrays.copyOfRange(d.labels(), Mnist.TRAIN_SIZE, Mnist.TRAIN_SIZE + 100));
    }

    @Test
    void firstImages_haveNumpysPixels() {
        final FeatureMatrix x = MnistTestData.all().x();
        final double[] row = new double[784];
        x.copyRow(0, row);
        assertArrayEquals(Fixtures.doubles(REF.get("first_image")), row);
        x.copyRow(Mnist.TRAIN_SIZE, row);
        assertArrayEquals(Fixtures.doubles(REF.get("first_test_image")), row);
    }

    @Test
    void everyPixel_matchesNumpysTotals() {
        final ByteMatrix x = (ByteMatrix)MnistTestData.all().x();
        assertEquals(REF.get("non_zero_count").getAsLong(), x.nonZeroCount());
        final int[] idx = new int[784];
        final double[] val = new double[784];
        long sum = 0;
        for (int i = 0; i < x.rows(); i++) {
            final int n = x.nonZeros(i, idx, val);
            for (int k = 0; k < n; k++) {
                sum += (long)val[k];
            }
        }
        assertEquals(REF.get("pixel_sum").getAsLong(), sum);
        final long[] expected = Fixtures.longs(REF.get("row_fingerprints_every_997"));
        for (int r = 0; r < expected.length; r++) {
            final int i = r * 997;
            final int n = x.nonZeros(i, idx, val);
            long fp = 0;
            for (int k = 0; k < n; k++) {
                fp += (long)val[k] * (idx[k] + 1);
            }
            assertEquals(expected[r], fp, "row " + i);
        }
    }

    @Test
    void realFiles_haveTheChecksumsOfMnistFiles() throws IOException, NoSuchAlgorithmException {
        final Path folder = MnistTestData.folder();
        for (final FileSpec f : Mnist.FILES) {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            final MessageDigest md5 = MessageDigest.getInstance("MD5");
            final Path raw = folder.resolve(f.name());
            try (InputStream in = Gzip.open(Files.exists(raw) ? raw : folder.resolve(f.name() + ".gz")).in()) {
                final byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    sha.update(buf, 0, n);
                    md5.update(buf, 0, n);
                }
            }
            assertEquals(f.sha256(), HexFormat.of().formatHex(sha.digest()), f.name());
            assertEquals(f.md5(), HexFormat.of().formatHex(md5.digest()), f.name());
        }
    }

    private static int[] range(final int from, final int to) {
        final int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }
}
