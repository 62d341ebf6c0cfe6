package org.mnistlab.engine.linear;

import java.util.Locale;

import org.mnistlab.engine.validation.ParameterException;

/**
 * The losses scikit-learn's {@code SGDClassifier} accepts, under sklearn's names. The last four are regression
 * losses, which SGDClassifier applies to the +1/-1 targets of each one-vs-all problem just as well.
 */
public enum Loss {

    /** Linear SVM: {@code max(0, 1 - y p)}. The default. */
    HINGE("hinge"),
    /** Logistic regression: {@code log(1 + exp(-y p))}. */
    LOG_LOSS("log_loss"),
    /** Quadratically smoothed hinge (Zhang 2004). */
    MODIFIED_HUBER("modified_huber"),
    /** {@code max(0, 1 - y p)^2}. */
    SQUARED_HINGE("squared_hinge"),
    /** Hinge with threshold 0: {@code max(0, -y p)}. */
    PERCEPTRON("perceptron"),
    /** {@code (p - y)^2 / 2}. */
    SQUARED_ERROR("squared_error"),
    /** Squared error within {@code epsilon}, linear beyond. */
    HUBER("huber"),
    /** {@code max(0, |y - p| - epsilon)}. */
    EPSILON_INSENSITIVE("epsilon_insensitive"),
    /** {@code max(0, |y - p| - epsilon)^2}. */
    SQUARED_EPSILON_INSENSITIVE("squared_epsilon_insensitive");

    private final String m_name;

    Loss(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name of the loss, e.g. "log_loss" */
    public String sklearnName() {
        return m_name;
    }

    /** @return whether the loss uses {@link SGDParams#epsilon()} */
    public boolean usesEpsilon() {
        return this == HUBER || this == EPSILON_INSENSITIVE || this == SQUARED_EPSILON_INSENSITIVE;
    }

    /**
     * @param name scikit-learn's name (case-insensitive); the deprecated "log" means {@link #LOG_LOSS}, as in
     *            scikit-learn 1.2
     * @return the loss
     * @throws ParameterException for an unknown name
     */
    public static Loss of(final String name) {
        final String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("log")) {
            return LOG_LOSS;
        }
        for (final Loss l : values()) {
            if (l.m_name.equals(n)) {
                return l;
            }
        }
        throw ParameterException.invalid(SGDClassifier.ESTIMATOR, "loss", "a str among " + names(values()),
            "'" + name + "'");
    }

    /**
     * The loss as the kernel evaluates it.
     *
     * @param epsilon the epsilon of the epsilon-using losses
     * @return the function
     */
    LossFunction function(final double epsilon) {
        return switch (this) {
            case HINGE -> new LossFunction.Hinge(1.0);
            case LOG_LOSS -> new LossFunction.Log();
            case MODIFIED_HUBER -> new LossFunction.ModifiedHuber();
            case SQUARED_HINGE -> new LossFunction.SquaredHinge(1.0);
            case PERCEPTRON -> new LossFunction.Hinge(0.0);
            case SQUARED_ERROR -> new LossFunction.SquaredLoss();
            case HUBER -> new LossFunction.Huber(epsilon);
            case EPSILON_INSENSITIVE -> new LossFunction.EpsilonInsensitive(epsilon);
            case SQUARED_EPSILON_INSENSITIVE -> new LossFunction.SquaredEpsilonInsensitive(epsilon);
        };
    }

    private static String names(final Loss[] values) {
        final StringBuilder b = new StringBuilder("{");
        for (final Loss l : values) {
            b.append(b.length() > 1 ? ", " : "").append('\'').append(l.m_name).append('\'');
        }
        return b.append('}').toString();
    }
}
