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
 * The usual folder is, in this order:
 * <ol>
 * <li>{@code $MNIST_LAB_CACHE}, if set and not empty;</li>
 * <li>{@code $XDG_CACHE_HOME/mnistlab/mnist}, if {@code XDG_CACHE_HOME} is set and not empty;</li>
 * <li>{@code <user home>/.cache/mnistlab/mnist} ({@link #userFolder}).</li>
 * </ol>
 * This class reads no environment: callers that follow the environment pass its variables in. The build's shell
 * script {@code releng/fetch-mnist.sh} applies the same rule; change it there too.
 */
public final class MnistCache {

    /** Environment variable naming the cache folder itself. */
    public static final String ENV_CACHE = "MNIST_LAB_CACHE";

    /** XDG base directory variable for per-user caches. */
    public static final String ENV_XDG_CACHE_HOME = "XDG_CACHE_HOME";

    private MnistCache() {
    }

    /**
     * The cache folder rule for a given environment.
     *
     * @param env looks up environment variables, returning {@code null} for unset ones
     * @param userHome the user's home folder
     * @return the cache folder (it may not exist yet)
     */
    public static Path defaultFolder(final UnaryOperator<String> env, final String userHome) {
        final String own = env.apply(ENV_CACHE);
        if (own != null && !own.isEmpty()) {
            return Path.of(own);
        }
        final String xdg = env.apply(ENV_XDG_CACHE_HOME);
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "mnistlab", "mnist");
        }
        return userFolder(userHome);
    }

    /**
     * @param userHome the user's home folder
     * @return the cache folder when no environment variable says otherwise: {@code <userHome>/.cache/mnistlab/mnist}
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
