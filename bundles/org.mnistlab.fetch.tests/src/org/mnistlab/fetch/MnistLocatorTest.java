package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Gzip;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;
import org.mnistlab.testdata.TestServer;
import org.mnistlab.testdata.TestServer.Behavior;
import org.mnistlab.testdata.TinyMnist;

/** The order of sources, and the whole chain against a local mirror. */
class MnistLocatorTest {

    @TempDir
    Path m_dir;

    private final List<String> m_log = new ArrayList<>();

    /** Generous timeouts: these tests are about the order of sources, and a loaded CI machine can be slow. */
    private FetchOptions options() {
        return FetchOptions.of(m_dir.resolve("cache")).withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void cached_isTheCacheThenADownloadIntoIt() {
        final Path cache = m_dir.resolve("cache");
        assertEquals(List.of("cache " + cache, "download into " + cache),
            MnistLocator.cached(options()).sources().stream().map(MnistSource::describe).toList());
    }

    @Test
    void cachedWithoutMirrors_isTheCacheAlone_andSaysWhatIsMissing() {
        final Path cache = m_dir.resolve("cache");
        final MnistLocator locator = MnistLocator.cached(options().withMirrors(List.of()));
        assertEquals(List.of("cache " + cache), locator.sources().stream().map(MnistSource::describe).toList());
        final IOException e = assertThrows(IOException.class, () -> locator.locate(Monitor.NONE, m_log::add));
        assertEquals(cache.resolve(Mnist.TRAIN_IMAGES) + " is missing", e.getMessage());
    }

    @Test
    void explicitFolderWithoutFiles_isAnError() throws IOException {
        final Path empty = Files.createDirectories(m_dir.resolve("empty"));
        final IOException e = assertThrows(IOException.class,
            () -> MnistLocator.folder(empty).locate(Monitor.NONE, m_log::add));
        assertEquals(empty.resolve(Mnist.TRAIN_IMAGES) + ": file not found (nor train-images-idx3-ubyte.gz)",
            e.getMessage());
    }

    @Test
    void explicitFolder_isUsed() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), true);
        assertEquals(good, MnistLocator.folder(good).locate(Monitor.NONE, m_log::add));
        assertEquals(List.of("MNIST from " + good + ": " + good), m_log);
    }

    @Test
    void sources_areTriedInOrderUntilOneHasTheFiles() throws IOException {
        final TinyMnist tiny = new TinyMnist(3);
        final Path cache = m_dir.resolve("cache");
        try (TestServer server = new TestServer()) {
            for (final FileSpec f : tiny.specs()) {
                server.serve("m", f.name() + ".gz", TinyMnist.gzip(tiny.bytes(f.name())), Behavior.GOOD);
            }
            final FetchOptions options = new FetchOptions(cache,
                List.of(new Mirror(server.template("m", ".gz"), false)), tiny.specs(), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
            final List<MnistSource> sources = new ArrayList<>();
            sources.add(MnistSource.folder("$MNIST_DIR", null));
            sources.addAll(MnistLocator.cacheThenDownload(options));
            assertEquals(cache, new MnistLocator(sources).locate(Monitor.NONE, m_log::add));
        }
        assertEquals("$MNIST_DIR: not set", m_log.get(0));
        assertEquals("cache " + cache + ": " + cache.resolve(Mnist.TRAIN_IMAGES) + " is missing", m_log.get(1));
        assertEquals("MNIST from download into " + cache + ": " + cache, m_log.get(m_log.size() - 1));
        final Dataset d = Mnist.load(cache);
        assertEquals(8, d.size());
    }

    @Test
    void noSourceHasTheFiles_throwsListingEveryReason() {
        final Path cache = m_dir.resolve("cache");
        final MnistLocator locator = new MnistLocator(
            List.of(MnistSource.folder("$MNIST_DIR", null), MnistSource.cache(cache, Mnist.FILES)));
        final IOException e = assertThrows(IOException.class, () -> locator.locate(Monitor.NONE, m_log::add));
        assertEquals("MNIST is not available; tried $MNIST_DIR: not set; cache " + cache + ": "
            + cache.resolve(Mnist.TRAIN_IMAGES) + " is missing", e.getMessage());
    }

    @Test
    @FullMnist
    void realFilesFromALocalMirror_areVerifiedCachedAndLoaded() throws IOException {
        final Path folder = MnistTestData.folder();
        final Path cache = m_dir.resolve("cache");
        try (TestServer server = new TestServer()) {
            for (final FileSpec f : Mnist.FILES) {
                final Path raw = folder.resolve(f.name());
                server.serve("raw", f.name(),
                    Files.exists(raw) ? Files.readAllBytes(raw) : Gzip.open(folder.resolve(f.name() + ".gz")).in()
                        .readAllBytes(), Behavior.GOOD);
            }
            final MnistLocator locator =
                MnistLocator.cached(options().withMirrors(List.of(new Mirror(server.template("raw", ""), false))));
            final Dataset d = locator.load(Monitor.NONE, m_log::add);
            assertEquals(70_000, d.size());
            assertTrue(MnistCache.isComplete(cache));
            assertTrue(m_log.contains("MNIST from download into " + cache + ": " + cache), m_log.toString());
            final double[] expected = new double[784];
            final double[] actual = new double[784];
            MnistTestData.all().x().copyRow(69_999, expected);
            d.x().copyRow(69_999, actual);
            assertArrayEquals(expected, actual);
        }
    }
}
