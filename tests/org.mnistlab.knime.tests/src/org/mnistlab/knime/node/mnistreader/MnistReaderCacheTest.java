package org.mnistlab.knime.node.mnistreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.CacheLock;
import org.mnistlab.knime.testing.TestWorkflow;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;
import org.mnistlab.testdata.TestServer;
import org.mnistlab.testdata.TestServer.Behavior;
import org.mnistlab.testdata.TestServer.Request;

/**
 * Two MNIST Readers of one workflow fill one empty cache at the same time, from a local mirror (the real MNIST files,
 * which the Reader's checksums demand): KNIME executes them in parallel, the cache's lock lets one download while the
 * other waits, and both read the verified files. Without the lock each Reader would download every file.
 */
@FullMnist
class MnistReaderCacheTest {

    /** Each answer of the mirror waits this long, so the first Reader holds the lock while the second one starts. */
    private static final long LATENCY_MILLIS = 300;

    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path m_dir;

    @Test
    void twoReaders_fillOneEmptyCacheConcurrently_downloadEachFileOnceAndBothRead() throws Exception {
        final Path mnist = MnistTestData.folder();
        final Path cache = m_dir.resolve("cache");
        try (TestServer server = new TestServer(); TestWorkflow w = TestWorkflow.create()) {
            final Map<String, byte[]> files = new HashMap<>();
            for (final FileSpec f : Mnist.FILES) {
                files.put(f.name(), Files.readAllBytes(mnist.resolve(f.name())));
            }
            server.serveAll("mnist", files, Behavior.GOOD).latency(LATENCY_MILLIS);
            final List<NativeNodeContainer> readers = List.of(reader(w, cache, server), reader(w, cache, server));
            w.manager().executeAll();
            // both run while the first download is under way: the second one waits for the lock, not for a thread
            boolean overlapped = false;
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (!overlapped && server.requests().size() < files.size() && System.nanoTime() < deadline) {
                overlapped = readers.stream().allMatch(MnistReaderCacheTest::running);
                Thread.sleep(5);
            }
            assertTrue(w.manager().waitWhileInExecution(TIMEOUT_SECONDS, TimeUnit.SECONDS), "execution ended");
            assertTrue(readers.stream().allMatch(r -> r.getNodeContainerState().isExecuted()), () -> "not executed: "
                + readers.stream().map(r -> r.getNameWithID() + " " + r.getNodeMessage()).toList());
            assertTrue(overlapped, "the two Readers did not run at the same time");
            for (final NativeNodeContainer r : readers) {
                final BufferedDataTable digits = (BufferedDataTable)r.getOutPort(1).getPortObject();
                assertEquals(3, digits.size());
                assertEquals("5", digits.iterator().next().getCell(0).toString(), "the first digit is a 5");
            }
            assertEquals(files.keySet().stream().map(n -> "/mnist/" + n).sorted().toList(),
                server.requests().stream().map(Request::path).sorted().toList(), "one download per file");
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(Stream.concat(Stream.of(CacheLock.FILE_NAME), Mnist.FILES.stream().map(FileSpec::name))
                .sorted().toList(), left.map(p -> p.getFileName().toString()).sorted().toList(),
                "the four files and the lock file, nothing left over");
        }
        for (final FileSpec f : Mnist.FILES) {
            assertEquals(-1L, Files.mismatch(mnist.resolve(f.name()), cache.resolve(f.name())), f.name());
        }
    }

    private static boolean running(final NativeNodeContainer node) {
        final var state = node.getNodeContainerState();
        return state.isExecutionInProgress() && !state.isWaitingToBeExecuted();
    }

    /** A Reader of the first 3 digits downloading into {@code cache} from the server, checksums verified. */
    private static NativeNodeContainer reader(final TestWorkflow w, final Path cache, final TestServer server)
        throws Exception {
        final NativeNodeContainer node = w.add(new MnistReaderNodeFactory());
        final MnistReaderParameters p = new MnistReaderParameters();
        p.m_cacheFolder = cache.toString();
        p.m_mirrors = server.template("mnist", "");
        p.m_rowLimit = 3;
        w.apply(node, p);
        return node;
    }

}
