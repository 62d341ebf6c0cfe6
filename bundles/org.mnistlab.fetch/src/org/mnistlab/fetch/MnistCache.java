package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;

/**
 * The per-user folder where MNIST is kept once obtained: the four original files, uncompressed, under their original
 * names, each verified by SHA-256 before it was moved there (so a file of the right size is trusted without
 * re-hashing on every load). Processes that fill it hold its {@link CacheLock}.
 * <p>
 * The usual folder is {@code <user home>/.cache/mnistlab/mnist} ({@link #userFolder}): the MNIST Reader node's default
 * cache folder (its dialog shows it as {@code ~/.cache/mnistlab/mnist}), the cache of the headless runner and the one
 * the build fills. The runner and the build may be given another with {@code $MNIST_LAB_CACHE}
 * ({@link #defaultFolder}); a KNIME node never reads the environment, so a workflow that should use that folder says
 * so in its Reader's settings. No other variable moves the cache ({@code $XDG_CACHE_HOME} did before 0.2: a desktop
 * that set it made the runner and KNIME keep two caches).
 * <p>
 * This class reads no environment: callers that follow the environment pass its variables in. The build's shell
 * script {@code releng/fetch-mnist.sh} applies the same rule; change it there too.
 */
public final class MnistCache {

    /** Environment variable naming the cache folder itself. */
    public static final String ENV_CACHE = "MNIST_LAB_CACHE";

    private MnistCache() {
    }

    /**
     * The cache folder rule of the runner and the build for a given environment.
     *
     * @param env looks up environment variables, returning {@code null} for unset ones
     * @param userHome the user's home folder
     * @return {@code $MNIST_LAB_CACHE} if set and not empty, else {@link #userFolder} (it may not exist yet)
     */
    public static Path defaultFolder(final UnaryOperator<String> env, final String userHome) {
        final String own = env.apply(ENV_CACHE);
        if (own != null && !own.isEmpty()) {
            return Path.of(own);
        }
        return userFolder(userHome);
    }

    /**
     * @param userHome the user's home folder
     * @return the per-user cache folder, {@code <userHome>/.cache/mnistlab/mnist}; the MNIST Reader's default
     */
    public static Path userFolder(final String userHome) {
        return Path.of(userHome, ".cache", "mnistlab", "mnist");
    }

    /**
     * @param folder a cache folder
     * @return whether it holds all four files, uncompressed, with the sizes of {@link Mnist#FILES}
     */
    public static boolean isComplete(final Path folder) {
        return missing(folder, Mnist.FILES) == null;
    }

    /**
     * @param folder a cache folder
     * @param files the files it should hold
     * @return why the folder is incomplete ("... is missing", "... has 12 bytes, expected 60008"), or {@code null}
     *         if every file is present with its expected size
     */
    public static String missing(final Path folder, final List<FileSpec> files) {
        for (final FileSpec f : files) {
            final Path p = folder.resolve(f.name());
            if (!Files.isRegularFile(p)) {
                return p + " is missing";
            }
            try {
                final long size = Files.size(p);
                if (size != f.size()) {
                    return p + " has " + size + " bytes, expected " + f.size();
                }
            } catch (IOException e) {
                return p + " cannot be read (" + e.getMessage() + ")";
            }
        }
        return null;
    }
}
