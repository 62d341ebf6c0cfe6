package org.mnistlab.engine.svm;

import java.util.Locale;

import org.mnistlab.engine.validation.ParameterException;

/** scikit-learn's {@code SVC(decision_function_shape=...)}: how multiclass decision values are reported. */
public enum DecisionFunctionShape {

    /**
     * One column per class: the one-vs-one votes plus the monotonically squashed sum of pairwise confidences
     * (scikit-learn's {@code _ovr_decision_function}). The default.
     */
    OVR("ovr"),

    /** libsvm's raw pairwise decision values, one column per class pair (0,1), (0,2), ..., (k-2,k-1). */
    OVO("ovo");

    private final String m_name;

    DecisionFunctionShape(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name, "ovr" or "ovo" */
    public String sklearnName() {
        return m_name;
    }

    /**
     * @param name "ovr" or "ovo", case-insensitive
     * @return the shape
     * @throws ParameterException for other names
     */
    public static DecisionFunctionShape of(final String name) {
        final String n = name.trim().toLowerCase(Locale.ROOT);
        for (final DecisionFunctionShape s : values()) {
            if (s.m_name.equals(n)) {
                return s;
            }
        }
        throw ParameterException.invalid(SVC.ESTIMATOR, "decision_function_shape", "a str among {'ovo', 'ovr'}",
            "'" + name + "'");
    }

    @Override
    public String toString() {
        return m_name;
    }
}
