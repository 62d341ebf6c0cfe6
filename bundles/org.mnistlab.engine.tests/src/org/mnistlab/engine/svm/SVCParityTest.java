package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * SVC on small stored problems against scikit-learn 1.2.1 (reference/svm_reference.py, svm_synthetic.json).
 * Integers (classes, support vectors, predictions) compare exactly, gamma bit for bit.
 * <p>
 * Tolerances: with integer features every kernel sum is exact, so libsvm sees the same single-precision kernel
 * matrix as scikit-learn's and the only difference is the last bit of {@code exp}/{@code tanh} (Java's and glibc's
 * differ by one ulp on a fraction of arguments): 1e-12. With float features scikit-learn's BLAS sums the kernel dot
 * products in another order, so the kernel matrices differ in the last bits and the solutions by the solver's
 * float precision: 1e-9.
 */
class SVCParityTest {

    static Stream<JsonObject> cases() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : Fixtures.load("svm_synthetic.json").getAsJsonArray("svc")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    static JsonObject data(final JsonObject c) {
        return Fixtures.load("svm_synthetic.json").getAsJsonObject("data").getAsJsonObject(c.get("data").getAsString());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fit_matchesScikitLearn(final JsonObject c) {
        final JsonObject data = data(c);
        final FeatureMatrix x = SvmCases.x(data);
        final Target y = SvmCases.y(data);
        final SVC model = SVC.fit(x, y, SvmCases.svcParams(c.getAsJsonObject("params")), 2, Monitor.NONE);
        final double tolerance = c.get("exact_sums").getAsBoolean() ? 1e-12 : 1e-9;
        assertModel(c, model, x, tolerance);
        if (c.has("dual_coef")) {
            final double[][] expected = Fixtures.doubleRows(c.get("dual_coef"));
            final double[][] actual = model.dualCoef();
            assertEquals(expected.length, actual.length);
            for (int r = 0; r < expected.length; r++) {
                assertArrayEquals(expected[r], actual[r], tolerance, c.get("name").getAsString() + ": dual_coef");
            }
        }
    }

    /**
     * Compares a fitted model with a case of svm_reference.py's {@code svc_result}.
     *
     * @param c the case
     * @param model our model
     * @param eval the evaluation rows of the case
     * @param tolerance absolute tolerance of decision values and intercepts
     * @return the largest decision-value difference
     */
    static double assertModel(final JsonObject c, final SVC model, final FeatureMatrix eval, final double tolerance) {
        final String name = c.get("name") == null ? "lab" : c.get("name").getAsString();
        assertArrayEquals(Fixtures.strings(c.get("classes")), model.classes(), name + ": classes");
        assertEquals(Double.doubleToLongBits(c.get("gamma").getAsDouble()), Double.doubleToLongBits(model.gamma()),
            name + ": gamma");
        assertArrayEquals(Fixtures.ints(c.get("n_support")), model.nSupport(), name + ": n_support");
        assertArrayEquals(Fixtures.ints(c.get("support")), model.support(), name + ": support");
        final String[] expected = Fixtures.strings(c.get("predict"));
        final int[] predicted = model.predict(eval);
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r], model.classes()[predicted[r]], name + ": prediction of row " + r);
        }
        final double[] intercept = Fixtures.doubles(c.get("intercept"));
        for (int p = 0; p < intercept.length; p++) {
            assertEquals(intercept[p], model.intercept()[p], tolerance, name + ": intercept " + p);
        }
        final int n = c.getAsJsonArray("decision").size();
        double max = SvmCases.assertScores(c.get("decision"), model.decisionFunction(head(eval, n)), tolerance,
            name + ": decision_function");
        if (c.has("decision_ovo") && !c.has("decision_ovo_rows")) {
            final int m = c.getAsJsonArray("decision_ovo").size();
            max = Math.max(max, SvmCases.assertScores(c.get("decision_ovo"),
                model.ovoDecisionFunction(head(eval, m)), tolerance, name + ": ovo decision_function"));
        }
        return max;
    }

    static FeatureMatrix head(final FeatureMatrix x, final int n) {
        final int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return x.selectRows(rows);
    }
}
