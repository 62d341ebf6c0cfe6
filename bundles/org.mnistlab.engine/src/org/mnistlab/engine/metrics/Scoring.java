package org.mnistlab.engine.metrics;

import java.util.Arrays;

/**
 * scikit-learn's predefined classification scorers by name ({@code scoring="f1_macro"} etc.), computed from the
 * confusion matrix of one set of predictions, e.g. one cross-validation fold. The binary scorers take the second
 * class as positive, as scikit-learn's {@code pos_label=1} does for a {@code y == '5'} target.
 */
public enum Scoring {
    /** {@code "accuracy"}. */
    ACCURACY("accuracy"),
    /** {@code "precision"}: of the second (positive) class. */
    PRECISION("precision"),
    /** {@code "recall"}: of the second (positive) class. */
    RECALL("recall"),
    /** {@code "f1"}: of the second (positive) class. */
    F1("f1"),
    /** {@code "precision_macro"}. */
    PRECISION_MACRO("precision_macro"),
    /** {@code "precision_micro"}. */
    PRECISION_MICRO("precision_micro"),
    /** {@code "precision_weighted"}. */
    PRECISION_WEIGHTED("precision_weighted"),
    /** {@code "recall_macro"}. */
    RECALL_MACRO("recall_macro"),
    /** {@code "recall_micro"}. */
    RECALL_MICRO("recall_micro"),
    /** {@code "recall_weighted"}. */
    RECALL_WEIGHTED("recall_weighted"),
    /** {@code "f1_macro"}. */
    F1_MACRO("f1_macro"),
    /** {@code "f1_micro"}. */
    F1_MICRO("f1_micro"),
    /** {@code "f1_weighted"}. */
    F1_WEIGHTED("f1_weighted");

    private final String m_name;

    Scoring(final String name) {
        m_name = name;
    }

    /** @return scikit-learn's name of the scorer */
    public String sklearnName() {
        return m_name;
    }

    /**
     * @param name a scikit-learn scorer name, e.g. "f1_macro"
     * @return the scorer
     */
    public static Scoring of(final String name) {
        for (final Scoring s : values()) {
            if (s.m_name.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a supported scoring value; use one of "
            + Arrays.stream(values()).map(Scoring::sklearnName).toList());
    }

    /**
     * @param cm confusion matrix of the predictions to score
     * @return the score
     */
    public double score(final ConfusionMatrix cm) {
        return switch (this) {
            case ACCURACY -> cm.accuracy();
            case PRECISION -> binary(cm).precision();
            case RECALL -> binary(cm).recall();
            case F1 -> binary(cm).f1();
            case PRECISION_MACRO -> PrecisionRecallF1.average(cm, Average.MACRO).precision();
            case PRECISION_MICRO -> PrecisionRecallF1.average(cm, Average.MICRO).precision();
            case PRECISION_WEIGHTED -> PrecisionRecallF1.average(cm, Average.WEIGHTED).precision();
            case RECALL_MACRO -> PrecisionRecallF1.average(cm, Average.MACRO).recall();
            case RECALL_MICRO -> PrecisionRecallF1.average(cm, Average.MICRO).recall();
            case RECALL_WEIGHTED -> PrecisionRecallF1.average(cm, Average.WEIGHTED).recall();
            case F1_MACRO -> PrecisionRecallF1.average(cm, Average.MACRO).f1();
            case F1_MICRO -> PrecisionRecallF1.average(cm, Average.MICRO).f1();
            case F1_WEIGHTED -> PrecisionRecallF1.average(cm, Average.WEIGHTED).f1();
        };
    }

    private PrecisionRecallF1 binary(final ConfusionMatrix cm) {
        if (cm.numClasses() != 2) {
            throw new IllegalArgumentException("scoring '" + m_name + "' needs two classes (the second is positive), "
                + "got " + cm.numClasses() + "; use '" + m_name + "_macro', '_micro' or '_weighted'");
        }
        return PrecisionRecallF1.binary(cm, 1);
    }
}
