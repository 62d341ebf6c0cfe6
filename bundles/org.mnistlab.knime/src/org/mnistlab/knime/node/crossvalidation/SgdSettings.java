package org.mnistlab.knime.node.crossvalidation;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveDoubleValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.mnistlab.engine.linear.Loss;
import org.mnistlab.engine.linear.Penalty;
import org.mnistlab.engine.linear.SGDParams;

/**
 * The SGD classifier's settings inside the Cross-Validation node: the {@link SGDParams} a user changes most, all
 * others at scikit-learn's defaults. Defaults are the lab's {@code SGDClassifier(random_state=42)}.
 */
final class SgdSettings implements NodeParameters {

    static final String ALPHA = "Alpha";

    static final String L1_RATIO = "L1 ratio";

    static final String MAX_ITER = "Maximum epochs";

    static final String TOL = "Tolerance";

    static final String SEED = "Seed";

    /** numpy's {@code RandomState} takes seeds 0..2^32-1. */
    static final long MAX_SEED = 0xFFFF_FFFFL;

    @Widget(title = "Loss", description = "The loss function (<tt>loss</tt>): hinge gives a linear SVM (the lab's "
        + "default), log loss a logistic regression.")
    Loss m_loss = Loss.HINGE;

    @Widget(title = "Penalty", description = "The regularization term (<tt>penalty</tt>).")
    Penalty m_penalty = Penalty.L2;

    @Widget(title = ALPHA, description = "Regularization strength (<tt>alpha</tt>), greater than 0; it also sets "
        + "the step size of the optimal learning rate.")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_alpha = 1e-4;

    @Widget(title = L1_RATIO, description = "The elastic-net mixing (<tt>l1_ratio</tt>), 0 (pure L2) to 1 (pure "
        + "L1); used by the elastic-net penalty only.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double m_l1Ratio = 0.15;

    @Widget(title = MAX_ITER, description = "The maximum number of passes over the training rows "
        + "(<tt>max_iter</tt>), at least 1.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_maxIter = 1000;

    @Widget(title = TOL, description = "Training stops when an epoch's summed loss has not improved by more than "
        + "this times the number of rows for 5 epochs (<tt>tol</tt>), 0 or more.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double m_tol = 1e-3;

    @Widget(title = SEED, description = "The seed of numpy's random generator that shuffles the rows every epoch "
        + "(<tt>random_state</tt>), 0 to 4294967295. Every fold's model uses it, as scikit-learn clones the "
        + "estimator for each fold.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    long m_seed = SGDParams.DEFAULT_RANDOM_STATE;

    /** @throws InvalidSettingsException naming the first option out of range */
    @Override
    public void validate() throws InvalidSettingsException {
        if (!(m_alpha > 0 && m_alpha < Double.POSITIVE_INFINITY)) {
            throw new InvalidSettingsException(ALPHA + " must be a positive number, got " + m_alpha + ".");
        }
        if (!(m_l1Ratio >= 0 && m_l1Ratio <= 1)) {
            throw new InvalidSettingsException(L1_RATIO + " must lie in 0..1, got " + m_l1Ratio + ".");
        }
        if (m_maxIter < 1) {
            throw new InvalidSettingsException(MAX_ITER + " must be at least 1, got " + m_maxIter + ".");
        }
        if (!(m_tol >= 0 && m_tol < Double.POSITIVE_INFINITY)) {
            throw new InvalidSettingsException(TOL + " must be 0 or a positive number, got " + m_tol + ".");
        }
        if (m_seed < 0 || m_seed > MAX_SEED) {
            throw new InvalidSettingsException(SEED + " must lie in 0.." + MAX_SEED + ", got " + m_seed + ".");
        }
        params();
    }

    /**
     * @return the engine's parameters
     * @throws InvalidSettingsException with the engine's message if they do not fit together
     */
    SGDParams params() throws InvalidSettingsException {
        try {
            return SGDParams.DEFAULTS.withLoss(m_loss).withPenalty(m_penalty).withAlpha(m_alpha)
                .withL1Ratio(m_l1Ratio).withMaxIter(m_maxIter).withTol(m_tol).withRandomState(m_seed);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
