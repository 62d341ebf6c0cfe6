package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.validation.ParameterException;

class SVCParamsTest {

    @Test
    void defaults_areScikitLearns() {
        final SVCParams d = SVCParams.DEFAULTS;
        assertEquals(1.0, d.C());
        assertEquals(Kernel.RBF, d.kernel());
        assertEquals(3, d.degree());
        assertEquals(Gamma.SCALE, d.gamma());
        assertEquals(0.0, d.coef0());
        assertTrue(d.shrinking());
        assertEquals(1e-3, d.tol());
        assertEquals(200.0, d.cacheSize());
        assertEquals(DecisionFunctionShape.OVR, d.decisionFunctionShape());
        assertEquals(false, d.breakTies());
    }

    @Test
    void invalidValues_throwNamingParameterAndValue() {
        assertMessage("C", "The 'C' parameter of SVC must be a float in the range (0.0, inf). Got 0.0 instead.",
            () -> SVCParams.DEFAULTS.withC(0));
        assertMessage("C", "The 'C' parameter of SVC must be a float in the range (0.0, inf). Got NaN instead.",
            () -> SVCParams.DEFAULTS.withC(Double.NaN));
        assertMessage("degree", "The 'degree' parameter of SVC must be an int in the range [0, inf). Got -1 instead.",
            () -> SVCParams.DEFAULTS.withDegree(-1));
        assertMessage("tol", "The 'tol' parameter of SVC must be a float in the range (0.0, inf). Got -0.1 instead.",
            () -> SVCParams.DEFAULTS.withTol(-0.1));
        assertMessage("cache_size",
            "The 'cache_size' parameter of SVC must be a float in the range (0, inf). Got 0.0 instead.",
            () -> SVCParams.DEFAULTS.withCacheSize(0));
        assertMessage("coef0",
            "The 'coef0' parameter of SVC must be a float in the range (-inf, inf). Got Infinity instead.",
            () -> SVCParams.DEFAULTS.withCoef0(Double.POSITIVE_INFINITY));
        assertMessage("gamma",
            "The 'gamma' parameter of SVC must be a str among {'auto', 'scale'} or a float in the range "
            + "[0.0, inf). Got -1.0 instead.", () -> Gamma.of(-1));
        assertMessage("break_ties", "break_ties must be False when decision_function_shape is 'ovo'",
            () -> SVCParams.DEFAULTS.withBreakTies(true).withDecisionFunctionShape(DecisionFunctionShape.OVO));
        assertMessage("kernel",
            "The 'kernel' parameter of SVC must be a str among {'linear', 'poly', 'rbf', 'sigmoid'}. "
            + "Got 'precomputed' instead.", () -> Kernel.of("precomputed"));
    }

    /** The message is scikit-learn's; {@link ParameterException#parameter()} names the parameter for programs. */
    private static void assertMessage(final String parameter, final String expected, final Runnable r) {
        final ParameterException e = assertThrows(ParameterException.class, r::run);
        assertEquals(expected, e.getMessage());
        assertEquals(parameter, e.parameter());
    }

    @Test
    void withX_changesOnlyThatParameter() {
        final SVCParams p = SVCParams.DEFAULTS.withC(10).withKernel(Kernel.POLY).withDegree(2)
            .withGamma(Gamma.of(1e-7)).withCoef0(1).withShrinking(false).withTol(1e-4).withCacheSize(50)
            .withDecisionFunctionShape(DecisionFunctionShape.OVO);
        assertEquals(new SVCParams(10, Kernel.POLY, 2, Gamma.of(1e-7), 1, false, 1e-4, 50,
            DecisionFunctionShape.OVO, false), p);
        assertEquals(SVCParams.DEFAULTS, SVCParams.DEFAULTS.withBreakTies(true).withBreakTies(false));
    }

    @Test
    void properties_roundTrip() {
        final SVCParams p = SVCParams.DEFAULTS.withC(0.1).withKernel(Kernel.SIGMOID).withGamma(Gamma.of(2.5e-7))
            .withCoef0(-1).withBreakTies(true);
        assertEquals(p, SVCParams.fromProperties(p.toProperties()));
        assertEquals(SVCParams.DEFAULTS, SVCParams.fromProperties(SVCParams.DEFAULTS.toProperties()));
        assertEquals(SVCParams.DEFAULTS.withGamma(Gamma.AUTO), SVCParams.fromProperties(Map.of("gamma", "auto")));
    }

    @Test
    void fromProperties_readsScikitLearnSpellings() {
        final SVCParams p = SVCParams.fromProperties(Map.of("kernel", "linear", "C", "0.1", "shrinking", "False",
            "probability", "False", "max_iter", "-1", "decision_function_shape", "ovo"));
        assertEquals(SVCParams.DEFAULTS.withKernel(Kernel.LINEAR).withC(0.1).withShrinking(false)
            .withDecisionFunctionShape(DecisionFunctionShape.OVO), p);
    }

    @Test
    void fromProperties_unknownOrUnsupported_throws() {
        assertMessage("nu", "unknown SVC parameter 'nu'", () -> SVCParams.fromProperties(Map.of("nu", "0.5")));
        assertMessage("probability", "SVC parameter 'probability' is not supported (got True)",
            () -> SVCParams.fromProperties(Map.of("probability", "True")));
        assertMessage("C", "The 'C' parameter of SVC must be a number. Got 'one' instead.",
            () -> SVCParams.fromProperties(Map.of("C", "one")));
        assertMessage("shrinking", "The 'shrinking' parameter of SVC must be an instance of 'bool'. Got 'yes' instead.",
            () -> SVCParams.fromProperties(Map.of("shrinking", "yes")));
    }

    @Test
    void gamma_parseAndPrint_roundTrip() {
        assertEquals(Gamma.SCALE, Gamma.parse("scale"));
        assertEquals(Gamma.AUTO, Gamma.parse(" Auto "));
        final Gamma g = Gamma.of(2.0718343242857846e-07);
        assertEquals(g, Gamma.parse(g.toString()));
        assertThrows(IllegalArgumentException.class, () -> Gamma.parse("large"));
    }
}
