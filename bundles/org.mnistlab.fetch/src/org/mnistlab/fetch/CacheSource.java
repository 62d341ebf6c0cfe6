package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;

/** The cache folder, used when it holds every file, uncompressed, with its expected size. */
final class CacheSource implements MnistSource {

    private final Path m_folder;

    private final List<FileSpec> m_files;

    CacheSource(final Path folder, final List<FileSpec> files) {
        m_folder = folder;
        m_files = List.copyOf(files);
    }

    @Override
    public String describe() {
        return "cache " + m_folder;
    }

    @Override
    public Path find(final Monitor monitor, final Consumer<String> log) throws IOException {
        final String missing = MnistCache.missing(m_folder, m_files);
        if (missing != null) {
            throw new IOException(missing);
        }
        return m_folder;
    }
}
