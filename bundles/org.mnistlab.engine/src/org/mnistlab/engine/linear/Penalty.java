package org.mnistlab.engine.linear;

import java.util.Locale;

import org.mnistlab.engine.validation.ParameterException;

/** The regularization terms of scikit-learn's {@code SGDClassifier} ({@code penalty}). */
public enum Penalty {

    /** No regularization ({@code penalty=None}). */
    NONE("none"),
    /** Squared Euclidean norm, applied by scaling the weights. The default. */
    L2("l2"),
    /** Absolute norm, applied by cumulative truncated gradient (Tsuruoka et al. 2009). */
    L1("l1"),
    /** {@code l1_ratio} L1 plus {@code 1 - l1_ratio} L2. */
    ELASTICNET("elasticnet");

    private final String m_name;

    Penalty(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name, "none" standing for Python's None */
    public String sklearnName() {
        return m_name;
    }

    /** @return whether the weights are scaled by the L2 part every step */
    boolean hasL2() {
        return this == L2 || this == ELASTICNET;
    }

    /** @return whether the L1 truncation runs every step */
    boolean hasL1() {
        return this == L1 || this == ELASTICNET;
    }

    /**
     * @param name "l2", "l1", "elasticnet", or "none"/"None"/empty for no penalty (case-insensitive)
     * @return the penalty
     * @throws ParameterException for an unknown name
     */
    public static Penalty of(final String name) {
        final String n = name == null ? "none" : name.trim().toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return NONE;
        }
        for (final Penalty p : values()) {
            if (p.m_name.equals(n)) {
                return p;
            }
        }
        throw ParameterException.invalid(SGDClassifier.ESTIMATOR, "penalty",
            "a str among {'l1', 'l2', 'elasticnet'} or None", "'" + name + "'");
    }
}
