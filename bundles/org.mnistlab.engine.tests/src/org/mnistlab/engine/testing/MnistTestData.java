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
 * The real MNIST files for the tests that need them, found through {@code $MNIST_DIR}. Such tests skip on a
 * developer machine without the data, but fail in CI ({@code CI=true}), where .ci/run provides it.
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
        final boolean present = dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir, Mnist.TRAIN_IMAGES));
        if (!present) {
            final String why = "MNIST is not available: set MNIST_DIR to a folder with the four IDX files (got "
                + (dir == null ? "nothing" : "'" + dir + "'") + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return Path.of(dir);
    }
}
