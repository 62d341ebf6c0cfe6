package org.mnistlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.cli.mnist.MnistLookup;

/**
 * Where the runner obtains MNIST: the one call into the data lookup, kept apart so that a change of that API (its
 * package, its home bundle) touches this file only.
 */
final class MnistInput {

    private MnistInput() {
    }

    /**
     * @param folder the --data folder, or {@code null} to look in $MNIST_DIR, the cache, then download
     * @param monitor progress and cancellation
     * @param log receives lines about where the data came from
     * @return all 70,000 digits, training images first
     * @throws IOException if MNIST cannot be obtained
     */
    static Dataset load(final Path folder, final Monitor monitor, final Consumer<String> log) throws IOException {
        return MnistLookup.locator(folder).load(monitor, log);
    }
}
