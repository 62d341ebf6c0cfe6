package org.mnistlab.knime.node.crossvalidation;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveDoubleValidation;
import org.mnistlab.engine.svm.DecisionFunctionShape;
import org.mnistlab.engine.svm.Gamma;
import org.mnistlab.engine.svm.Kernel;
import org.mnistlab.engine.svm.SVCParams;

/**
 * The SVM's settings inside the Cross-Validation node: the {@link SVCParams} a user changes most, all others at
 * scikit-learn's defaults, and the lab's one-vs-rest wrapper. Defaults are the lab's {@code SVC()}.
 */
final class SvmSettings implements NodeParameters {

    interface GammaModeRef extends ParameterReference<Gamma.Mode> {
    }

    static final class IsGammaValue implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(GammaModeRef.class).isOneOf(Gamma.Mode.VALUE);
        }
    }

    static final String C = "C";

    static final String GAMMA_VALUE = "Gamma value";

    static final String DEGREE = "Degree";

    static final String COEF0 = "Coef0";

    @Widget(title = C, description = "Regularization (<tt>C</tt>), greater than 0: each row's dual coefficient is "
        + "bounded by C; smaller values regularize more.")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    double m_c = 1.0;

    @Widget(title = "Kernel", description = "The kernel (<tt>kernel</tt>); the lab uses the RBF kernel.")
    Kernel m_kernel = Kernel.RBF;

    @Widget(title = "Gamma", description = "The kernel coefficient of the RBF, poly and sigmoid kernels "
        + "(<tt>gamma</tt>): scale = 1 / (features x variance of all values), auto = 1 / features, or a value.")
    @ValueReference(GammaModeRef.class)
    Gamma.Mode m_gamma = Gamma.Mode.SCALE;

    @Widget(title = GAMMA_VALUE, description = "The kernel coefficient when gamma is a value, 0 or more.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = IsGammaValue.class, type = EffectType.SHOW)
    double m_gammaValue = 0.01;

    @Widget(title = DEGREE, description = "The degree of the poly kernel (<tt>degree</tt>), 0 or more.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_degree = 3;

    @Widget(title = COEF0, description = "The independent term of the poly and sigmoid kernels (<tt>coef0</tt>).")
    double m_coef0;

    @Widget(title = "Decision function shape", description = "How the decision scores of more than two classes are "
        + "reported (<tt>decision_function_shape</tt>): ovr gives one score per class (the lab's default), ovo one "
        + "per pair of classes. Cross-validation needs one score per class, so ovo is only accepted for two classes.")
    DecisionFunctionShape m_decisionFunctionShape = DecisionFunctionShape.OVR;

    @Widget(title = "One-vs-rest", description = "Fit one binary SVM per class against all other classes and "
        + "predict the class of the highest score, the lab's <tt>OneVsRestClassifier(SVC())</tt>; otherwise one SVM "
        + "decides between all classes by one-vs-one votes.")
    boolean m_oneVsRest;

    /** @throws InvalidSettingsException naming the first option out of range */
    @Override
    public void validate() throws InvalidSettingsException {
        if (!(m_c > 0 && m_c < Double.POSITIVE_INFINITY)) {
            throw new InvalidSettingsException(C + " must be a positive number, got " + m_c + ".");
        }
        if (m_gamma == Gamma.Mode.VALUE && !(m_gammaValue >= 0 && m_gammaValue < Double.POSITIVE_INFINITY)) {
            throw new InvalidSettingsException(GAMMA_VALUE + " must be 0 or a positive number, got " + m_gammaValue
                + ".");
        }
        if (m_degree < 0) {
            throw new InvalidSettingsException(DEGREE + " must be 0 or more, got " + m_degree + ".");
        }
        if (!Double.isFinite(m_coef0)) {
            throw new InvalidSettingsException(COEF0 + " must be a finite number, got " + m_coef0 + ".");
        }
        params();
    }

    /**
     * @return the engine's parameters
     * @throws InvalidSettingsException with the engine's message if they do not fit together
     */
    SVCParams params() throws InvalidSettingsException {
        try {
            final Gamma gamma = switch (m_gamma) {
                case SCALE -> Gamma.SCALE;
                case AUTO -> Gamma.AUTO;
                case VALUE -> Gamma.of(m_gammaValue);
            };
            return SVCParams.DEFAULTS.withC(m_c).withKernel(m_kernel).withGamma(gamma).withDegree(m_degree)
                .withCoef0(m_coef0).withDecisionFunctionShape(m_decisionFunctionShape);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
