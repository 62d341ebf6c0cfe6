package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading scikit-learn's SGDClassifier settings and results out of the sgd fixtures, and comparing to them. */
final class SklearnCases {

    /**
     * Log loss and the invscaling schedule call exp, log and pow. glibc, which scikit-learn uses, and Java's
     * intrinsics differ in the last bit for a few arguments in a thousand, so these fits are not bit-identical; over
     * the fixtures they agree to 1.1e-12 of the largest weight (measured), well inside this bound.
     */
    static final double LIBM_TOLERANCE = 1e-9;

    /**
     * scikit-learn's decision_function is a BLAS matrix product whose summation order differs from the sequential
     * sum, so decision values agree to rounding, relative to the largest value compared.
     */
    static final double DECISION_TOLERANCE = 1e-9;

    private SklearnCases() {
    }

    /**
     * @param params a fixture's "params" object (scikit-learn keyword arguments; null is None)
     * @return the parameters, through {@link SGDParams#fromProperties}
     */
    static SGDParams params(final JsonObject params) {
        final Map<String, String> p = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonElement> e : params.entrySet()) {
            p.put(e.getKey(), e.getValue().isJsonNull() ? "None" : e.getValue().getAsString());
        }
        return SGDParams.fromProperties(p);
    }

    /**
     * @param p parameters
     * @return whether the fit runs through exp/log/pow, so that only {@link #LIBM_TOLERANCE} can be asked for
     */
    static boolean usesLibm(final SGDParams p) {
        return p.loss() == Loss.LOG_LOSS || p.learningRate() == LearningRate.INVSCALING;
    }

    /**
     * Bit-identical weights, or within {@link #LIBM_TOLERANCE} of each row's largest magnitude if not exact.
     *
     * @param expectedCoef scikit-learn's coef_ rows (or some columns of them)
     * @param expectedIntercept scikit-learn's intercept_
     * @param coef our coef rows (the same columns)
     * @param intercept our intercepts
     * @param exact whether to demand identical bits
     */
    static void assertWeights(final double[][] expectedCoef, final double[] expectedIntercept, final double[][] coef,
        final double[] intercept, final boolean exact) {
        assertEquals(expectedIntercept.length, intercept.length, "intercepts");
        assertEquals(expectedCoef.length, coef.length, "coef rows");
        for (int k = 0; k < coef.length; k++) {
            assertEquals(expectedCoef[k].length, coef[k].length, "features");
            double scale = Math.abs(expectedIntercept[k]);
            for (final double v : expectedCoef[k]) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int j = 0; j <= coef[k].length; j++) {
                final double e = j < coef[k].length ? expectedCoef[k][j] : expectedIntercept[k];
                final double a = j < coef[k].length ? coef[k][j] : intercept[k];
                final String what = (j < coef[k].length ? "coef[" + k + "][" + j + "]" : "intercept[" + k + "]");
                if (exact) {
                    assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(a),
                        () -> what + ": expected " + e + " but was " + a);
                } else {
                    assertTrue(Math.abs(e - a) <= LIBM_TOLERANCE * scale,
                        () -> what + ": expected " + e + " but was " + a);
                }
            }
        }
    }

    /**
     * @param expected scikit-learn's decision values, row-major
     * @param actual ours, row-major
     */
    static void assertDecisions(final double[] expected, final double[] actual) {
        assertEquals(expected.length, actual.length, "decision values");
        double scale = 0;
        for (final double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            final int at = i;
            assertTrue(Math.abs(expected[i] - actual[i]) <= DECISION_TOLERANCE * scale,
                () -> "decision value " + at + ": expected " + expected[at] + " but was " + actual[at]);
        }
    }
}
