package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.testdata.TestServer;
import org.mnistlab.testdata.TestServer.Behavior;
import org.mnistlab.testdata.TestServer.Request;
import org.mnistlab.testdata.TinyMnist;

/** Downloading from mirrors served on 127.0.0.1: good, missing, corrupted, truncated, slow and stalled answers. */
class DownloadSourceTest {

    /** Long enough for any answer of a good mirror on a loaded machine. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** For the tests of slow and stalling mirrors, which wait this long for each of their answers. */
    private static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path m_dir;

    private Path m_cache;

    private final TinyMnist m_tiny = new TinyMnist(11);

    private final List<FileSpec> m_specs = m_tiny.specs();

    private final List<String> m_log = new ArrayList<>();

    private TestServer m_server;

    @BeforeEach
    void start() throws IOException {
        m_cache = m_dir.resolve("cache");
        m_server = new TestServer();
    }

    @AfterEach
    void stop() {
        m_server.close();
    }

    private Map<String, byte[]> gzFiles() {
        final Map<String, byte[]> files = new HashMap<>();
        for (final FileSpec f : m_specs) {
            files.put(f.name() + ".gz", TinyMnist.gzip(m_tiny.bytes(f.name())));
        }
        return files;
    }

    private Map<String, byte[]> rawFiles() {
        final Map<String, byte[]> files = new HashMap<>();
        for (final FileSpec f : m_specs) {
            files.put(f.name(), m_tiny.bytes(f.name()));
        }
        return files;
    }

    private Mirror gzMirror(final String dir) {
        return new Mirror(m_server.template(dir, ".gz"), false);
    }

    private Path download(final Mirror... mirrors) throws IOException {
        return download(READ_TIMEOUT, mirrors);
    }

    private Path download(final Duration readTimeout, final Mirror... mirrors) throws IOException {
        final DownloadSource source = new DownloadSource(m_cache, List.of(mirrors), m_specs,
            new HttpFetch(Duration.ofSeconds(5), readTimeout));
        return source.find(Monitor.NONE, m_log::add);
    }

    private void assertCacheComplete() throws IOException {
        for (final FileSpec f : m_specs) {
            assertArrayEquals(m_tiny.bytes(f.name()), Files.readAllBytes(m_cache.resolve(f.name())), f.name());
        }
        assertEquals(List.of(), leftovers(), "nothing but the four files is left in the cache");
    }

