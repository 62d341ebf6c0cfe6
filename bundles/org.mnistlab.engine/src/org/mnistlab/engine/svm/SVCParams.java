package org.mnistlab.engine.svm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mnistlab.engine.ParamText;
import org.mnistlab.engine.validation.ParameterException;

/**
 * Hyper-parameters of {@link SVC}: scikit-learn 1.2's {@code SVC} parameters under their camel-case names, with
 * scikit-learn's defaults and validation messages. Not modelled: probability estimates, class weights, a callable or
 * precomputed kernel, and {@code max_iter} (libsvm's Java solver always stops after max(10^7, 100 l) iterations of a
 * sub-problem of l samples, far beyond what converging problems need).
 *
 * @param C regularization, > 0: each sample's dual coefficient is bounded by C; default 1
 * @param kernel the kernel; default {@link Kernel#RBF}
 * @param degree degree of the poly kernel, >= 0; default 3
 * @param gamma kernel coefficient of rbf, poly and sigmoid; default {@link Gamma#SCALE}
 * @param coef0 independent term of poly and sigmoid, finite; default 0
 * @param shrinking whether libsvm's solver uses the shrinking heuristic; default true
 * @param tol libsvm's stopping tolerance ({@code eps}), > 0; default 1e-3
 * @param cacheSize kernel cache in MB, > 0; default 200: what one fit may hold in kernel values at once, precomputed
 *            for speed or cached by libsvm (see {@link SVC}; all fits together use at most half the Java heap)
 * @param decisionFunctionShape how {@link SVC#decisionFunction} reports more than two classes; default
 *            {@link DecisionFunctionShape#OVR}
 * @param breakTies whether {@link SVC#predict} breaks voting ties by the ovr decision values (more than two classes,
 *            shape ovr only); default false, libsvm's vote where a tie goes to the lowest class
 */
