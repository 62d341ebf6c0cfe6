package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * SGDClassifier against scikit-learn 1.2.1 on the small generated data sets of reference/sgd_reference.py
 * (sgd_synthetic.json): every loss, penalty and learning rate over several seeds, binary and one-vs-all, and edge
 * settings. Weights are bit-identical except where exp/log/pow are involved (see {@link SklearnCases}); epochs,
 * convergence, predictions and error messages are always identical.
 */
class SGDParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("sgd_synthetic.json");

    private static final Map<String, FeatureMatrix> X = new HashMap<>();

    private static final Map<String, String[]> Y = new HashMap<>();

    static {
        for (final Map.Entry<String, JsonElement> e : FIXTURE.getAsJsonObject("data").entrySet()) {
            final JsonObject d = e.getValue().getAsJsonObject();
            X.put(e.getKey(), DenseMatrix.of(Fixtures.doubleRows(d.get("X"))));
            Y.put(e.getKey(), Fixtures.strings(d.get("y")));
        }
    }

    static Stream<Arguments> cases() {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray("cases")) {
            final JsonObject c = e.getAsJsonObject();
            b.add(Arguments.of(c.get("data").getAsString() + " " + c.get("params"), c));
        }
        return b.build();
    }

    private static SGDClassifier fit(final JsonObject c) {
        final String data = c.get("data").getAsString();
        return SGDClassifier.fit(X.get(data), Target.of(Y.get(data), Target.LEXICOGRAPHIC),
            SklearnCases.params(c.getAsJsonObject("params")), 2, Monitor.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fit_matchesSklearn(final String name, final JsonObject c) {
        if (c.has("error")) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(c));
            assertEquals(c.get("error").getAsString(), e.getMessage());
            return;
        }
        final SGDClassifier m = fit(c);
        assertArrayEquals(Fixtures.strings(c.get("classes")), m.classes());
        assertEquals(c.get("n_iter").getAsInt(), m.nIter(), "n_iter_");
        assertEquals(c.get("converged").getAsBoolean(), m.converged(), "converged (no ConvergenceWarning)");
        SklearnCases.assertWeights(Fixtures.doubleRows(c.get("coef")), Fixtures.doubles(c.get("intercept")),
            m.coef(), m.intercept(), !SklearnCases.usesLibm(m.params()));

        final FeatureMatrix x = X.get(c.get("data").getAsString());
        final JsonElement decision = c.get("decision_first5");
        final double[] expected = decision.getAsJsonArray().get(0).isJsonArray()
            ? flatten(Fixtures.doubleRows(decision)) : Fixtures.doubles(decision);
        SklearnCases.assertDecisions(expected, m.decisionFunction(x.selectRows(new int[]{0, 1, 2, 3, 4})).values());

        final String[] classes = m.classes();
        final int[] pred = m.predict(x);
        final StringBuilder labels = new StringBuilder();
        for (final int p : pred) {
            labels.append(labels.length() > 0 ? " " : "").append(classes[p]);
        }
        assertEquals(c.get("predict").getAsString(), labels.toString());
    }

    @Test
    void fixture_coversEveryLossPenaltyAndRate() {
        final Set<String> seen = new HashSet<>();
        for (final JsonElement e : FIXTURE.getAsJsonArray("cases")) {
            final SGDParams p = SklearnCases.params(e.getAsJsonObject().getAsJsonObject("params"));
            seen.add(p.loss() + "/" + p.penalty());
            seen.add(p.learningRate().toString());
        }
        for (final Loss l : Loss.values()) {
            for (final Penalty p : Penalty.values()) {
                assertTrue(seen.contains(l + "/" + p), l + "/" + p);
            }
        }
        for (final LearningRate r : LearningRate.values()) {
            assertTrue(seen.contains(r.toString()), r.toString());
        }
    }

    private static double[] flatten(final double[][] rows) {
        return Stream.of(rows).flatMapToDouble(Arrays::stream).toArray();
    }
}
