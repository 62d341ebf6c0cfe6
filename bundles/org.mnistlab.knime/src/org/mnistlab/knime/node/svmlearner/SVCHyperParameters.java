package org.mnistlab.knime.node.svmlearner;

import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveDoubleValidation;
import org.mnistlab.engine.svm.DecisionFunctionShape;
import org.mnistlab.engine.svm.Gamma;
import org.mnistlab.engine.svm.Kernel;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.engine.validation.ParameterException;
import org.mnistlab.knime.params.EngineParameters;

/**
 * scikit-learn's {@code SVC} hyper-parameters with its defaults ({@code SVC()}, the lab's step 6) and the
 * one-vs-rest option ({@code OneVsRestClassifier(SVC())}, step 7), in the dialog sections "Kernel", "Solver" and
 * "Multiclass". The SVC Learner extends this class with its columns and threads, so its settings stay one flat level;
 * the Cross-Validation node nests it, so both nodes fit the same models from the same settings.
 */
public class SVCHyperParameters implements NodeParameters {

    /** The section of the kernel and its coefficients. */
    @Section(title = "Kernel")
    public interface KernelSection {
    }

    /** The section of libsvm's solver settings. */
    @Section(title = "Solver")
    @After(KernelSection.class)
    public interface SolverSection {
    }

    /** The section of how more than two classes are learned. */
    @Section(title = "Multiclass")
    @After(SolverSection.class)
    public interface MulticlassSection {
    }

    /** scikit-learn's {@code kernel}. */
    enum KernelChoice {
            @Label(value = "RBF", description = "<tt>rbf</tt>: <tt>exp(-gamma |x - x'|<sup>2</sup>)</tt>.")
            RBF(Kernel.RBF),
            @Label(value = "Linear", description = "<tt>linear</tt>: <tt>x &#183; x'</tt>.")
            LINEAR(Kernel.LINEAR),
            @Label(value = "Polynomial", description = "<tt>poly</tt>: "
                + "<tt>(gamma x &#183; x' + coef0)<sup>degree</sup></tt>.")
            POLY(Kernel.POLY),
            @Label(value = "Sigmoid", description = "<tt>sigmoid</tt>: <tt>tanh(gamma x &#183; x' + coef0)</tt>.")
            SIGMOID(Kernel.SIGMOID);

        private final Kernel m_kernel;

        KernelChoice(final Kernel kernel) {
            m_kernel = kernel;
        }
    }

    /** scikit-learn's {@code gamma}. */
    enum GammaChoice {
            @Label(value = "Scale", description = "<tt>'scale'</tt>: 1 / (number of features &#215; variance of "
                + "all feature values), or 1 if that variance is 0.")
            SCALE,
            @Label(value = "Auto", description = "<tt>'auto'</tt>: 1 / number of features.")
            AUTO,
            @Label(value = "Value", description = "The given gamma value.")
            VALUE
    }

    /** Whether to fit SVC's one-vs-one model or one binary SVC per class. */
    enum Strategy {
            @Label(value = "One-vs-one (SVC)", description = "scikit-learn's <tt>SVC</tt>: libsvm's one-vs-one "
                + "model, one binary problem per class pair, the prediction by vote.")
            ONE_VS_ONE,
            @Label(value = "One-vs-rest", description = "<tt>OneVsRestClassifier(SVC())</tt>: one binary SVC per "
                + "class against all others; the prediction is the class with the highest score.")
            ONE_VS_REST
    }

    /** scikit-learn's {@code decision_function_shape}. */
    enum ShapeChoice {
            @Label(value = "One-vs-rest", description = "<tt>'ovr'</tt>: one score per class, the class's votes "
                + "plus a confidence below 1/3.")
            OVR(DecisionFunctionShape.OVR),
            @Label(value = "One-vs-one", description = "<tt>'ovo'</tt>: libsvm's score per class pair.")
            OVO(DecisionFunctionShape.OVO);

        private final DecisionFunctionShape m_shape;

        ShapeChoice(final DecisionFunctionShape shape) {
            m_shape = shape;
        }
    }

    interface KernelRef extends ParameterReference<KernelChoice> {
    }

    interface GammaRef extends ParameterReference<GammaChoice> {
    }

    interface StrategyRef extends ParameterReference<Strategy> {
    }

    interface ShapeRef extends ParameterReference<ShapeChoice> {
    }

