package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.testdata.Repository;
import org.mnistlab.testdata.TestServer;
import org.mnistlab.testdata.TestServer.Behavior;
import org.mnistlab.testdata.TestServer.Request;
import org.mnistlab.testdata.TinyMnist;

/**
 * Two JVMs fill one cache from one mirror at the same moment ({@link FillCache}): the cache lock lets one download
 * while the other waits, then the other finds the verified files. Without the lock both would download every file,
 * and their partial downloads would share one {@code .part} file.
 */
class CacheLockProcessTest {

    private static final long SEED = 17;

    /** Each answer of the mirror waits this long, so the first process holds the lock for about two seconds. */
    private static final long LATENCY_MILLIS = 500;

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path m_dir;

    @Test
    void twoProcesses_downloadOnce_andBothEndWithTheVerifiedFiles() throws Exception {
        final TinyMnist tiny = new TinyMnist(SEED);
        final Path cache = m_dir.resolve("cache");
        final Path go = m_dir.resolve("go");
        try (TestServer server = new TestServer()) {
            final Map<String, byte[]> files = new HashMap<>();
            for (final FileSpec f : tiny.specs()) {
                files.put(f.name() + ".gz", TinyMnist.gzip(tiny.bytes(f.name())));
            }
            server.serveAll("m", files, Behavior.GOOD).latency(LATENCY_MILLIS);
            final List<Process> processes = new ArrayList<>();
            final List<Path> outputs = List.of(m_dir.resolve("a.out"), m_dir.resolve("b.out"));
            try {
                for (final Path out : outputs) {
                    processes.add(start(cache, server.template("m", ".gz"), go, out));
                }
                for (final Path out : outputs) {
                    awaitLine(out, "ready");
                }
                Files.createFile(go);
                for (int p = 0; p < processes.size(); p++) {
                    assertTrue(processes.get(p).waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "process " + p + " ended");
                    assertEquals(0, processes.get(p).exitValue(), Files.readString(outputs.get(p)));
                }
            } finally {
                processes.forEach(Process::destroyForcibly);
            }
            final List<String> a = Files.readAllLines(outputs.get(0));
            final List<String> b = Files.readAllLines(outputs.get(1));
            assertTrue(a.contains("found " + cache), a.toString());
            assertTrue(b.contains("found " + cache), b.toString());
            assertEquals(1, Stream.of(a, b).filter(CacheLockProcessTest::waited).count(),
                "exactly one process waited for the other:\n" + a + "\n" + b);
            final List<String> paths = server.requests().stream().map(Request::path).sorted().toList();
            assertEquals(files.keySet().stream().map(n -> "/m/" + n).sorted().toList(), paths, "one download per file");
        }
        for (final FileSpec f : tiny.specs()) {
            assertEquals(f.sha256(), TinyMnist.hex("SHA-256", Files.readAllBytes(cache.resolve(f.name()))), f.name());
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                .filter(n -> !n.equals(CacheLock.FILE_NAME) && tiny.specs().stream().noneMatch(f -> f.name().equals(n)))
                .toList(), "nothing but the files and the lock file");
        }
    }

    private static boolean waited(final List<String> output) {
        return output.stream().anyMatch(l -> l.startsWith("log waiting for another fill of the cache"));
    }

    /** A JVM running {@link FillCache} on the classes this build compiled. */
    private static Process start(final Path cache, final String template, final Path go, final Path out)
        throws IOException {
        final String classPath = String.join(File.pathSeparator,
            Stream.of("org.mnistlab.engine", "org.mnistlab.fetch", "org.mnistlab.fetch.tests", "org.mnistlab.testdata")
                .map(b -> Repository.classes("bundles/" + b).toString()).toList());
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", classPath, FillCache.class.getName(), cache.toString(),
            template, Long.toString(SEED), go.toString()).redirectErrorStream(true).redirectOutput(out.toFile())
                .start();
    }

    private static void awaitLine(final Path out, final String line) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Files.exists(out) || !Files.readAllLines(out).contains(line)) {
            if (System.nanoTime() > deadline) {
                fail("no '" + line + "' from the process: " + (Files.exists(out) ? Files.readString(out) : ""));
            }
            Thread.sleep(10);
        }
    }
}
