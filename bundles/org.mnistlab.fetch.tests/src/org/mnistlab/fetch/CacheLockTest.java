package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.testdata.Repository;

/** The cache lock between threads of one JVM, and against the build script's Python lock. */
class CacheLockTest {

    @TempDir
    Path m_dir;

    private final List<String> m_log = new CopyOnWriteArrayList<>();

    /** A thread of its own that takes the lock and releases it: the lock belongs to the thread that took it. */
    private final class Holder implements AutoCloseable {

        private final ExecutorService m_thread = Executors.newSingleThreadExecutor();

        private final Future<CacheLock> m_lock;

        Holder(final Path folder, final Monitor monitor) {
            m_lock = m_thread.submit(() -> CacheLock.acquire(folder, monitor, m_log::add));
        }

        CacheLock awaitLock(final long millis) throws Exception {
            return m_lock.get(millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws Exception {
            try {
                m_thread.submit(() -> {
                    m_lock.get().close();
                    return null;
                }).get(10, TimeUnit.SECONDS);
            } finally {
                m_thread.shutdownNow();
            }
        }
    }

    @Test
    void secondThread_waitsUntilTheFirstReleases() throws Exception {
        final Path cache = m_dir.resolve("cache");
        try (CacheLock first = CacheLock.acquire(cache, Monitor.NONE, m_log::add)) {
            assertTrue(Files.isRegularFile(cache.resolve(CacheLock.FILE_NAME)));
            try (Holder second = new Holder(cache, Monitor.NONE)) {
                assertThrows(TimeoutException.class, () -> second.awaitLock(300));
                first.close();
                second.awaitLock(10_000);
            }
        }
        assertEquals(1, m_log.stream().filter(l -> l.startsWith("waiting for another fill of the cache")).count(),
            m_log.toString());
    }

    @Test
    void cancelWhileWaiting_throwsCanceled_andLeavesTheHolderAlone() throws Exception {
        final Path cache = m_dir.resolve("cache");
        final Monitor canceled = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // nobody listens
            }

            @Override
            protected boolean isCanceled() {
                return true;
            }
        };
        try (CacheLock held = CacheLock.acquire(cache, Monitor.NONE, m_log::add)) {
            final ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                final Future<CacheLock> waiting = thread.submit(() -> CacheLock.acquire(cache, canceled, m_log::add));
                final ExecutionException e =
                    assertThrows(ExecutionException.class, () -> waiting.get(10, TimeUnit.SECONDS));
                assertTrue(e.getCause() instanceof CanceledException, e.toString());
            } finally {
                thread.shutdownNow();
            }
        }
        try (Holder after = new Holder(cache, Monitor.NONE)) {
            after.awaitLock(10_000);
        }
    }

    @Test
    void sameThread_cannotTakeItTwice() throws IOException {
        final Path cache = m_dir.resolve("cache");
        try (CacheLock held = CacheLock.acquire(cache, Monitor.NONE, m_log::add)) {
            assertThrows(IllegalStateException.class, () -> CacheLock.acquire(cache, Monitor.NONE, m_log::add));
        }
    }

    /** releng/fetch-mnist.sh locks the cache with releng/cache-lock.py: the same lock, both ways round. */
    @Test
    void buildScriptsLock_andThisLock_excludeEachOther() throws Exception {
        final Path cache = Files.createDirectories(m_dir.resolve("cache"));
        final Path script = Repository.root().resolve("releng/cache-lock.py");
        final Path held = m_dir.resolve("held");
        final Path done = m_dir.resolve("done");
        final Process python = new ProcessBuilder("python3", script.toString(), cache.resolve(CacheLock.FILE_NAME)
            .toString(), "sh", "-c", "touch '" + held + "'; sleep 1; touch '" + done + "'").inheritIO().start();
        try {
            awaitFile(held);
            try (CacheLock lock = CacheLock.acquire(cache, Monitor.NONE, m_log::add)) {
                assertTrue(Files.exists(done), "Java got the lock while Python's command still ran");
                final Path got = m_dir.resolve("got");
                final Process second = new ProcessBuilder("python3", script.toString(),
                    cache.resolve(CacheLock.FILE_NAME).toString(), "touch", got.toString()).inheritIO().start();
                try {
                    assertFalse(second.waitFor(500, TimeUnit.MILLISECONDS), "Python got the lock Java holds");
                    lock.close();
                    assertTrue(second.waitFor(10, TimeUnit.SECONDS), "Python never got the released lock");
                    assertEquals(0, second.exitValue());
                    assertTrue(Files.exists(got));
                } finally {
                    second.destroyForcibly();
                }
            }
            assertTrue(python.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, python.exitValue());
        } finally {
            python.destroyForcibly();
        }
    }

    private static void awaitFile(final Path file) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline, file + " never appeared");
            Thread.sleep(10);
        }
    }
}
