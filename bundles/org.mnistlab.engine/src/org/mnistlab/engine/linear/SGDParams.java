package org.mnistlab.engine.linear;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mnistlab.engine.ParamText;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.ParameterException;

/**
 * Hyper-parameters of {@link SGDClassifier}: scikit-learn 1.2's {@code SGDClassifier} parameters under their
 * camel-case names, with scikit-learn's defaults and validation messages. Plain SGD only: early stopping,
 * averaging, class or sample weights and warm starts are not modelled.
 *
 * @param loss the loss; default {@link Loss#HINGE}
 * @param penalty the regularization term; default {@link Penalty#L2}
 * @param alpha regularization strength, >= 0 (> 0 for the optimal learning rate); default 1e-4
 * @param l1Ratio elastic-net mixing in [0, 1] (1 = pure L1); default 0.15
 * @param fitIntercept whether to learn an intercept; default true
 * @param maxIter maximum number of epochs, >= 1; default 1000
 * @param tol stopping tolerance on the epoch's summed training loss, >= 0, or {@code null} (None) to always run
 *            {@code maxIter} epochs; default 1e-3
 * @param shuffle whether to shuffle the samples before every epoch; default true
 * @param epsilon the epsilon of the huber and epsilon-insensitive losses, >= 0; default 0.1
 * @param randomState the seed of numpy's {@code RandomState} all randomness derives from, 0..2^32-1. scikit-learn's
 *            default is None (an unseeded, irreproducible fit); ours is {@link #DEFAULT_RANDOM_STATE}, the lab's 42
 * @param learningRate the step-size schedule; default {@link LearningRate#OPTIMAL}
 * @param eta0 initial step size of the constant, invscaling and adaptive schedules (must then be > 0); default 0
 * @param powerT exponent of the invscaling schedule, finite; default 0.5
 * @param nIterNoChange epochs without improvement before stopping (or, adaptive, dividing eta by 5), >= 1;
 *            default 5
 */
