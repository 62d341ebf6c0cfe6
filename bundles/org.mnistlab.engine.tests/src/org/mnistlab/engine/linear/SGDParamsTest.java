package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.ParameterException;

/** Defaults, validation with scikit-learn's messages, and the properties round trip. */
class SGDParamsTest {

    @Test
    void defaults_areSklearns() {
        final SGDParams d = SGDParams.DEFAULTS;
        assertEquals(Loss.HINGE, d.loss());
        assertEquals(Penalty.L2, d.penalty());
        assertEquals(1e-4, d.alpha());
        assertEquals(0.15, d.l1Ratio());
        assertEquals(true, d.fitIntercept());
        assertEquals(1000, d.maxIter());
        assertEquals(1e-3, d.tol());
        assertEquals(true, d.shuffle());
        assertEquals(0.1, d.epsilon());
        assertEquals(42, d.randomState());
        assertEquals(LearningRate.OPTIMAL, d.learningRate());
        assertEquals(0.0, d.eta0());
        assertEquals(0.5, d.powerT());
        assertEquals(5, d.nIterNoChange());
    }

    /** The message is scikit-learn's; {@link ParameterException#parameter()} names the parameter for programs. */
    private static void assertRejected(final String parameter, final String message, final Supplier<SGDParams> make) {
        final ParameterException e = assertThrows(ParameterException.class, make::get);
        assertEquals(message, e.getMessage());
        assertEquals(parameter, e.parameter());
    }

    @Test
    void invalidValues_areRejectedWithSklearnsWording() {
        final SGDParams d = SGDParams.DEFAULTS;
        assertRejected("alpha",
            "The 'alpha' parameter of SGDClassifier must be a float in the range [0, inf). Got -1.0 instead.",
            () -> d.withAlpha(-1));
        assertRejected("alpha",
            "The 'alpha' parameter of SGDClassifier must be a float in the range [0, inf). Got NaN instead.",
            () -> d.withAlpha(Double.NaN));
        assertRejected("l1_ratio",
            "The 'l1_ratio' parameter of SGDClassifier must be a float in the range [0, 1]. Got 2.0 instead.",
            () -> d.withL1Ratio(2));
        assertRejected("max_iter",
            "The 'max_iter' parameter of SGDClassifier must be an int in the range [1, inf). Got 0 instead.",
            () -> d.withMaxIter(0));
        assertRejected("tol", "The 'tol' parameter of SGDClassifier must be a float in the range [0, inf) or None. "
            + "Got -1.0 instead.", () -> d.withTol(-1.0));
        assertRejected("epsilon", "The 'epsilon' parameter of SGDClassifier must be a float in the range [0, inf). "
            + "Got -0.5 instead.", () -> d.withEpsilon(-0.5));
        assertRejected("eta0",
            "The 'eta0' parameter of SGDClassifier must be a float in the range [0, inf). Got -1.0 instead.",
            () -> d.withEta0(-1));
        assertRejected("power_t", "The 'power_t' parameter of SGDClassifier must be a float in the range (-inf, inf). "
            + "Got Infinity instead.", () -> d.withPowerT(Double.POSITIVE_INFINITY));
        assertRejected("n_iter_no_change",
            "The 'n_iter_no_change' parameter of SGDClassifier must be an int in the range [1, inf). "
            + "Got 0 instead.", () -> d.withNIterNoChange(0));
        assertRejected("random_state",
            "The 'random_state' parameter of SGDClassifier must be an int in the range [0, 4294967295]. "
            + "Got -1 instead.", () -> d.withRandomState(-1));
        assertRejected("eta0", "eta0 must be > 0", () -> d.withLearningRate(LearningRate.CONSTANT));
        assertRejected("alpha",
            "alpha must be > 0 since learning_rate is 'optimal'. alpha is used to compute the optimal "
            + "learning rate.", () -> d.withAlpha(0));
    }

    @Test
    void unrelatedSettings_areAccepted() {
        final SGDParams p = new SGDParams(Loss.HINGE, Penalty.L2, 0, 0.15, true, 1, 0.0, true, 0, RandomState.MAX_SEED,
            LearningRate.INVSCALING, 0.1, -2, 1);
        assertEquals(0.0, p.alpha());
        assertEquals(-2, p.powerT());
    }

    @Test
    void properties_roundTripDefaultsAndEverySetting() {
        assertEquals(SGDParams.DEFAULTS, SGDParams.fromProperties(SGDParams.DEFAULTS.toProperties()));
        final SGDParams p = new SGDParams(Loss.SQUARED_EPSILON_INSENSITIVE, Penalty.NONE, 0.1 + 0.2, 1.0 / 3, false,
            7, null, false, 1e-300, 4_000_000_000L, LearningRate.ADAPTIVE, 0.07, -0.25, 3);
        final Map<String, String> props = p.toProperties();
        assertEquals("None", props.get("tol"));
        assertEquals("none", props.get("penalty"));
        assertEquals("squared_epsilon_insensitive", props.get("loss"));
        assertEquals(p, SGDParams.fromProperties(props));
    }

    @Test
    void fromProperties_missingNamesTakeDefaultsAndSklearnSpellingsWork() {
        final SGDParams p = SGDParams.fromProperties(Map.of("loss", "log", "penalty", "None", "average", "False",
            "early_stopping", "false", "tol", "none"));
        assertEquals(Loss.LOG_LOSS, p.loss());
        assertEquals(Penalty.NONE, p.penalty());
        assertNull(p.tol());
        assertEquals(SGDParams.DEFAULTS.withLoss(Loss.LOG_LOSS).withPenalty(Penalty.NONE).withTol(null), p);
    }

    @Test
    void fromProperties_unsupportedOrUnknownOrMalformed_throws() {
        assertEquals("SGDClassifier parameter 'average' is not supported (got 10)",
            assertThrows(IllegalArgumentException.class, () -> SGDParams.fromProperties(Map.of("average", "10")))
                .getMessage());
        assertEquals("SGDClassifier parameter 'early_stopping' is not supported (got True)",
            assertThrows(IllegalArgumentException.class,
                () -> SGDParams.fromProperties(Map.of("early_stopping", "True"))).getMessage());
        assertEquals("unknown SGDClassifier parameter 'alfa'",
            assertThrows(IllegalArgumentException.class, () -> SGDParams.fromProperties(Map.of("alfa", "1")))
                .getMessage());
        assertEquals("The 'alpha' parameter of SGDClassifier must be a number. Got 'x' instead.",
            assertThrows(IllegalArgumentException.class, () -> SGDParams.fromProperties(Map.of("alpha", "x")))
                .getMessage());
        assertEquals("The 'shuffle' parameter of SGDClassifier must be an instance of 'bool'. Got 'yes' instead.",
            assertThrows(IllegalArgumentException.class, () -> SGDParams.fromProperties(Map.of("shuffle", "yes")))
                .getMessage());
        assertEquals("loss", assertThrows(ParameterException.class,
            () -> SGDParams.fromProperties(Map.of("loss", "hinge2"))).parameter());
        assertEquals("learning_rate", assertThrows(ParameterException.class,
            () -> SGDParams.fromProperties(Map.of("learning_rate", "pa1"))).parameter());
        assertEquals("random_state", assertThrows(ParameterException.class,
            () -> SGDParams.fromProperties(Map.of("random_state", "4294967296"))).parameter());
    }
}
