package org.mnistlab.engine.metrics;

/**
 * What precision, recall and F1 are when their denominator is zero, scikit-learn's {@code zero_division}. Its default
 * {@code "warn"} gives 0 (plus a warning), {@link #ZERO}.
 */
public enum ZeroDivision {
    /** 0, scikit-learn's default. */
    ZERO(0.0),
    /** 1. */
    ONE(1.0);

    private final double m_value;

    ZeroDivision(final double value) {
        m_value = value;
    }

    /** @return the value a metric takes when its denominator is zero */
    public double value() {
        return m_value;
    }
}