    static final class UsesGamma implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(KernelRef.class).isOneOf(KernelChoice.RBF, KernelChoice.POLY, KernelChoice.SIGMOID);
        }
    }

    static final class UsesGammaValue implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return and(i.getPredicate(UsesGamma.class), i.getEnum(GammaRef.class).isOneOf(GammaChoice.VALUE));
        }
    }

    static final class IsPoly implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(KernelRef.class).isOneOf(KernelChoice.POLY);
        }
    }

    static final class UsesCoef0 implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(KernelRef.class).isOneOf(KernelChoice.POLY, KernelChoice.SIGMOID);
        }
    }

    static final class IsOneVsOne implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(StrategyRef.class).isOneOf(Strategy.ONE_VS_ONE);
        }
    }

    static final class CanBreakTies implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return and(i.getPredicate(IsOneVsOne.class), i.getEnum(ShapeRef.class).isOneOf(ShapeChoice.OVR));
        }
    }

    static final String C = "C";

    static final String GAMMA_VALUE = "Gamma value";

    static final String DEGREE = "Degree";

    static final String COEF0 = "Coef0";

    static final String TOL = "Tolerance";

    static final String CACHE_SIZE = "Cache size (MB)";

    static final String BREAK_TIES = "Break ties";

    /** scikit-learn's parameter names → the titles of the options that hold them, for the engine's messages. */
    static final Map<String, String> TITLES = Map.ofEntries(Map.entry("kernel", "Kernel"), Map.entry("C", C),
        Map.entry("gamma", GAMMA_VALUE), Map.entry("degree", DEGREE), Map.entry("coef0", COEF0),
        Map.entry("tol", TOL), Map.entry("shrinking", "Shrinking"), Map.entry("cache_size", CACHE_SIZE),
        Map.entry("decision_function_shape", "Decision function shape"), Map.entry("break_ties", BREAK_TIES));

    @Widget(title = "Kernel", description = "The kernel function (<tt>kernel</tt>).")
    @ValueReference(KernelRef.class)
    @Layout(KernelSection.class)
    KernelChoice m_kernel = KernelChoice.RBF;

    @Widget(title = C, description = "The regularization parameter (<tt>C</tt>), greater than 0: the bound of each "
        + "sample's dual coefficient. Smaller values regularize more.")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    @Layout(KernelSection.class)
    double m_c = 1.0;

    @Widget(title = "Gamma", description = "The kernel coefficient of the RBF, polynomial and sigmoid kernels "
        + "(<tt>gamma</tt>).")
    @ValueSwitchWidget
    @ValueReference(GammaRef.class)
    @Effect(predicate = UsesGamma.class, type = EffectType.SHOW)
    @Layout(KernelSection.class)
    GammaChoice m_gamma = GammaChoice.SCALE;

    @Widget(title = GAMMA_VALUE, description = "The gamma used when \"Value\" is chosen, at least 0.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = UsesGammaValue.class, type = EffectType.SHOW)
    @Layout(KernelSection.class)
    double m_gammaValue = 0.001;

    @Widget(title = DEGREE, description = "The degree of the polynomial kernel (<tt>degree</tt>), at least 0.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = IsPoly.class, type = EffectType.SHOW)
    @Layout(KernelSection.class)
    int m_degree = 3;

    @Widget(title = COEF0, description = "The independent term of the polynomial and sigmoid kernels "
        + "(<tt>coef0</tt>).")
    @Effect(predicate = UsesCoef0.class, type = EffectType.SHOW)
    @Layout(KernelSection.class)
    double m_coef0 = 0.0;

    @Widget(title = TOL, description = "libsvm's stopping tolerance (<tt>tol</tt>), greater than 0.")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    @Layout(SolverSection.class)
    double m_tol = 1e-3;

    @Widget(title = "Shrinking", description = "Use libsvm's shrinking heuristic (<tt>shrinking</tt>); it changes "
        + "the speed, and the solution only within the tolerance.")
    @Layout(SolverSection.class)
    boolean m_shrinking = true;

    @Widget(title = CACHE_SIZE, description = "The kernel cache in megabytes (<tt>cache_size</tt>), greater than "
        + "0. It also bounds the kernel values that are precomputed for speed.")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    @Layout(SolverSection.class)
    double m_cacheSize = 200;

    @Widget(title = "Strategy", description = "How more than two classes are learned.")
    @ValueSwitchWidget
    @ValueReference(StrategyRef.class)
    @Layout(MulticlassSection.class)
    Strategy m_strategy = Strategy.ONE_VS_ONE;

    @Widget(title = "Decision function shape", description = "The decision scores of an SVC with more than two "
        + "classes (<tt>decision_function_shape</tt>).")
    @ValueSwitchWidget
    @ValueReference(ShapeRef.class)
    @Effect(predicate = IsOneVsOne.class, type = EffectType.SHOW)
    @Layout(MulticlassSection.class)
    ShapeChoice m_decisionFunctionShape = ShapeChoice.OVR;

    @Widget(title = BREAK_TIES, description = "Predict the class with the highest one-vs-rest score instead of "
        + "libsvm's vote, whose ties go to the first class (<tt>break_ties</tt>); needs the one-vs-rest shape.")
    @Effect(predicate = CanBreakTies.class, type = EffectType.SHOW)
    @Layout(MulticlassSection.class)
    boolean m_breakTies;

    /**
     * Checks the hyper-parameters by building the engine's {@link SVCParams}, whose rules and scikit-learn's messages
     * they are; the message names the option first.
     *
     * @throws InvalidSettingsException if one is out of range
     */
    @Override
    public void validate() throws InvalidSettingsException {
        toEngine();
    }

    /** @return whether one binary SVC per class is fitted */
    public boolean oneVsRest() {
        return m_strategy == Strategy.ONE_VS_REST;
    }

    /**
     * The SVC's hyper-parameters. With the one-vs-rest strategy the SVCs are binary, so the decision shape and tie
     * breaking do not apply: they keep scikit-learn's defaults, as in {@code OneVsRestClassifier(SVC())}.
     *
     * @return the engine's hyper-parameters
     * @throws InvalidSettingsException if the engine rejects them; the message starts with the option's title
     */
    public SVCParams toEngine() throws InvalidSettingsException {
        final boolean ovo = m_strategy == Strategy.ONE_VS_ONE;
        final DecisionFunctionShape shape = ovo ? m_decisionFunctionShape.m_shape : DecisionFunctionShape.OVR;
        final boolean breakTies = ovo && m_decisionFunctionShape == ShapeChoice.OVR && m_breakTies;
        try {
            final Gamma gamma = switch (m_gamma) {
                case SCALE -> Gamma.SCALE;
                case AUTO -> Gamma.AUTO;
                case VALUE -> Gamma.of(m_gammaValue);
            };
            return new SVCParams(m_c, m_kernel.m_kernel, m_degree, gamma, m_coef0, m_shrinking, m_tol, m_cacheSize,
                shape, breakTies);
        } catch (ParameterException e) {
            throw EngineParameters.invalid(e, TITLES);
        }
    }
}
