package org.mnistlab.engine.svm;

import java.util.Locale;

import org.mnistlab.engine.validation.ParameterException;

/** The kernels of scikit-learn's {@code SVC(kernel=...)}, with its names. */
public enum Kernel {

    /** {@code <x, x'>}. */
    LINEAR("linear"),

    /** {@code (gamma <x, x'> + coef0)^degree}. */
    POLY("poly"),

    /** {@code exp(-gamma |x - x'|^2)}, the default. */
    RBF("rbf"),

    /** {@code tanh(gamma <x, x'> + coef0)}. */
    SIGMOID("sigmoid");

    private final String m_name;

    Kernel(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name of the kernel, e.g. "rbf" */
    public String sklearnName() {
        return m_name;
    }

    /**
     * @param name scikit-learn's name, case-insensitive
     * @return the kernel
     * @throws ParameterException for an unknown name
     */
    public static Kernel of(final String name) {
        final String n = name.trim().toLowerCase(Locale.ROOT);
        for (final Kernel k : values()) {
            if (k.m_name.equals(n)) {
                return k;
            }
        }
        throw ParameterException.invalid(SVC.ESTIMATOR, "kernel", "a str among {'linear', 'poly', 'rbf', 'sigmoid'}",
            "'" + name + "'");
    }

    @Override
    public String toString() {
        return m_name;
    }
}
