package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;

/**
 * The right to fill a cache folder: held while checking what is missing, downloading and installing, so that two
 * processes filling the same cache at once (two KNIME workflows, a workflow and {@code bin/lab105}, the build's
 * {@code releng/fetch-mnist.sh}) do not race; the second waits, then finds the verified files.
 * <p>
 * Between processes it is an exclusive lock on the file {@value #FILE_NAME} in the cache folder
 * ({@link FileChannel#lock}: on Linux and macOS a POSIX {@code fcntl} lock, which {@code flock(1)} does not see, so the
 * shell script takes it with Python's {@code fcntl.lockf}). The file stays: deleting it would let a third process lock
 * a new file while the first still holds the old one. Within one JVM, whose file locks are the process's and not the
 * thread's, an in-process lock per folder comes first, and only its holder touches the file lock.
 * <p>
 * Waiting polls, so that canceling the monitor ends the wait ({@link org.mnistlab.engine.CanceledException}). Release
 * it with {@link #close()} from the thread that acquired it (try-with-resources).
 */
public final class CacheLock implements AutoCloseable {

    /** The lock file's name in the cache folder; {@code releng/fetch-mnist.sh} locks the same file. */
    public static final String FILE_NAME = ".lock";

    private static final long POLL_MILLIS = 50;

    /** Lock file → the lock of this JVM's threads for it. */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock m_threads;

    private final FileChannel m_channel;

    private final FileLock m_lock;

    private boolean m_closed;

    private CacheLock(final ReentrantLock threads, final FileChannel channel, final FileLock lock) {
        m_threads = threads;
        m_channel = channel;
        m_lock = lock;
    }

    /**
     * Waits until no other thread or process fills the folder, then holds it.
     *
     * @param folder the cache folder; created if needed
     * @param monitor checked for cancellation while waiting
     * @param log told once if the lock is busy ("waiting for another fill of the cache ...")
     * @return the held lock
     * @throws IOException if the lock file cannot be created or locked, or the wait was interrupted
     * @throws IllegalStateException if the calling thread already holds the folder's lock
     */
    public static CacheLock acquire(final Path folder, final Monitor monitor, final Consumer<String> log)
        throws IOException {
        Files.createDirectories(folder);
        final Path file = folder.toRealPath().resolve(FILE_NAME);
        final ReentrantLock threads = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        if (threads.isHeldByCurrentThread()) {
            throw new IllegalStateException("this thread already holds " + file);
        }
        final Waiting waiting = new Waiting(file, log);
        try {
            while (!threads.tryLock(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                waiting.poll(monitor);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + file, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                waiting.poll(monitor);
                Thread.sleep(POLL_MILLIS);
            }
            return new CacheLock(threads, channel, lock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel, threads);
            throw new IOException("interrupted while waiting for " + file, e);
        } catch (IOException | RuntimeException e) {
            close(channel, threads);
            throw e;
        }
    }

    /** Releases the lock; another thread or process may fill the folder then. Closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (m_closed) {
            return;
        }
        m_closed = true;
        try {
            m_lock.release();
        } finally {
            close(m_channel, m_threads);
        }
    }

    private static void close(final FileChannel channel, final ReentrantLock threads) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            threads.unlock();
        }
    }

    /** Cancel checks and the one "waiting" note while the lock is busy. */
    private static final class Waiting {

        private final Path m_file;

        private final Consumer<String> m_log;

        private boolean m_told;

        Waiting(final Path file, final Consumer<String> log) {
            m_file = file;
            m_log = log;
        }

        void poll(final Monitor monitor) {
            monitor.checkCanceled();
            if (!m_told) {
                m_log.accept("waiting for another fill of the cache to finish (" + m_file + " is locked)");
                m_told = true;
            }
        }
    }
}
