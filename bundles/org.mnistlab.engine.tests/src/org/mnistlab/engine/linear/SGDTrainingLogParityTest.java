package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.testing.LabRun;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The training log printed as scikit-learn 1.2.1's {@code SGDClassifier(verbose=2).fit} prints it, every character
 * except the times (sgd_verbose.json, written by reference/sgd_verbose_reference.py, where times read "*"): every
 * successful case of sgd_synthetic.json (all losses, penalties and schedules, binary and one-vs-all) and the lab's two
 * MNIST fits. Exact, since the printed numbers come out of the sequential kernel; the fits through exp/log/pow agree
 * to the last printed digit as well.
 */
class SGDTrainingLogParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("sgd_verbose.json");

    private static final JsonObject SYNTHETIC = Fixtures.load("sgd_synthetic.json");

    /** The times scikit-learn prints, which the fixture replaced by "*". */
    private static final Pattern TIME = Pattern.compile("(Total training time: |epochs took )\\d+\\.\\d\\d( seconds)");

    private static final Map<String, FeatureMatrix> X = new HashMap<>();

    private static final Map<String, String[]> Y = new HashMap<>();

    static {
        for (final Map.Entry<String, JsonElement> e : SYNTHETIC.getAsJsonObject("data").entrySet()) {
            final JsonObject d = e.getValue().getAsJsonObject();
            X.put(e.getKey(), DenseMatrix.of(Fixtures.doubleRows(d.get("X"))));
            Y.put(e.getKey(), Fixtures.strings(d.get("y")));
        }
    }

    static Stream<Arguments> cases() {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray("synthetic")) {
            final JsonObject c = e.getAsJsonObject();
            final String name = c.get("case").getAsInt() + ": " + c.get("data").getAsString() + " " + c.get("params");
            b.add(Arguments.of(name, c));
        }
        return b.build();
    }

    /** @return the log's lines with the times masked as the fixture masks them */
    static List<String> masked(final SGDTrainingLog log) {
        return log.lines().stream().map(l -> TIME.matcher(l).replaceAll("$1*$2")).toList();
    }

    private static void assertPrintsAsSklearn(final JsonObject expected, final SGDClassifier m) {
        final SGDTrainingLog log = m.trainingLog().orElseThrow();
        final List<String> lines = List.of(Fixtures.strings(expected.get("lines")));
        final List<String> actual = masked(log);
        for (int i = 0; i < Math.min(lines.size(), actual.size()); i++) {
            // the first differing line says more than a list diff of thousands of lines
            assertEquals(lines.get(i), actual.get(i), "line " + (i + 1));
        }
        assertEquals(lines.size(), actual.size(), "lines printed");
        assertEquals(expected.get("convergence_warning").getAsBoolean(), log.maxIterReached(), "ConvergenceWarning");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void syntheticFit_printsAsSklearn(final String name, final JsonObject c) {
        final String data = c.get("data").getAsString();
        final SGDClassifier m = SGDClassifier.fit(X.get(data), Target.of(Y.get(data), Target.LEXICOGRAPHIC),
            SklearnCases.params(c.getAsJsonObject("params")), 2, Monitor.NONE, true);
        assertPrintsAsSklearn(c, m);
    }

    @Test
    void fixture_coversConvergedAndCappedFits_binaryAndOneVsAll() {
        int capped = 0;
        int multiclass = 0;
        for (final JsonElement e : FIXTURE.getAsJsonArray("synthetic")) {
            final JsonObject c = e.getAsJsonObject();
            capped += c.get("convergence_warning").getAsBoolean() ? 1 : 0;
            multiclass += c.get("data").getAsString().equals("binary") ? 0 : 1;
        }
        assertTrue(capped > 0 && multiclass > 0, capped + " capped, " + multiclass + " multiclass cases");
    }

    /** The lab's first model: 239 epochs on X[:60000], "5" or not (the fit the module shares, {@link LabRun}). */
    @Test
    @FullMnist
    void labBinaryFit_printsAsSklearn() {
        final JsonObject c = FIXTURE.getAsJsonObject("lab_binary");
        assertEquals(LabRun.DEFAULT.params(), SklearnCases.params(c.getAsJsonObject("params")));
        assertEquals(List.of(Mnist.TRAIN_SIZE, LabRun.DEFAULT.positive()),
            List.of(c.get("rows").getAsInt(), c.get("target").getAsString()));
        assertPrintsAsSklearn(c, LabRun.DEFAULT.fit());
    }

    /** The lab's multiclass fit on X[:2000]: ten one-vs-all logs, printed in class order whatever the threads. */
    @Test
    @FullMnist
    void labMulticlassFit_printsAsSklearn() {
        final JsonObject c = FIXTURE.getAsJsonObject("lab_multiclass");
        final Dataset train = MnistTestData.all().head(c.get("rows").getAsInt());
        final SGDClassifier m = SGDClassifier.fit(train.x(), Target.of(train.labels(), Target.LEXICOGRAPHIC),
            SklearnCases.params(c.getAsJsonObject("params")), 3, Monitor.NONE, true);
        assertPrintsAsSklearn(c, m);
    }
}
