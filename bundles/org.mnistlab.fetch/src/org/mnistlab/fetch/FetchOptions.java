package org.mnistlab.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;

/**
 * Where and how MNIST is cached and downloaded.
 *
 * @param cacheFolder the cache folder (see {@link MnistCache} for the usual one)
 * @param mirrors where to download from, in order; empty to never download
 * @param files the files with the checksums every download must match; {@link Mnist#FILES} for MNIST
 * @param connectTimeout how long to wait for a mirror's connection
 * @param readTimeout how long to wait for a mirror's response or further bytes
 */
public record FetchOptions(Path cacheFolder, List<Mirror> mirrors, List<FileSpec> files, Duration connectTimeout,
    Duration readTimeout) {

    /** Default connect timeout. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    /** Default read timeout. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Checks the values and copies the lists. */
    public FetchOptions {
        if (cacheFolder == null) {
            throw new IllegalArgumentException("cacheFolder must be given");
        }
        mirrors = List.copyOf(mirrors);
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must not be empty");
        }
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
    }

    /**
     * @param cacheFolder the cache folder
     * @return MNIST's files from the {@link Mirror#DEFAULTS} into that folder, with the default timeouts
     */
    public static FetchOptions of(final Path cacheFolder) {
        return new FetchOptions(cacheFolder, Mirror.DEFAULTS, Mnist.FILES, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /**
     * @param value the mirrors to download from, empty for none
     * @return a copy with these mirrors
     */
    public FetchOptions withMirrors(final List<Mirror> value) {
        return new FetchOptions(cacheFolder, value, files, connectTimeout, readTimeout);
    }

    /**
     * @param connect the connect timeout
     * @param read the read timeout
     * @return a copy with these timeouts
     */
    public FetchOptions withTimeouts(final Duration connect, final Duration read) {
        return new FetchOptions(cacheFolder, mirrors, files, connect, read);
    }

    private static void positive(final String name, final Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
