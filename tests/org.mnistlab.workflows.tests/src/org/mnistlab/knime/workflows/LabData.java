package org.mnistlab.knime.workflows;

import java.nio.file.Path;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.WorkflowManager;

import org.mnistlab.engine.data.Dataset;
import org.mnistlab.fetch.MnistCache;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonObject;

/**
 * What the workflow runs compare against: the real MNIST, where the shipped MNIST Reader reads it, and the lab's
 * numbers recorded from scikit-learn ({@code lab_default.json}, the fixture the headless runner is checked against
 * too).
 * <p>
 * The shipped workflows say where MNIST is: their Reader's <i>Cache folder</i> is {@code ~/.cache/mnistlab/mnist},
 * which the build fills ({@code releng/fetch-mnist.sh}). Where {@code $MNIST_LAB_CACHE} moves the build's cache, the
 * runs set the Readers' cache folder to it before executing, as a user of that machine would in the dialog (the node
 * itself reads no environment).
 */
final class LabData {

    private LabData() {
    }

    /**
     * Skips the calling test on a developer machine without MNIST in the Readers' cache folder, and fails it on CI
     * ({@code CI=true}), so CI never passes by skipping. The shipped workflows would download the files; tests never
     * do.
     *
     * @return the folder the Readers will read
     */
    static Path requireMnist() {
        final Path cache = cacheFolder();
        return MnistTestData.require(cache, "MNIST is not in " + cache + ", where the shipped workflows' MNIST Reader "
            + "reads it (the build fetches it there with releng/fetch-mnist.sh)");
    }

    /** @return the build's cache folder: {@code $MNIST_LAB_CACHE}, else the shipped Readers' default */
    static Path cacheFolder() {
        return MnistCache.defaultFolder(System::getenv, System.getProperty("user.home"));
    }

    /**
     * Points the MNIST Readers of a loaded workflow at the build's cache where {@code $MNIST_LAB_CACHE} moved it; does
     * nothing otherwise, so the shipped settings run as they are.
     *
     * @param wfm a loaded workflow
     * @throws InvalidSettingsException if KNIME rejects the changed settings
     */
    static void useTheBuildsCache(final WorkflowManager wfm) throws InvalidSettingsException {
        final Path cache = cacheFolder();
        if (cache.equals(MnistCache.userFolder(System.getProperty("user.home")))) {
            return;
        }
        for (final NodeContainer nc : wfm.getNodeContainers()) {
            if (nc instanceof NativeNodeContainer nnc
                && (Object)nnc.getNode().getFactory() instanceof MnistReaderNodeFactory) {
                final NodeSettings settings = nc.getNodeSettings();
                settings.getNodeSettings("model").addString("cacheFolder", cache.toString());
                wfm.loadNodeSettings(nc.getID(), settings);
            }
        }
    }

    /** @return all 70,000 digits as the engine reads them */
    static Dataset mnist() {
        return MnistTestData.all();
    }

    /** The lab's numbers as scikit-learn 1.2.1 computed them with the lab's settings. */
    static final String LAB = "lab_default.json";

    /**
     * The lab's numbers for another digit and seed (3 and 7), all else the lab's: what workflows 2 and 3 must give
     * when a user changes only the digit and the seed, where the workflows say.
     */
    static final String OTHER_DIGIT = "lab_positive3_seed7.json";

    /** @return the lab's numbers as scikit-learn 1.2.1 computed them with the lab's settings */
    static JsonObject lab() {
        return lab(LAB);
    }

    /**
     * @param fixture a fixture of {@code reference/lab_reference.py}
     * @return the numbers, and under {@code config} the configuration they were computed for
     */
    static JsonObject lab(final String fixture) {
        return Fixtures.load(fixture);
    }

    /**
     * What a user changes in the SGD Learner of workflows 2 and 3, the one place they set the digit and the seed,
     * to get a fixture's configuration.
     *
     * @param lab a fixture
     * @return the SGD Learner's settings: its positive value and seed
     */
    static Map<String, Object> digitAndSeed(final JsonObject lab) {
        final JsonObject config = lab.getAsJsonObject("config");
        return Map.of("positiveValue", config.get("positive").getAsString(), "randomState",
            config.get("seed").getAsLong());
    }
}
