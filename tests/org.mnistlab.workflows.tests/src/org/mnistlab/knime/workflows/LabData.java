package org.mnistlab.knime.workflows;

import java.nio.file.Path;

import org.mnistlab.engine.data.Dataset;
import org.mnistlab.fetch.MnistCache;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonObject;

/**
 * What the workflow runs compare against: the real MNIST, where the shipped MNIST Reader with its default settings
 * reads it (the per-user cache), and the lab's numbers recorded from scikit-learn ({@code lab_default.json}, the
 * fixture the headless runner is checked against too).
 */
final class LabData {

    private LabData() {
    }

    /**
     * Skips the calling test on a developer machine without MNIST in the Reader's cache folder, and fails it on CI
     * ({@code CI=true}), so CI never passes by skipping. The shipped workflows would download the files; tests never
     * do.
     *
     * @return the folder the Reader will read
     */
    static Path requireMnist() {
        final Path cache = MnistCache.userFolder(System.getProperty("user.home"));
        return MnistTestData.require(cache, "MNIST is not in " + cache + ", where the shipped workflows' MNIST Reader "
            + "reads it (the build fetches it there with releng/fetch-mnist.sh)");
    }

    /** @return all 70,000 digits as the engine reads them */
    static Dataset mnist() {
        return MnistTestData.all();
    }

    /** @return the lab's numbers as scikit-learn 1.2.1 computed them with the lab's settings */
    static JsonObject lab() {
        return Fixtures.load("lab_default.json");
    }
}