public record SVCParams(double C, Kernel kernel, int degree, Gamma gamma, double coef0, boolean shrinking,
    double tol, double cacheSize, DecisionFunctionShape decisionFunctionShape, boolean breakTies) {

    /** scikit-learn's defaults: {@code SVC()}. */
    public static final SVCParams DEFAULTS =
        new SVCParams(1.0, Kernel.RBF, 3, Gamma.SCALE, 0.0, true, 1e-3, 200, DecisionFunctionShape.OVR, false);

    /** scikit-learn parameters we do not model, with the values that mean "off" (the only ones accepted). */
    private static final Map<String, Set<String>> UNSUPPORTED = Map.of(
        "probability", Set.of("false"),
        "class_weight", Set.of("none"),
        "verbose", Set.of("false", "0"),
        "max_iter", Set.of("-1"),
        "random_state", Set.of("none"));

    /**
     * Checks every parameter, with scikit-learn's messages.
     *
     * @throws ParameterException naming the first parameter whose value is not allowed
     */
    public SVCParams {
        if (!(C > 0 && C < Double.POSITIVE_INFINITY)) {
            throw invalid("C", "a float in the range (0.0, inf)", Double.toString(C));
        }
        if (kernel == null) {
            throw ParameterException.unset(SVC.ESTIMATOR, "kernel");
        }
        if (degree < 0) {
            throw invalid("degree", "an int in the range [0, inf)", Integer.toString(degree));
        }
        if (gamma == null) {
            throw ParameterException.unset(SVC.ESTIMATOR, "gamma");
        }
        if (!Double.isFinite(coef0)) {
            throw invalid("coef0", "a float in the range (-inf, inf)", Double.toString(coef0));
        }
        if (!(tol > 0 && tol < Double.POSITIVE_INFINITY)) {
            throw invalid("tol", "a float in the range (0.0, inf)", Double.toString(tol));
        }
        if (!(cacheSize > 0 && cacheSize < Double.POSITIVE_INFINITY)) {
            throw invalid("cache_size", "a float in the range (0, inf)", Double.toString(cacheSize));
        }
        if (decisionFunctionShape == null) {
            throw ParameterException.unset(SVC.ESTIMATOR, "decision_function_shape");
        }
        if (breakTies && decisionFunctionShape == DecisionFunctionShape.OVO) {
            throw new ParameterException("break_ties",
                "break_ties must be False when decision_function_shape is 'ovo'");
        }
    }

    private static ParameterException invalid(final String name, final String what, final String value) {
        return ParameterException.invalid(SVC.ESTIMATOR, name, what, value);
    }

    /**
     * @param v regularization, > 0
     * @return a copy with that C
     */
    public SVCParams withC(final double v) {
        return new SVCParams(v, kernel, degree, gamma, coef0, shrinking, tol, cacheSize, decisionFunctionShape,
            breakTies);
    }

    /**
     * @param v the kernel
     * @return a copy with that kernel
     */
    public SVCParams withKernel(final Kernel v) {
        return new SVCParams(C, v, degree, gamma, coef0, shrinking, tol, cacheSize, decisionFunctionShape, breakTies);
    }

    /**
     * @param v degree of the poly kernel, >= 0
     * @return a copy with that degree
     */
    public SVCParams withDegree(final int v) {
        return new SVCParams(C, kernel, v, gamma, coef0, shrinking, tol, cacheSize, decisionFunctionShape, breakTies);
    }

    /**
     * @param v the kernel coefficient
     * @return a copy with that gamma
     */
    public SVCParams withGamma(final Gamma v) {
        return new SVCParams(C, kernel, degree, v, coef0, shrinking, tol, cacheSize, decisionFunctionShape, breakTies);
    }

    /**
     * @param v independent term of poly and sigmoid
     * @return a copy with that coef0
     */
    public SVCParams withCoef0(final double v) {
        return new SVCParams(C, kernel, degree, gamma, v, shrinking, tol, cacheSize, decisionFunctionShape, breakTies);
    }

    /**
     * @param v whether to use the shrinking heuristic
     * @return a copy with that shrinking
     */
    public SVCParams withShrinking(final boolean v) {
        return new SVCParams(C, kernel, degree, gamma, coef0, v, tol, cacheSize, decisionFunctionShape, breakTies);
    }

    /**
     * @param v stopping tolerance, > 0
     * @return a copy with that tol
     */
    public SVCParams withTol(final double v) {
        return new SVCParams(C, kernel, degree, gamma, coef0, shrinking, v, cacheSize, decisionFunctionShape,
            breakTies);
    }

    /**
     * @param v kernel cache in MB, > 0
     * @return a copy with that cache_size
     */
    public SVCParams withCacheSize(final double v) {
        return new SVCParams(C, kernel, degree, gamma, coef0, shrinking, tol, v, decisionFunctionShape, breakTies);
    }

    /**
     * @param v how multiclass decision values are reported
     * @return a copy with that decision_function_shape
     */
    public SVCParams withDecisionFunctionShape(final DecisionFunctionShape v) {
        return new SVCParams(C, kernel, degree, gamma, coef0, shrinking, tol, cacheSize, v, breakTies);
    }

    /**
     * @param v whether predict breaks voting ties by decision values
     * @return a copy with that break_ties
     */
    public SVCParams withBreakTies(final boolean v) {
        return new SVCParams(C, kernel, degree, gamma, coef0, shrinking, tol, cacheSize, decisionFunctionShape, v);
    }

    /**
     * The parameters as text under scikit-learn's names ("C", "kernel", "cache_size", ...; gamma "scale", "auto" or
     * a number), doubles in Java's shortest round-tripping form: what node settings and the runner persist.
     *
     * @return name → value, in declaration order
     */
    public Map<String, String> toProperties() {
        final Map<String, String> p = new LinkedHashMap<>();
        p.put("C", Double.toString(C));
        p.put("kernel", kernel.sklearnName());
        p.put("degree", Integer.toString(degree));
        p.put("gamma", gamma.toString());
        p.put("coef0", Double.toString(coef0));
        p.put("shrinking", Boolean.toString(shrinking));
        p.put("tol", Double.toString(tol));
        p.put("cache_size", Double.toString(cacheSize));
        p.put("decision_function_shape", decisionFunctionShape.sklearnName());
        p.put("break_ties", Boolean.toString(breakTies));
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
    public static SVCParams fromProperties(final Map<String, String> properties) {
        final ParamText p = ParamText.read(SVC.ESTIMATOR, DEFAULTS.toProperties(), UNSUPPORTED, properties);
        return new SVCParams(p.number("C"), Kernel.of(p.text("kernel")), p.integer("degree"),
            Gamma.parse(p.text("gamma")), p.number("coef0"), p.bool("shrinking"), p.number("tol"),
            p.number("cache_size"), DecisionFunctionShape.of(p.text("decision_function_shape")),
            p.bool("break_ties"));
    }
}
