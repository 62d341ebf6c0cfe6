package org.mnistlab.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.mnistlab.fetch.MnistCache;

/**
 * The real MNIST for the runner's tests, where the engine tests find it: {@code $MNIST_DIR}, else the per-user
 * cache. Skips without the data on a developer machine, fails in CI ({@code CI=true}).
 */
final class LabData {

    private LabData() {
    }

    static Path folder() {
        final String dir = System.getenv("MNIST_DIR");
        if (dir != null && !dir.isBlank() && MnistCache.isComplete(Path.of(dir))) {
            return Path.of(dir);
        }
        final Path cache = MnistCache.defaultFolder(System::getenv, System.getProperty("user.home"));
        if (MnistCache.isComplete(cache)) {
            return cache;
        }
        final String why = "MNIST is not in $MNIST_DIR nor in " + cache + " (releng/fetch-mnist.sh puts it there)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(false, why);
        return null;
    }

    /** @return a fixture the reference scripts recorded with scikit-learn */
    static Path fixture(final String name) {
        return Path.of("..", "bundles", "org.mnistlab.engine.tests", "fixtures", name);
    }
}
