package org.mnistlab.engine.svm;

import java.util.Locale;

import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.validation.ParameterException;

/**
 * scikit-learn's {@code SVC(gamma=...)}: {@code 'scale'} (the default), {@code 'auto'} or a non-negative number.
 *
 * @param mode how gamma is obtained
 * @param value the number for {@link Mode#VALUE}, otherwise NaN
 */
public record Gamma(Mode mode, double value) {

    /** How gamma is obtained. */
    public enum Mode {
        /** {@code 1 / (n_features * X.var())}, or 1 when the variance is 0. */
        SCALE,
        /** {@code 1 / n_features}. */
        AUTO,
        /** A given number. */
        VALUE
    }

    /** {@code gamma='scale'}. */
    public static final Gamma SCALE = new Gamma(Mode.SCALE, Double.NaN);

    /** {@code gamma='auto'}. */
    public static final Gamma AUTO = new Gamma(Mode.AUTO, Double.NaN);

    /** Checks the value. */
    public Gamma {
        if (mode == null) {
            throw new ParameterException("gamma", "gamma mode is missing");
        }
        if (mode == Mode.VALUE && !(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw invalid(Double.toString(value), null);
        }
        if (mode != Mode.VALUE) {
            value = Double.NaN;
        }
    }

    /**
     * @param value a non-negative, finite gamma
     * @return that fixed gamma
     */
    public static Gamma of(final double value) {
        return new Gamma(Mode.VALUE, value);
    }

    /**
     * @param text "scale", "auto" or a number, as {@link #toString()} writes it
     * @return the gamma
     * @throws ParameterException if the text is none of those
     */
    public static Gamma parse(final String text) {
        final String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("scale")) {
            return SCALE;
        }
        if (t.equals("auto")) {
            return AUTO;
        }
        try {
            return of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw invalid("'" + text + "'", e);
        }
    }

    private static ParameterException invalid(final String got, final Throwable cause) {
        return new ParameterException("gamma", "The 'gamma' parameter of SVC must be a str among {'auto', 'scale'} "
            + "or a float in the range [0.0, inf). Got " + got + " instead.", cause);
    }

    /**
     * The gamma a fit on {@code x} uses, as scikit-learn's {@code BaseLibSVM.fit} computes {@code _gamma}.
     *
     * @param x the training samples
     * @return the resolved gamma
     */
    double resolve(final FeatureMatrix x) {
        switch (mode) {
            case SCALE: {
                final double var = NumpyVariance.of(x);
                return var != 0 ? 1.0 / (x.cols() * var) : 1.0;
            }
            case AUTO:
                return 1.0 / x.cols();
            default:
                return value;
        }
    }

    /** @return "scale", "auto" or the number (round-trip exact) */
    @Override
    public String toString() {
        switch (mode) {
            case SCALE:
                return "scale";
            case AUTO:
                return "auto";
            default:
                return Double.toString(value);
        }
    }
}
