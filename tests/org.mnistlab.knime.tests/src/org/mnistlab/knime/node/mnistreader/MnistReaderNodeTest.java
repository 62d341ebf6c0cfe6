package org.mnistlab.knime.node.mnistreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeSettings;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.io.IdxWriter;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.FetchOptions;
import org.mnistlab.fetch.MnistCache;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters.Source;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters.Subset;

class MnistReaderNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new MnistReaderNodeFactory(), MnistReaderParameters.class);

    @TempDir
    Path m_dir;

    /** Three training and two test images; image i has pixel i*10 set to 100 + i and label (7 + i) % 10. */
    private Path writeMnist() throws IOException {
        final ByteMatrix.Builder train = ByteMatrix.builder(784, 3);
        final ByteMatrix.Builder test = ByteMatrix.builder(784, 2);
        for (int i = 0; i < 5; i++) {
            final byte[] row = new byte[784];
            row[i * 10] = (byte)(100 + i);
            row[783] = (byte)255;
            (i < 3 ? train : test).addRow(row, 0);
        }
        write(Mnist.TRAIN_IMAGES, out -> IdxWriter.writeImages(out, train.build(), 28, 28));
        write(Mnist.TEST_IMAGES, out -> IdxWriter.writeImages(out, test.build(), 28, 28));
        write(Mnist.TRAIN_LABELS, out -> IdxWriter.writeLabels(out, new byte[]{7, 8, 9}));
        write(Mnist.TEST_LABELS, out -> IdxWriter.writeLabels(out, new byte[]{0, 1}));
        return m_dir;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void write(final String name, final Writer w) throws IOException {
        try (OutputStream out = Files.newOutputStream(m_dir.resolve(name))) {
            w.write(out);
        }
    }

    /** A local folder with made-up digits, so without the checksums of the original files. */
    private static MnistReaderParameters folder(final Path dir) {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_source = Source.FOLDER;
        p.m_folder = dir.toString();
        p.m_verifyChecksums = false;
        return p;
    }

    private static final String HOME = System.getProperty("user.home");

    @Test
    void defaults_areTheLabsDataAndValid() throws Exception {
        final MnistReaderParameters p = (MnistReaderParameters)NODE.defaultParameters();
        assertEquals(Source.DOWNLOAD, p.m_source);
        assertEquals("~/.cache/mnistlab/mnist", p.m_cacheFolder);
        assertEquals(true, p.m_verifyChecksums);
        assertEquals(Subset.ALL, p.m_subset);
        assertEquals(0, p.m_rowLimit);
        assertEquals(false, p.m_appendImages);
        p.validate();
        // the cache the runner and the build use too, standard mirrors with their published MD5s
        assertEquals(FetchOptions.of(MnistCache.userFolder(HOME)), p.fetchOptions());
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        ConfigTrees.assertSameTree(ConfigTrees.settings("model").add("source", "DOWNLOAD").add("folder", "")
            .add("cacheFolder", "~/.cache/mnistlab/mnist").add("mirrors", STANDARD_MIRRORS)
            .add("verifyChecksums", true).add("subset", "ALL").add("rowLimit", 0).add("appendImages", false).build(),
            Parameters.written(new MnistReaderParameters()));
    }

    private static final String STANDARD_MIRRORS = """
        https://ossci-datasets.s3.amazonaws.com/mnist/{name}.gz
        https://storage.googleapis.com/cvdf-datasets/mnist/{name}.gz
        http://yann.lecun.com/exdb/mnist/{name}.gz""";

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final MnistReaderParameters p = folder(Path.of("/data/mnist"));
        p.m_cacheFolder = "/tmp/cache";
        p.m_mirrors = "https://example.org/mnist/";
        p.m_subset = Subset.TEST;
        p.m_rowLimit = 100;
        p.m_appendImages = true;
        final MnistReaderParameters q = Parameters.roundTrip(p);
        assertEquals(List.of(Source.FOLDER, "/data/mnist", "/tmp/cache", "https://example.org/mnist/", false,
            Subset.TEST, 100, true), List.of(q.m_source, q.m_folder, q.m_cacheFolder, q.m_mirrors,
                q.m_verifyChecksums, q.m_subset, q.m_rowLimit, q.m_appendImages));
    }

    /** The model settings every MNIST Reader of release 0.1.0 saved, as its defaults and in the shipped workflows. */
    private static NodeSettings release010(final String source, final String folder, final String cacheFolder) {
        return ConfigTrees.settings("model").add("source", source).add("folder", folder)
            .add("cacheFolder", cacheFolder).add("subset", "TRAIN").add("rowLimit", 10).add("appendImages", true)
            .build();
    }

    @Test
    void load_settingsOfRelease010_downloadIntoTheSameCacheFromTheSameMirrorsWithoutReverifying() throws Exception {
        final MnistReaderParameters p = (MnistReaderParameters)NODE.loadParameters(release010("DOWNLOAD", "", ""));
        // 0.1.0 read an empty cache folder as the per-user cache, downloaded from the standard mirrors and checked
        // checksums of downloads only
        assertEquals(List.of(Source.DOWNLOAD, "~/.cache/mnistlab/mnist", STANDARD_MIRRORS, false, Subset.TRAIN, 10,
            true), List.of(p.m_source, p.m_cacheFolder, p.m_mirrors, p.m_verifyChecksums, p.m_subset, p.m_rowLimit,
                p.m_appendImages));
        assertEquals(FetchOptions.of(MnistCache.userFolder(HOME)), p.fetchOptions());
        // saved again, they hold every setting
        ConfigTrees.assertSameTree(ConfigTrees.settings("model").add("source", "DOWNLOAD").add("folder", "")
            .add("cacheFolder", "~/.cache/mnistlab/mnist").add("mirrors", STANDARD_MIRRORS)
            .add("verifyChecksums", false).add("subset", "TRAIN").add("rowLimit", 10).add("appendImages", true)
            .build(), Parameters.written(p));
    }

    @Test
    void load_settingsOfRelease010WithFolders_keepThem() throws Exception {
        final MnistReaderParameters p =
            (MnistReaderParameters)NODE.loadParameters(release010("FOLDER", "/data/mnist", "/var/cache/mnist"));
        assertEquals(List.of(Source.FOLDER, "/data/mnist", "/var/cache/mnist", false),
            List.of(p.m_source, p.m_folder, p.m_cacheFolder, p.m_verifyChecksums));
        assertEquals(Path.of("/data/mnist"), p.folder());
    }

    @Test
    void load_settingsOfRelease010WithARelativeFolder_loadAndConfigureSaysWhy() throws Exception {
        final MnistReaderParameters p =
            (MnistReaderParameters)NODE.loadParameters(release010("FOLDER", "data/mnist", ""));
        assertEquals("data/mnist", p.m_folder);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NODE.configure(p));
        assertEquals("Folder: enter an absolute path (or one starting with ~ for the home folder); 'data/mnist' is "
            + "relative to the folder KNIME was started from.", e.getMessage());
    }

    @Test
    void folders_tildeIsTheHomeFolderOfTheUserRunningKnime() throws Exception {
        final MnistReaderParameters p = folder(Path.of("/x"));
        p.m_folder = "~/data/mnist";
        assertEquals(Path.of(HOME, "data", "mnist"), p.folder());
        p.m_folder = " ~ ";
        assertEquals(Path.of(HOME), p.folder());
        p.m_cacheFolder = "/srv/mnist-cache";
        p.m_mirrors = "";
        assertEquals(FetchOptions.of(Path.of("/srv/mnist-cache")).withMirrors(List.of()), p.fetchOptions());
    }

    @Test
    void validate_downloadWithoutCacheFolder_messageNamesTheOption() {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_cacheFolder = " ";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, p::validate);
        assertEquals("Cache folder: enter the folder where downloaded files are kept, e.g. ~/.cache/mnistlab/mnist.",
            e.getMessage());
    }

    @Test
    void load_badMirror_messageNamesTheOption() {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_mirrors = "ftp://example.org/{name}.gz";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Mirrors: mirror must be an http or https URL, got 'ftp://example.org/{name}.gz'.",
            e.getMessage());
    }

    @Test
    void load_folderSourceWithoutFolder_messageNamesTheOption() {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_source = Source.FOLDER;
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Folder: enter the folder that holds the four MNIST files.", e.getMessage());
    }

    @Test
    void load_negativeRowLimit_messageNamesTheOption() {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_rowLimit = -1;
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Row limit must be 0 (all) or positive, got -1.", e.getMessage());
    }

    @Test
    void load_unknownSource_listsTheValidValues() {
        final NodeSettings s = Parameters.toSettings(new MnistReaderParameters(), "model");
        s.addString("source", "WEB");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NODE.loadParameters(s));
        assertEquals("Invalid value 'WEB'. Possible values: DOWNLOAD, FOLDER", e.getMessage());
    }

    @Test
    void load_rowLimitOfWrongType_isRejected() {
        final NodeSettings s = Parameters.toSettings(new MnistReaderParameters(), "model");
        s.addLong("rowLimit", 5);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> NODE.loadParameters(s));
        assertEquals("Int for key \"rowLimit\" not found.", e.getMessage());
    }

    @Test
    void configure_spec_isLabelAnd784IntegerPixels() throws Exception {
        final DataTableSpec spec = NODE.configure(new MnistReaderParameters()).spec(0);
        assertEquals(785, spec.getNumColumns());
        assertEquals("label", spec.getColumnSpec(0).getName());
        assertEquals(StringCell.TYPE, spec.getColumnSpec(0).getType());
        assertEquals("pixel_0", spec.getColumnSpec(1).getName());
        assertEquals("pixel_783", spec.getColumnSpec(784).getName());
        assertEquals(IntCell.TYPE, spec.getColumnSpec(784).getType());
    }

    @Test
    void configure_withImages_appendsAPngColumn() throws Exception {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_appendImages = true;
        final DataTableSpec spec = NODE.configure(p).spec(0);
        assertEquals("image", spec.getColumnSpec(785).getName());
        assertEquals(PNGImageCellFactory.TYPE, spec.getColumnSpec(785).getType());
    }

    @Test
    void configure_invalidSettings_failWithTheValidationMessage() {
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_source = Source.FOLDER;
        assertThrows(InvalidSettingsException.class, () -> NODE.configure(p));
    }

    @Test
    void execute_folder_readsTrainThenTestWithPositionRowIds() throws Exception {
        final var out = NODE.execute(folder(writeMnist())).table(0);
        final List<DataRow> rows = Tables.rows(out);
        assertEquals(5, rows.size());
        assertEquals(List.of("Row0", "Row1", "Row2", "Row3", "Row4"),
            rows.stream().map(r -> r.getKey().getString()).toList());
        assertEquals(List.of("7", "8", "9", "0", "1"), rows.stream().map(r -> r.getCell(0).toString()).toList());
        for (int i = 0; i < 5; i++) {
            assertEquals(100 + i, ((IntValue)rows.get(i).getCell(1 + i * 10)).getIntValue());
            assertEquals(255, ((IntValue)rows.get(i).getCell(784)).getIntValue());
            assertEquals(0, ((IntValue)rows.get(i).getCell(2 + i * 10)).getIntValue());
        }
    }

    @Test
    void execute_rowLimit_keepsTheFirstImages() throws Exception {
        final MnistReaderParameters p = folder(writeMnist());
        p.m_rowLimit = 2;
        assertEquals(2, NODE.execute(p).table(0).size());
    }

    @Test
    void execute_testSubsetOfNonMnistSizes_explains() throws Exception {
        final MnistReaderParameters p = folder(writeMnist());
        p.m_subset = Subset.TEST;
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p));
        assertEquals("The files hold 5 images, not MNIST's 60000 training and 10000 test images; read \"Train and "
            + "test\" instead.", e.getMessage());
    }

    @Test
    void execute_images_areDecodableDigits() throws Exception {
        final MnistReaderParameters p = folder(writeMnist());
        p.m_appendImages = true;
        final DataRow row = Tables.rows(NODE.execute(p).table(0)).get(1);
        final var image = (BufferedImage)((PNGImageValue)row.getCell(785)).getImageContent().getImage();
        assertEquals(28, image.getWidth());
        assertEquals(28, image.getHeight());
        assertEquals(255, image.getRaster().getSample(1, 0, 0), "background is white");
        assertEquals(255 - 101, image.getRaster().getSample(10, 0, 0), "pixel 10 holds 101 of ink");
        assertEquals(0, image.getRaster().getSample(27, 27, 0), "pixel 783, full ink, is black");
    }

    @Test
    void execute_missingFolder_messageNamesTheFolder() {
        final MnistReaderParameters p = folder(m_dir.resolve("nowhere"));
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void execute_verifyChecksumsOfOtherFiles_failsNamingTheFile() throws Exception {
        final MnistReaderParameters p = folder(writeMnist());
        p.m_verifyChecksums = true;
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p));
        assertEquals(m_dir.resolve(Mnist.TRAIN_IMAGES) + ": " + Mnist.TRAIN_IMAGES + " has 2368 bytes, expected "
            + "47040016 (not the original MNIST file)", e.getMessage());
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() throws Exception {
        final MnistReaderParameters p = folder(writeMnist());
        assertThrows(CanceledExecutionException.class, () -> NODE.execute(p, Executions.canceled()));
    }

    @Test
    void execute_reportsReadingAndWritingProgress() throws Exception {
        final var monitor = new org.knime.core.node.DefaultNodeProgressMonitor();
        NODE.execute(folder(writeMnist()), monitor);
        // 0.4 of the bar is finding and reading the files, 0.6 writing the rows
        assertTrue(monitor.getProgress() >= 0.6 && monitor.getProgress() <= 1.0, "progress " + monitor.getProgress());
        assertEquals("Wrote 5 images", String.join(" - ", monitor.getMessages()));
    }
}
