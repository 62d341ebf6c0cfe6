package org.mnistlab.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Gzip;

/**
 * Downloads the files the cache lacks. Per file, the mirrors are tried in order until one delivers content whose
 * checksums match; a partial download ({@code <file>.gz.part} in the cache folder) is resumed by the next attempt,
 * even from another mirror, and discarded if the resumed result fails its checksum. The cache's {@link CacheLock} is
 * held from the first look at the cache to the last install, so a process that waited for it finds the files the
 * other one installed and downloads nothing.
 */
final class DownloadSource implements MnistSource {

    private final Path m_cache;

    private final List<Mirror> m_mirrors;

    private final List<FileSpec> m_files;

    private final HttpFetch m_http;

    DownloadSource(final Path cache, final List<Mirror> mirrors, final List<FileSpec> files, final HttpFetch http) {
        m_cache = cache;
        m_mirrors = List.copyOf(mirrors);
        m_files = List.copyOf(files);
        m_http = http;
    }

    @Override
    public String describe() {
        return "download into " + m_cache;
    }

    @Override
    public Path find(final Monitor monitor, final Consumer<String> log) throws IOException {
        if (m_mirrors.isEmpty()) {
            throw new IOException("no mirrors configured");
        }
        long total = 0;
        for (final FileSpec f : m_files) {
            total += f.size();
        }
        try (CacheLock lock = CacheLock.acquire(m_cache, monitor, log)) {
            for (final FileSpec f : m_files) {
                final Monitor part = monitor.sub(total == 0 ? 0 : (double)f.size() / total);
                if (MnistCache.missing(m_cache, List.of(f)) == null) {
                    part.progress(1, null);
                    continue;
                }
                fetchFile(f, part, log);
            }
        }
        return m_cache;
    }

    private void fetchFile(final FileSpec file, final Monitor monitor, final Consumer<String> log) throws IOException {
        monitor.progress(0, "downloading " + file.name());
        final List<String> failures = new ArrayList<>();
        for (final Mirror mirror : m_mirrors) {
            monitor.checkCanceled();
            final URI url = mirror.url(file);
            try {
                fetchFrom(url, mirror.originalGzip(), file, monitor, log);
                log.accept("downloaded " + file.name() + " from " + url);
                return;
            } catch (IOException e) {
                log.accept(e.getMessage());
                failures.add(e.getMessage());
            }
        }
        throw new IOException(file.name() + ": no mirror delivered it (" + String.join("; ", failures) + ")");
    }

    private void fetchFrom(final URI url, final boolean originalGzip, final FileSpec file, final Monitor monitor,
        final Consumer<String> log) throws IOException {
        final Path part = m_cache.resolve(lastSegment(url) + ".part");
        Files.createDirectories(m_cache);
        final boolean resuming = Files.isRegularFile(part) && Files.size(part) > 0;
        m_http.fetch(url, part, monitor, log);
        try {
            install(part, url, originalGzip, file, monitor);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            if (!resuming) {
                throw e;
            }
            log.accept(e.getMessage() + "; discarding the resumed download and fetching it again");
            m_http.fetch(url, part, monitor, log);
            try {
                install(part, url, originalGzip, file, monitor);
            } catch (IOException again) {
                Files.deleteIfExists(part);
                throw again;
            }
        }
        Files.deleteIfExists(part);
    }

    private void install(final Path part, final URI url, final boolean originalGzip, final FileSpec file,
        final Monitor monitor) throws IOException {
        if (originalGzip && file.gzipMd5() != null) {
            final MessageDigest md5 = VerifiedInstall.digest("MD5");
            try (InputStream in = Files.newInputStream(part)) {
                final byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    md5.update(buf, 0, n);
                }
            }
            VerifiedInstall.check(url.toString(), file.name() + ".gz", "MD5", file.gzipMd5(), md5);
        }
        final Gzip.Opened content = Gzip.open(part);
        try (InputStream in = content.in()) {
            VerifiedInstall.install(in, file, m_cache, url.toString(), monitor);
        }
    }

    private static String lastSegment(final URI url) {
        final String path = url.getPath();
        final String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "download" : name;
    }
}