public record SGDParams(Loss loss, Penalty penalty, double alpha, double l1Ratio, boolean fitIntercept, int maxIter,
    Double tol, boolean shuffle, double epsilon, long randomState, LearningRate learningRate, double eta0,
    double powerT, int nIterNoChange) {

    /** The seed used when none is given: the lab's {@code random_state=42}. */
    public static final long DEFAULT_RANDOM_STATE = 42;

    /** scikit-learn's defaults, with {@link #DEFAULT_RANDOM_STATE} as seed. */
    public static final SGDParams DEFAULTS = new SGDParams(Loss.HINGE, Penalty.L2, 1e-4, 0.15, true, 1000, 1e-3,
        true, 0.1, DEFAULT_RANDOM_STATE, LearningRate.OPTIMAL, 0.0, 0.5, 5);

    private static final String NONE = "None";

    /** scikit-learn parameters we do not model, with the value that means "off" (the only one accepted). */
    private static final Map<String, Set<String>> UNSUPPORTED = Map.of(
        "early_stopping", Set.of("false"),
        "average", Set.of("false", "0"),
        "warm_start", Set.of("false"),
        "class_weight", Set.of("none"),
        "validation_fraction", Set.of("0.1"),
        "verbose", Set.of("0", "false"),
        "n_jobs", Set.of("none"));

    /** scikit-learn's words for a valid seed. */
    private static final String SEED_RANGE = "an int in the range [0, " + RandomState.MAX_SEED + "]";

    /**
     * Checks every parameter, with scikit-learn's messages.
     *
     * @throws ParameterException naming the first parameter whose value is not allowed
     */
    public SGDParams {
        if (loss == null) {
            throw ParameterException.unset(SGDClassifier.ESTIMATOR, "loss");
        }
        if (penalty == null) {
            throw new ParameterException("penalty",
                "The 'penalty' parameter of SGDClassifier must be set (NONE for None)");
        }
        if (learningRate == null) {
            throw ParameterException.unset(SGDClassifier.ESTIMATOR, "learning_rate");
        }
        checkRange("alpha", alpha, 0, "[0, inf)");
        if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
            throw invalid("l1_ratio", "a float in the range [0, 1]", Double.toString(l1Ratio));
        }
        if (maxIter < 1) {
            throw invalid("max_iter", "an int in the range [1, inf)", Integer.toString(maxIter));
        }
        if (tol != null && !(tol >= 0 && tol < Double.POSITIVE_INFINITY)) {
            throw invalid("tol", "a float in the range [0, inf) or None", tol.toString());
        }
        checkRange("epsilon", epsilon, 0, "[0, inf)");
        if (randomState < 0 || randomState > RandomState.MAX_SEED) {
            throw invalid("random_state", SEED_RANGE, Long.toString(randomState));
        }
        checkRange("eta0", eta0, 0, "[0, inf)");
        if (!Double.isFinite(powerT)) {
            throw invalid("power_t", "a float in the range (-inf, inf)", Double.toString(powerT));
        }
        if (nIterNoChange < 1) {
            throw invalid("n_iter_no_change", "an int in the range [1, inf)", Integer.toString(nIterNoChange));
        }
        if (learningRate != LearningRate.OPTIMAL && eta0 <= 0.0) {
            throw new ParameterException("eta0", "eta0 must be > 0");
        }
        if (learningRate == LearningRate.OPTIMAL && alpha == 0) {
            throw new ParameterException("alpha", "alpha must be > 0 since learning_rate is 'optimal'. alpha is used "
                + "to compute the optimal learning rate.");
        }
    }

    private static void checkRange(final String name, final double value, final double min, final String range) {
        if (!(value >= min && value < Double.POSITIVE_INFINITY)) {
            throw invalid(name, "a float in the range " + range, Double.toString(value));
        }
    }

    private static ParameterException invalid(final String name, final String what, final String value) {
        return ParameterException.invalid(SGDClassifier.ESTIMATOR, name, what, value);
    }

    /**
     * @param v the loss
     * @return a copy with that loss
     */
    public SGDParams withLoss(final Loss v) {
        return new SGDParams(v, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v the penalty
     * @return a copy with that penalty
     */
    public SGDParams withPenalty(final Penalty v) {
        return new SGDParams(loss, v, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v regularization strength
     * @return a copy with that alpha
     */
    public SGDParams withAlpha(final double v) {
        return new SGDParams(loss, penalty, v, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v elastic-net mixing
     * @return a copy with that l1_ratio
     */
    public SGDParams withL1Ratio(final double v) {
        return new SGDParams(loss, penalty, alpha, v, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v whether to fit an intercept
     * @return a copy with that fit_intercept
     */
    public SGDParams withFitIntercept(final boolean v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, v, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v maximum number of epochs
     * @return a copy with that max_iter
     */
    public SGDParams withMaxIter(final int v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, v, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v stopping tolerance, or {@code null} for none
     * @return a copy with that tol
     */
    public SGDParams withTol(final Double v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, v, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v whether to shuffle every epoch
     * @return a copy with that shuffle
     */
    public SGDParams withShuffle(final boolean v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, v, epsilon, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v epsilon of the epsilon losses
     * @return a copy with that epsilon
     */
    public SGDParams withEpsilon(final double v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, v, randomState,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v the seed
     * @return a copy with that random_state
     */
    public SGDParams withRandomState(final long v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, v,
            learningRate, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v the schedule
     * @return a copy with that learning_rate
     */
    public SGDParams withLearningRate(final LearningRate v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            v, eta0, powerT, nIterNoChange);
    }

    /**
     * @param v initial step size
     * @return a copy with that eta0
     */
    public SGDParams withEta0(final double v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, v, powerT, nIterNoChange);
    }

    /**
     * @param v invscaling exponent
     * @return a copy with that power_t
     */
    public SGDParams withPowerT(final double v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, v, nIterNoChange);
    }

    /**
     * @param v epochs without improvement before stopping
     * @return a copy with that n_iter_no_change
     */
    public SGDParams withNIterNoChange(final int v) {
        return new SGDParams(loss, penalty, alpha, l1Ratio, fitIntercept, maxIter, tol, shuffle, epsilon, randomState,
            learningRate, eta0, powerT, v);
    }

    /**
     * The parameters as text under scikit-learn's names ("loss", "l1_ratio", ...; tol "None" when off, penalty
     * "none"), doubles in Java's shortest round-tripping form: what node settings and the runner persist.
     *
     * @return name → value, in declaration order
     */
    public Map<String, String> toProperties() {
        final Map<String, String> p = new LinkedHashMap<>();
        p.put("loss", loss.sklearnName());
        p.put("penalty", penalty.sklearnName());
        p.put("alpha", Double.toString(alpha));
        p.put("l1_ratio", Double.toString(l1Ratio));
        p.put("fit_intercept", Boolean.toString(fitIntercept));
        p.put("max_iter", Integer.toString(maxIter));
        p.put("tol", tol == null ? NONE : tol.toString());
        p.put("shuffle", Boolean.toString(shuffle));
        p.put("epsilon", Double.toString(epsilon));
        p.put("random_state", Long.toString(randomState));
        p.put("learning_rate", learningRate.sklearnName());
        p.put("eta0", Double.toString(eta0));
        p.put("power_t", Double.toString(powerT));
        p.put("n_iter_no_change", Integer.toString(nIterNoChange));
        return p;
    }

    /**
     * Reads parameters written by {@link #toProperties()} (or typed by a user, with scikit-learn's names). Missing
     * names take the {@link #DEFAULTS}; scikit-learn parameters that are not modelled are accepted only at their
     * "off" value; anything else unknown is an error.
     *
     * @param properties name → value
     * @return the parameters
     * @throws ParameterException naming the parameter and value that is wrong
     */
    public static SGDParams fromProperties(final Map<String, String> properties) {
        final ParamText p = ParamText.read(SGDClassifier.ESTIMATOR, DEFAULTS.toProperties(), UNSUPPORTED, properties);
        final String tol = p.raw("tol");
        return new SGDParams(Loss.of(p.text("loss")), Penalty.of(p.text("penalty")), p.number("alpha"),
            p.number("l1_ratio"), p.bool("fit_intercept"), p.integer("max_iter"),
            tol == null || tol.isBlank() || tol.trim().equalsIgnoreCase(NONE) ? null : p.number("tol"),
            p.bool("shuffle"), p.number("epsilon"), seed(p), LearningRate.of(p.text("learning_rate")),
            p.number("eta0"), p.number("power_t"), p.integer("n_iter_no_change"));
    }

    private static long seed(final ParamText p) {
        try {
            return Long.parseLong(p.text("random_state").trim());
        } catch (NumberFormatException e) {
            throw p.invalid("random_state", SEED_RANGE, e);
        }
    }
}
