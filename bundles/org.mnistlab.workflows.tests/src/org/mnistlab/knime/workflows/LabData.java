package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.MnistCache;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the workflow runs compare against: the real MNIST (where the shipped MNIST Reader, with its default source,
 * finds it: {@code $MNIST_DIR}, else the per-user cache) and the lab's numbers recorded from scikit-learn
 * ({@code lab_default.json}, the fixture the headless runner is checked against too).
 */
final class LabData {

    private static Dataset s_mnist;

    private LabData() {
    }

    /**
     * Skips the calling test on a developer machine without MNIST, and fails it on CI ({@code CI=true}), so CI never
     * passes by skipping. The shipped workflows would download the files; tests never do.
     *
     * @return the folder the Reader will read
     */
    static Path requireMnist() {
        final String dir = System.getenv("MNIST_DIR");
        final Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
            : MnistCache.defaultFolder(System::getenv, System.getProperty("user.home"));
        final boolean present = Mnist.isComplete(folder);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("MNIST files not found in " + folder + " (set MNIST_DIR); CI must run the workflows");
        }
        assumeTrue(present, "MNIST files not found in " + folder + "; set MNIST_DIR to run the workflows");
        return folder;
    }

    /**
     * @return all 70,000 digits as the engine reads them
     * @throws IOException if the files cannot be read
     */
    static synchronized Dataset mnist() throws IOException {
        if (s_mnist == null) {
            s_mnist = Mnist.load(requireMnist());
        }
        return s_mnist;
    }

    /**
     * @return the lab's numbers as scikit-learn 1.2.1 computed them with the lab's settings
     * @throws IOException if the fixture cannot be read
     */
    static JsonObject lab() throws IOException {
        try (Reader in = Files.newBufferedReader(Repository.fixture("lab_default.json"))) {
            return JsonParser.parseReader(in).getAsJsonObject();
        }
    }
}