    /** @return what the cache holds besides its files and {@link CacheLock}'s lock file */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(m_cache)) {
            return files.filter(p -> !p.endsWith(CacheLock.FILE_NAME))
                .filter(p -> m_specs.stream().noneMatch(f -> p.endsWith(f.name()))).toList();
        }
    }

    private boolean logged(final String text) {
        return m_log.stream().anyMatch(l -> l.contains(text));
    }

    private List<Request> requestsFor(final String path) {
        return m_server.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    @Test
    void goodGzipMirror_installsTheFourFilesUncompressed() throws IOException {
        m_server.serveAll("good", gzFiles(), Behavior.GOOD);
        assertEquals(m_cache, download(gzMirror("good")));
        assertCacheComplete();
        assertTrue(logged("downloaded train-images-idx3-ubyte from http://127.0.0.1:"), m_log.toString());
    }

    @Test
    void rawMirror_works() throws IOException {
        m_server.serveAll("raw", rawFiles(), Behavior.GOOD);
        download(new Mirror(m_server.template("raw", ""), false));
        assertCacheComplete();
    }

    @Test
    void originalGzipMirror_checksTheGzipMd5() throws IOException {
        m_server.serveAll("orig", gzFiles(), Behavior.GOOD);
        download(new Mirror(m_server.template("orig", ".gz"), true));
        assertCacheComplete();
    }

    @Test
    void gzipMd5Mismatch_triesTheNextMirror() throws IOException {
        // same content, compressed differently: the uncompressed SHA-256 would pass, the published .gz MD5 does not
        final Map<String, byte[]> recompressed = new HashMap<>();
        gzFiles().forEach((name, gz) -> {
            final byte[] other = gz.clone();
            other[9] = 0x03;
            recompressed.put(name, other);
        });
        m_server.serveAll("recompressed", recompressed, Behavior.GOOD).serveAll("good", gzFiles(), Behavior.GOOD);
        download(new Mirror(m_server.template("recompressed", ".gz"), true), gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/recompressed/train-images-idx3-ubyte.gz: checksum mismatch: MD5 of "
            + "train-images-idx3-ubyte.gz is "), m_log.toString());
    }

    @Test
    void missingOnFirstMirror_usesTheSecond() throws IOException {
        m_server.serveAll("good", gzFiles(), Behavior.GOOD);
        download(gzMirror("empty"), gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/empty/t10k-labels-idx1-ubyte.gz: HTTP 404"), m_log.toString());
    }

    @Test
    void corruptedContent_failsItsChecksumAndTheNextMirrorServes() throws IOException {
        final Map<String, byte[]> bad = new HashMap<>();
        rawFiles().forEach((name, raw) -> {
            final byte[] wrong = raw.clone();
            wrong[wrong.length - 1] ^= 0x55;
            bad.put(name + ".gz", TinyMnist.gzip(wrong));
        });
        m_server.serveAll("bad", bad, Behavior.GOOD).serveAll("good", gzFiles(), Behavior.GOOD);
        download(gzMirror("bad"), gzMirror("good"));
        assertCacheComplete();
        final FileSpec labels = m_specs.get(1);
        assertTrue(logged("/bad/" + labels.name() + ".gz: checksum mismatch: SHA-256 of " + labels.name() + " is "),
            m_log.toString());
        assertTrue(logged(", expected " + labels.sha256()), m_log.toString());
    }

    @Test
    void everyMirrorCorrupted_throwsAndLeavesNoFile() throws IOException {
        final Map<String, byte[]> bad = new HashMap<>();
        rawFiles().forEach((name, raw) -> {
            final byte[] wrong = raw.clone();
            wrong[wrong.length - 1] ^= 0x55;
            bad.put(name + ".gz", TinyMnist.gzip(wrong));
        });
        m_server.serveAll("bad", bad, Behavior.GOOD);
        final IOException e = assertThrows(IOException.class, () -> download(gzMirror("bad")));
        final FileSpec first = m_specs.get(0);
        assertTrue(e.getMessage().startsWith(first.name() + ": no mirror delivered it (http://127.0.0.1:"),
            e.getMessage());
        assertTrue(e.getMessage().contains("checksum mismatch: SHA-256 of " + first.name()), e.getMessage());
        try (Stream<Path> files = Files.list(m_cache)) {
            assertEquals(List.of(), files.filter(p -> !p.endsWith(CacheLock.FILE_NAME)).toList());
        }
    }

    @Test
    void corruptGzip_failsNamingTheDownload() throws IOException {
        final Map<String, byte[]> broken = new HashMap<>();
        gzFiles().forEach((name, gz) -> broken.put(name, Arrays.copyOf(gz, gz.length - 10)));
        m_server.serveAll("broken", broken, Behavior.GOOD);
        final IOException e = assertThrows(IOException.class, () -> download(gzMirror("broken")));
        assertTrue(e.getMessage().contains(m_cache.resolve(m_specs.get(0).name() + ".gz.part")
            + ": gzip data is corrupt (the compressed data ends early)"), e.getMessage());
    }

    @Test
    void truncatedResponse_isResumedFromTheNextMirror() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String images = m_specs.get(0).name() + ".gz";
        m_server.cutAt(20).serve("cut", images, gz.get(images), Behavior.TRUNCATED)
            .serveAll("good", gz, Behavior.GOOD);
        download(gzMirror("cut"), gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/cut/" + images + ": the connection closed after 20 of " + gz.get(images).length
            + " bytes"), m_log.toString());
        assertEquals("bytes=20-", requestsFor("/good/" + images).get(0).range());
        assertTrue(logged("/good/" + images + ": resuming after 20 bytes"), m_log.toString());
    }

    @Test
    void partialFromAnEarlierRun_isResumed() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String labels = m_specs.get(3).name() + ".gz";
        Files.createDirectories(m_cache);
        Files.write(m_cache.resolve(labels + ".part"), Arrays.copyOf(gz.get(labels), 15));
        m_server.serveAll("good", gz, Behavior.GOOD);
        download(gzMirror("good"));
        assertCacheComplete();
        assertEquals("bytes=15-", requestsFor("/good/" + labels).get(0).range());
    }

    @Test
    void serverIgnoringRange_startsOver() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String labels = m_specs.get(3).name() + ".gz";
        Files.createDirectories(m_cache);
        Files.write(m_cache.resolve(labels + ".part"), Arrays.copyOf(gz.get(labels), 15));
        m_server.serveAll("norange", gz, Behavior.IGNORES_RANGE);
        download(gzMirror("norange"));
        assertCacheComplete();
        assertTrue(logged("/norange/" + labels + ": the server ignores resume requests; starting over"),
            m_log.toString());
    }

    @Test
    void resumedPartialWithWrongBytes_isDiscardedAndFetchedAgain() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String labels = m_specs.get(3).name() + ".gz";
        Files.createDirectories(m_cache);
        final byte[] stale = Arrays.copyOf(gz.get(labels), 15);
        stale[12] ^= 0x7F;
        Files.write(m_cache.resolve(labels + ".part"), stale);
        m_server.serveAll("good", gz, Behavior.GOOD);
        download(gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("discarding the resumed download and fetching it again"), m_log.toString());
        final List<Request> r = requestsFor("/good/" + labels);
        assertEquals(2, r.size());
        assertNull(r.get(1).range());
    }

    @Test
    void partialLongerThanTheFile_startsOver() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String labels = m_specs.get(3).name() + ".gz";
        Files.createDirectories(m_cache);
        Files.write(m_cache.resolve(labels + ".part"), new byte[gz.get(labels).length + 5]);
        m_server.serveAll("good", gz, Behavior.GOOD);
        download(gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/good/" + labels + ": the server cannot resume after"), m_log.toString());
    }

    @Test
    void slowServer_timesOutAndTheNextMirrorServes() throws IOException {
        m_server.serveAll("slow", gzFiles(), Behavior.SLOW_HEADERS).serveAll("good", gzFiles(), Behavior.GOOD);
        download(SHORT_READ_TIMEOUT, gzMirror("slow"), gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/slow/train-images-idx3-ubyte.gz: no response within 1 s (read timeout)"),
            m_log.toString());
    }

    @Test
    void stallingServer_timesOutKeepingTheBytesForResume() throws IOException {
        final Map<String, byte[]> gz = gzFiles();
        final String images = m_specs.get(0).name() + ".gz";
        m_server.cutAt(30).serve("stall", images, gz.get(images), Behavior.STALLS).serveAll("good", gz,
            Behavior.GOOD);
        download(SHORT_READ_TIMEOUT, gzMirror("stall"), gzMirror("good"));
        assertCacheComplete();
        assertTrue(logged("/stall/" + images + ": no data for 1 s after 30 bytes (read timeout)"), m_log.toString());
        assertEquals("bytes=30-", requestsFor("/good/" + images).get(0).range());
    }

    @Test
    void refusedConnection_isReported() throws IOException {
        final int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        final Mirror closed = new Mirror("http://127.0.0.1:" + port + "/x/{name}.gz", false);
        final IOException e = assertThrows(IOException.class, () -> download(closed));
        assertTrue(e.getMessage().contains("http://127.0.0.1:" + port + "/x/" + m_specs.get(0).name()
            + ".gz: ConnectException"), e.getMessage());
    }

    @Test
    void canceledDownload_throwsAndKeepsThePartialFile() throws IOException {
        final byte[] big = new byte[3 << 20];
        new SplittableRandom(1).nextBytes(big);
        final FileSpec spec = new FileSpec("big", big.length, TinyMnist.hex("SHA-256", big), null, null);
        m_server.serve("big", "big", big, Behavior.GOOD);
        final Monitor cancelSoon = new ProgressMonitor() {
            private double m_done;

            @Override
            protected void report(final double fraction, final String message) {
                m_done = fraction;
            }

            @Override
            protected boolean isCanceled() {
                return m_done > 0;
            }
        };
        final DownloadSource source = new DownloadSource(m_cache,
            List.of(new Mirror(m_server.template("big", ""), false)), List.of(spec),
            new HttpFetch(Duration.ofSeconds(5), READ_TIMEOUT));
        assertThrows(CanceledException.class, () -> source.find(cancelSoon, m_log::add));
        assertTrue(Files.size(m_cache.resolve("big.part")) > 0);
        assertFalse(Files.exists(m_cache.resolve("big")));
    }

    @Test
    void filesAlreadyInTheCache_areNotDownloaded() throws IOException {
        Files.createDirectories(m_cache);
        for (final FileSpec f : m_specs) {
            Files.write(m_cache.resolve(f.name()), m_tiny.bytes(f.name()));
        }
        download(gzMirror("nothing-served"));
        assertEquals(List.of(), m_server.requests());
    }
}
