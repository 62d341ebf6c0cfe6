package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;

/**
 * One place MNIST may come from: a folder, the cache, web mirrors. {@link MnistLocator} tries a list of them in
 * order; other sources (the headless runner's npm package) implement this interface too.
 */
public interface MnistSource {

    /** @return what this source is, for messages ("$MNIST_DIR", "cache /home/me/.cache/mnistlab/mnist") */
    String describe();

    /**
     * Finds, or fetches and verifies, the four MNIST files.
     *
     * @param monitor progress and cancellation of a download
     * @param log receives one-line notes about what is being done
     * @return a folder holding the four files (raw or {@code .gz})
     * @throws IOException if this source cannot provide them; the one-line message says why (not set, missing file,
     *             checksum mismatch, timeout, ...)
     */
    Path find(Monitor monitor, Consumer<String> log) throws IOException;

    /**
     * A folder the user named. It must hold the four files; nothing is fetched into it.
     *
     * @param folder the folder
     * @return the source
     */
    static MnistSource folder(final Path folder) {
        return new FolderSource(folder.toString(), folder);
    }

    /**
     * A folder the user named in some way, e.g. an environment variable the caller read.
     *
     * @param description how the user named it, for messages ("$MNIST_DIR")
     * @param folder the folder, or {@code null} if the user named none (then the source fails with "not set")
     * @return the source
     */
    static MnistSource folder(final String description, final Path folder) {
        return new FolderSource(description, folder);
    }

    /**
     * The cache folder (see {@link MnistCache}): used when it holds the files uncompressed with their sizes.
     *
     * @param folder the cache folder
     * @param files the files it must hold
     * @return the source
     */
    static MnistSource cache(final Path folder, final List<FileSpec> files) {
        return new CacheSource(folder, files);
    }

    /**
     * Downloads the files missing from the cache folder, trying each mirror in turn per file, and installs them there
     * after checking their checksums; holds the cache's {@link CacheLock} meanwhile.
     *
     * @param options the cache folder, mirrors, files and timeouts
     * @return the source
     */
    static MnistSource download(final FetchOptions options) {
        return new DownloadSource(options.cacheFolder(), options.mirrors(), options.files(),
            new HttpFetch(options.connectTimeout(), options.readTimeout()));
    }
}
