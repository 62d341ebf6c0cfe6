package org.mnistlab.knime.predict;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;

/**
 * Settings of the predictor nodes (SGD Predictor, SVC Predictor): the name of the prediction column and whether the
 * decision scores are appended. Shared, so that both predictors read the same settings.
 */
public final class PredictorParameters implements NodeParameters {

    /** Title of the prediction column option, named in messages. */
    static final String PREDICTION_COLUMN = "Prediction column";

    /** Title of the score option, named in messages. */
    static final String APPEND_SCORES = "Append decision scores";

    @Widget(title = PREDICTION_COLUMN, description = "The name of the appended column holding each row's predicted "
        + "class (text). Empty: <tt>Prediction (</tt><i>label column</i><tt>)</tt>, the label column being the one "
        + "the model was trained on.")
    String m_predictionColumn = "";

    @Widget(title = APPEND_SCORES, description = "Also append the decision scores (scikit-learn's "
        + "<tt>decision_function</tt>), one double column each: for a model of two classes one column, the score "
        + "of the second (positive) class, e.g. <tt>Score (True)</tt>; else one column per class, e.g. "
        + "<tt>Score (5)</tt>, or for an SVC with one-vs-one decision shape one per class pair, e.g. "
        + "<tt>Score (0 vs 1)</tt>, positive for the first class of the pair.")
    boolean m_appendScores = true;

    /** The defaults: the default prediction column name, scores appended. */
    public PredictorParameters() {
    }

    /**
     * @param predictionColumn the prediction column's name; empty for the default
     * @param appendScores whether to append the decision scores
     * @return the parameters
     */
    public static PredictorParameters of(final String predictionColumn, final boolean appendScores) {
        final PredictorParameters p = new PredictorParameters();
        p.m_predictionColumn = predictionColumn;
        p.m_appendScores = appendScores;
        return p;
    }
}
