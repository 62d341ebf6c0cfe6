package org.mnistlab.engine.linear;

import java.util.Locale;

import org.mnistlab.engine.validation.ParameterException;

/** The step-size schedules of scikit-learn's {@code SGDClassifier} ({@code learning_rate}); t counts samples seen. */
public enum LearningRate {

    /** {@code eta = eta0}. */
    CONSTANT("constant"),
    /** {@code eta = 1 / (alpha (t + t0))}, t0 chosen by Bottou's heuristic. The default. */
    OPTIMAL("optimal"),
    /** {@code eta = eta0 / t^power_t}. */
    INVSCALING("invscaling"),
    /** {@code eta = eta0}, divided by 5 whenever {@code n_iter_no_change} epochs do not improve the loss. */
    ADAPTIVE("adaptive");

    private final String m_name;

    LearningRate(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name, e.g. "invscaling" */
    public String sklearnName() {
        return m_name;
    }

    /**
     * @param name scikit-learn's name (case-insensitive)
     * @return the schedule
     * @throws ParameterException for an unknown name
     */
    public static LearningRate of(final String name) {
        final String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (final LearningRate r : values()) {
            if (r.m_name.equals(n)) {
                return r;
            }
        }
        throw ParameterException.invalid(SGDClassifier.ESTIMATOR, "learning_rate",
            "a str among {'constant', 'optimal', 'invscaling', 'adaptive'}", "'" + name + "'");
    }
}
