package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Dataset;
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
 * SGDClassifier on the real MNIST against scikit-learn 1.2.1 (sgd_mnist.json, written by
 * reference/sgd_reference.py): subsets of the first 1000 training images, and the lab's two fits, binary '5' on
 * X[:60000] (239 epochs) and 10-class on X[:2000].
 */
@FullMnist
class SGDMnistParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("sgd_mnist.json");

    /** Parallel one-vs-all fits; the result must not depend on it. */
    private static final int THREADS = 3;

    static Stream<Arguments> cases() {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray("cases")) {
            final JsonObject c = e.getAsJsonObject();
            b.add(Arguments.of(c.get("name").getAsString(), c));
        }
        return b.build();
    }

    private static FeatureMatrix rows(final int from, final int to) {
        return MnistTestData.all().x().selectRows(IntStream.range(from, to).toArray());
    }

    private static SGDClassifier fit(final JsonObject c) {
        final Dataset train = MnistTestData.all().head(c.get("rows").getAsInt());
        final Target y = c.has("target") ? Target.binary(train.labels(), c.get("target").getAsString())
            : Target.of(train.labels(), Target.LEXICOGRAPHIC);
        return SGDClassifier.fit(train.x(), y, SklearnCases.params(c.getAsJsonObject("params")), THREADS,
            Monitor.NONE);
    }

    private static String labels(final SGDClassifier m, final FeatureMatrix x) {
        final StringBuilder b = new StringBuilder();
        for (final int p : m.predict(x)) {
            b.append(m.classes()[p]);
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void subsetFit_matchesSklearn(final String name, final JsonObject c) {
        final SGDClassifier m = fit(c);
        assertEquals(c.get("n_iter").getAsInt(), m.nIter(), "n_iter_");
        assertEquals(c.get("converged").getAsBoolean(), m.converged());
        final boolean exact = !SklearnCases.usesLibm(m.params());
        if (c.has("coef")) {
            SklearnCases.assertWeights(Fixtures.doubleRows(c.get("coef")), Fixtures.doubles(c.get("intercept")),
                m.coef(), m.intercept(), exact);
            SklearnCases.assertDecisions(Fixtures.doubles(c.get("decision_first20")),
                m.decisionFunction(rows(0, 20)).values());
            final int[] pred = m.predict(rows(0, 1000));
            assertArrayEquals(Fixtures.ints(c.get("positives_first1000")),
                IntStream.range(0, pred.length).filter(i -> pred[i] == 1).toArray());
            return;
        }
        final double[][] coef = m.coef();
        final int[] pixels = Fixtures.ints(c.get("coef_pixels"));
        final double[] rowSums = Fixtures.doubles(c.get("coef_row_sums"));
        final double[][] ourPixels = new double[coef.length][];
        for (int k = 0; k < coef.length; k++) {
            ourPixels[k] = new double[pixels.length];
            double sum = 0;
            for (int j = 0; j < pixels.length; j++) {
                ourPixels[k][j] = coef[k][pixels[j]];
            }
            for (final double v : coef[k]) {
                sum += v;
            }
            // numpy sums pairwise, we sequentially: the row sums agree to rounding
            final double expectedSum = rowSums[k];
            final double actualSum = sum;
            assertTrue(Math.abs(expectedSum - actualSum) <= 1e-9 * Math.abs(expectedSum),
                () -> "row sum: expected " + expectedSum + " but was " + actualSum);
        }
        SklearnCases.assertWeights(Fixtures.doubleRows(c.get("coef_at_pixels")), Fixtures.doubles(c.get("intercept")),
            ourPixels, m.intercept(), exact);
        SklearnCases.assertDecisions(flatten(Fixtures.doubleRows(c.get("decision_first5"))),
            m.decisionFunction(rows(0, 5)).values());
        assertEquals(c.get("predict_train_first500").getAsString(), labels(m, rows(0, 500)));
        assertEquals(c.get("predict_test_first500").getAsString(), labels(m, rows(60_000, 60_500)));
    }

    @Test
    void labBinaryFit_gives239EpochsAndSklearnsWeights() {
        final JsonObject lab = FIXTURE.getAsJsonObject("lab_binary");
        assertEquals(List.of(LabRun.DEFAULT.params(), Mnist.TRAIN_SIZE, LabRun.DEFAULT.positive()),
            List.of(SklearnCases.params(lab.getAsJsonObject("params")), lab.get("rows").getAsInt(),
                lab.get("target").getAsString()), "the fixture's fit is the shared lab fit");
        final SGDClassifier m = LabRun.DEFAULT.fit();
        assertEquals(239, m.nIter(), "the lab's documented epoch count");
        assertEquals(lab.get("n_iter").getAsInt(), m.nIter());
        assertTrue(m.converged());
        SklearnCases.assertWeights(Fixtures.doubleRows(lab.get("coef")), Fixtures.doubles(lab.get("intercept")),
            m.coef(), m.intercept(), true);
        final Scores s = m.decisionFunction(rows(0, 12));
        SklearnCases.assertDecisions(Fixtures.doubles(lab.get("decision_first12")), s.values());
        final List<Boolean> first3 = new ArrayList<>();
        for (final int p : m.predict(rows(0, 3))) {
            first3.add(Target.TRUE.equals(m.classes()[p]));
        }
        final List<Boolean> expected = new ArrayList<>();
        for (final JsonElement e : lab.getAsJsonArray("predict_first3")) {
            expected.add(e.getAsBoolean());
        }
        assertEquals(expected, first3);
    }

    @Test
    void labMulticlassFit_makesSklearnsErrors() {
        final JsonObject lab = FIXTURE.getAsJsonObject("lab_multiclass");
        final SGDClassifier m = fit(lab);
        assertEquals(lab.get("n_iter").getAsInt(), m.nIter());
        assertArrayEquals(Fixtures.doubles(lab.get("intercept")), m.intercept());
        final String train = labels(m, rows(0, 500));
        final String test = labels(m, rows(60_000, 60_500));
        assertEquals(lab.get("predict_train_first500").getAsString(), train);
        assertEquals(lab.get("predict_test_first500").getAsString(), test);
        final Dataset all = MnistTestData.all();
        assertArrayEquals(Fixtures.ints(lab.get("train_errors_first500")),
            IntStream.range(0, 500).filter(i -> !all.label(i).equals(String.valueOf(train.charAt(i)))).toArray());
        assertArrayEquals(Fixtures.ints(lab.get("test_errors_first500")), IntStream.range(0, 500)
            .filter(i -> !all.label(60_000 + i).equals(String.valueOf(test.charAt(i)))).toArray());
    }

    /**
     * The lab run with other settings (lab_alt.json of reference/lab_reference.py: seed 7, positive class '3',
     * 1200 multiclass rows): the SGD steps of that run.
     */
    @Test
    void alternativeLabRun_sgdStepsMatchSklearn() {
        final JsonObject lab = Fixtures.load("lab_alt.json");
        final JsonObject config = lab.getAsJsonObject("config");
        final LabRun run = LabRun.ALTERNATIVE;
        assertEquals(List.of(run.seed(), run.positive()),
            List.of(config.get("seed").getAsLong(), config.get("positive").getAsString()));
        final SGDParams params = run.params();
        final Dataset all = MnistTestData.all();

        final JsonObject binary = lab.getAsJsonObject("binary_sgd");
        final SGDClassifier b = run.fit();
        assertEquals(binary.get("epochs").getAsInt(), b.nIter());
        SklearnCases.assertDecisions(Fixtures.doubles(binary.get("decision_first12")),
            b.decisionFunction(rows(0, 12)).values());
        final int[] first3 = b.predict(rows(0, 3));
        for (int i = 0; i < 3; i++) {
            assertEquals(binary.getAsJsonArray("predict_first3").get(i).getAsBoolean(),
                Target.TRUE.equals(b.classes()[first3[i]]));
        }

        final JsonObject multi = lab.getAsJsonObject("sgd_multiclass");
        final Dataset m = all.head(config.get("multi_rows").getAsInt());
        final SGDClassifier mc = SGDClassifier.fit(m.x(), Target.of(m.labels(), Target.LEXICOGRAPHIC), params,
            THREADS, Monitor.NONE);
        final String train500 = labels(mc, rows(0, 500));
        final String test500 = labels(mc, rows(60_000, 60_500));
        assertArrayEquals(Fixtures.ints(multi.get("train_errors_first500")),
            IntStream.range(0, 500).filter(i -> !all.label(i).equals(String.valueOf(train500.charAt(i)))).toArray());
        assertEquals(multi.get("test_errors_first500").getAsInt(), IntStream.range(0, 500)
            .filter(i -> !all.label(60_000 + i).equals(String.valueOf(test500.charAt(i)))).count());
    }

    private static double[] flatten(final double[][] rows) {
        return Stream.of(rows).flatMapToDouble(Arrays::stream).toArray();
    }
}
