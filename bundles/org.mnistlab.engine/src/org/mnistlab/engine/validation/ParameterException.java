package org.mnistlab.engine.validation;

/**
 * A hyper-parameter value that is not allowed, as scikit-learn's {@code InvalidParameterError}: the message names
 * the parameter and the value in scikit-learn's words, and {@link #parameter()} names the parameter for programs, so
 * that a user interface can point at the field that holds it.
 */
public class ParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String m_parameter;

    /**
     * @param parameter scikit-learn's name of the parameter
     * @param message the whole message
     */
    public ParameterException(final String parameter, final String message) {
        this(parameter, message, null);
    }

    /**
     * @param parameter scikit-learn's name of the parameter
     * @param message the whole message
     * @param cause why the value was rejected (a parse failure), or {@code null}
     */
    public ParameterException(final String parameter, final String message, final Throwable cause) {
        super(message, cause);
        m_parameter = parameter;
    }

    /**
     * scikit-learn's usual message: "The 'alpha' parameter of SGDClassifier must be a float in the range [0, inf).
     * Got -1.0 instead."
     *
     * @param estimator scikit-learn's class name
     * @param parameter scikit-learn's parameter name
     * @param requirement what the value must be, in scikit-learn's words ("a float in the range [0, inf)")
     * @param got the rejected value as the message shows it (quoted where scikit-learn quotes it)
     * @return the exception
     */
    public static ParameterException invalid(final String estimator, final String parameter,
        final String requirement, final String got) {
        return new ParameterException(parameter,
            "The '" + parameter + "' parameter of " + estimator + " must be " + requirement + ". Got " + got
                + " instead.");
    }

    /**
     * @param estimator scikit-learn's class name
     * @param parameter scikit-learn's parameter name
     * @return "The 'kernel' parameter of SVC must be set"
     */
    public static ParameterException unset(final String estimator, final String parameter) {
        return new ParameterException(parameter, "The '" + parameter + "' parameter of " + estimator + " must be set");
    }

    /**
     * @return scikit-learn's name of the rejected parameter, the key it has in the parameter records'
     *         {@code toProperties()} ("random_state", "C", "n_splits")
     */
    public String parameter() {
        return m_parameter;
    }
}
