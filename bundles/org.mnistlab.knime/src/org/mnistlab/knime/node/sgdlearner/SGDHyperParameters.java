package org.mnistlab.knime.node.sgdlearner;

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
import org.knime.node.parameters.updates.util.BooleanReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.mnistlab.engine.linear.LearningRate;
import org.mnistlab.engine.linear.Loss;
import org.mnistlab.engine.linear.Penalty;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.ParameterException;
import org.mnistlab.knime.params.EngineParameters;

/**
 * scikit-learn's {@code SGDClassifier} hyper-parameters with its defaults, except {@code random_state}, which is the
 * lab's 42 (scikit-learn's default, None, is not reproducible), in the dialog sections "Loss and regularization" and
 * "Optimization". The SGD Learner extends this class with its columns and classes, so its settings stay one flat
 * level; the Cross-Validation node nests it, so both nodes fit the same models from the same settings.
 */
public class SGDHyperParameters implements NodeParameters {

    /** The section of the loss and the penalty. */
    @Section(title = "Loss and regularization")
    public interface LossSection {
    }

    /** The section of the optimizer's settings. */
    @Section(title = "Optimization")
    @After(LossSection.class)
    public interface OptimizationSection {
    }

    /** scikit-learn's {@code loss}. */
    enum LossChoice {
            @Label(value = "Hinge", description = "<tt>hinge</tt>: a linear SVM.")
            HINGE(Loss.HINGE),
            @Label(value = "Log loss", description = "<tt>log_loss</tt>: logistic regression.")
            LOG_LOSS(Loss.LOG_LOSS),
            @Label(value = "Modified Huber", description = "<tt>modified_huber</tt>: a smoothed hinge loss.")
            MODIFIED_HUBER(Loss.MODIFIED_HUBER),
            @Label(value = "Squared hinge", description = "<tt>squared_hinge</tt>: the hinge loss squared.")
            SQUARED_HINGE(Loss.SQUARED_HINGE),
            @Label(value = "Perceptron", description = "<tt>perceptron</tt>: the hinge loss with threshold 0.")
            PERCEPTRON(Loss.PERCEPTRON),
            @Label(value = "Squared error", description = "<tt>squared_error</tt>: least squares on the +1/-1 "
                + "targets.")
            SQUARED_ERROR(Loss.SQUARED_ERROR),
            @Label(value = "Huber", description = "<tt>huber</tt>: squared error up to epsilon, linear beyond.")
            HUBER(Loss.HUBER),
            @Label(value = "Epsilon-insensitive", description = "<tt>epsilon_insensitive</tt>: errors below "
                + "epsilon are ignored.")
            EPSILON_INSENSITIVE(Loss.EPSILON_INSENSITIVE),
            @Label(value = "Squared epsilon-insensitive", description = "<tt>squared_epsilon_insensitive</tt>: the "
                + "epsilon-insensitive loss squared.")
            SQUARED_EPSILON_INSENSITIVE(Loss.SQUARED_EPSILON_INSENSITIVE);

        private final Loss m_loss;

        LossChoice(final Loss loss) {
            m_loss = loss;
        }
    }

    /** scikit-learn's {@code penalty}. */
    enum PenaltyChoice {
            @Label(value = "L2", description = "<tt>l2</tt>: the squared norm of the weights.")
            L2(Penalty.L2),
            @Label(value = "L1", description = "<tt>l1</tt>: the absolute norm; gives sparse weights.")
            L1(Penalty.L1),
            @Label(value = "Elastic net", description = "<tt>elasticnet</tt>: L1 ratio times L1 plus the rest "
                + "times L2.")
            ELASTICNET(Penalty.ELASTICNET),
            @Label(value = "None", description = "<tt>None</tt>: no regularization.")
            NONE(Penalty.NONE);

        private final Penalty m_penalty;

        PenaltyChoice(final Penalty penalty) {
            m_penalty = penalty;
        }
    }

    /** scikit-learn's {@code learning_rate}. */
    enum LearningRateChoice {
            @Label(value = "Optimal", description = "<tt>optimal</tt>: <tt>1 / (alpha (t + t0))</tt> with Bottou's "
                + "t0.")
            OPTIMAL(LearningRate.OPTIMAL),
            @Label(value = "Constant", description = "<tt>constant</tt>: the initial learning rate throughout.")
            CONSTANT(LearningRate.CONSTANT),
            @Label(value = "Inverse scaling", description = "<tt>invscaling</tt>: "
                + "<tt>eta0 / t<sup>power_t</sup></tt>.")
            INVSCALING(LearningRate.INVSCALING),
            @Label(value = "Adaptive", description = "<tt>adaptive</tt>: the initial learning rate, divided by 5 "
                + "whenever the loss stops improving.")
            ADAPTIVE(LearningRate.ADAPTIVE);

        private final LearningRate m_rate;

        LearningRateChoice(final LearningRate rate) {
            m_rate = rate;
        }
    }

    interface LossRef extends ParameterReference<LossChoice> {
    }

    interface PenaltyRef extends ParameterReference<PenaltyChoice> {
    }

    interface LearningRateRef extends ParameterReference<LearningRateChoice> {
    }

    static final class StopRef implements BooleanReference {
    }

    static final class UsesEpsilon implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(LossRef.class).isOneOf(LossChoice.HUBER, LossChoice.EPSILON_INSENSITIVE,
                LossChoice.SQUARED_EPSILON_INSENSITIVE);
        }
    }

    static final class IsElasticNet implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(PenaltyRef.class).isOneOf(PenaltyChoice.ELASTICNET);
        }
    }

    static final class UsesEta0 implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(LearningRateRef.class).isOneOf(LearningRateChoice.CONSTANT,
                LearningRateChoice.INVSCALING, LearningRateChoice.ADAPTIVE);
        }
    }

    static final class IsInvScaling implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(LearningRateRef.class).isOneOf(LearningRateChoice.INVSCALING);
        }
    }

    static final String ALPHA = "Alpha";

    static final String L1_RATIO = "L1 ratio";

    static final String EPSILON = "Epsilon";

    static final String ETA0 = "Initial learning rate";

    static final String POWER_T = "Power t";

    static final String MAX_ITER = "Maximum epochs";

    static final String TOL = "Tolerance";

    static final String N_ITER_NO_CHANGE = "Epochs without improvement";

    static final String SEED = "Random seed";

    /** scikit-learn's parameter names → the titles of the options that hold them, for the engine's messages. */
    static final Map<String, String> TITLES = Map.ofEntries(Map.entry("loss", "Loss"), Map.entry("epsilon", EPSILON),
        Map.entry("penalty", "Penalty"), Map.entry("alpha", ALPHA), Map.entry("l1_ratio", L1_RATIO),
        Map.entry("fit_intercept", "Fit intercept"), Map.entry("learning_rate", "Learning rate"),
        Map.entry("eta0", ETA0), Map.entry("power_t", POWER_T), Map.entry("max_iter", MAX_ITER),
        Map.entry("tol", TOL), Map.entry("n_iter_no_change", N_ITER_NO_CHANGE), Map.entry("shuffle", "Shuffle"),
        Map.entry("random_state", SEED));

    @Widget(title = "Loss", description = "The loss function (<tt>loss</tt>).")
    @ValueReference(LossRef.class)
    @Layout(LossSection.class)
    LossChoice m_loss = LossChoice.HINGE;

    @Widget(title = EPSILON, description = "The epsilon of the Huber and epsilon-insensitive losses "
        + "(<tt>epsilon</tt>), at least 0.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = UsesEpsilon.class, type = EffectType.SHOW)
    @Layout(LossSection.class)
    double m_epsilon = 0.1;

    @Widget(title = "Penalty", description = "The regularization term (<tt>penalty</tt>).")
    @ValueReference(PenaltyRef.class)
    @Layout(LossSection.class)
    PenaltyChoice m_penalty = PenaltyChoice.L2;

    @Widget(title = ALPHA, description = "The regularization strength (<tt>alpha</tt>), at least 0; greater than 0 "
        + "with the optimal learning rate, which is derived from it.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Layout(LossSection.class)
    double m_alpha = 1e-4;

    @Widget(title = L1_RATIO, description = "The elastic-net mixing (<tt>l1_ratio</tt>) from 0 (pure L2) to 1 "
        + "(pure L1).")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = IsElasticNet.class, type = EffectType.SHOW)
    @Layout(LossSection.class)
    double m_l1Ratio = 0.15;

    @Widget(title = "Fit intercept", description = "Learn an intercept (<tt>fit_intercept</tt>); without it the "
        + "decision boundary passes through the origin.")
    @Layout(LossSection.class)
    boolean m_fitIntercept = true;

    @Widget(title = "Learning rate", description = "The step-size schedule (<tt>learning_rate</tt>).")
    @ValueReference(LearningRateRef.class)
    @Layout(OptimizationSection.class)
    LearningRateChoice m_learningRate = LearningRateChoice.OPTIMAL;

    @Widget(title = ETA0, description = "The initial step size of the constant, inverse scaling and adaptive "
        + "schedules (<tt>eta0</tt>); it must then be greater than 0.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = UsesEta0.class, type = EffectType.SHOW)
    @Layout(OptimizationSection.class)
    double m_eta0 = 0.0;

    @Widget(title = POWER_T, description = "The exponent of the inverse scaling schedule (<tt>power_t</tt>).")
    @Effect(predicate = IsInvScaling.class, type = EffectType.SHOW)
    @Layout(OptimizationSection.class)
    double m_powerT = 0.5;

    @Widget(title = MAX_ITER, description = "The largest number of passes over the data (<tt>max_iter</tt>), at "
        + "least 1.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    @Layout(OptimizationSection.class)
    int m_maxIter = 1000;

    @Widget(title = "Stop when the loss stops improving", description = "Stop once the training loss of "
        + "an epoch has not improved on the best one by the tolerance for the given number of epochs "
        + "(<tt>tol</tt> set). Off: always run the maximum number of epochs (<tt>tol=None</tt>).")
    @ValueReference(StopRef.class)
    @Layout(OptimizationSection.class)
    boolean m_stopEarly = true;

    @Widget(title = TOL, description = "The stopping tolerance (<tt>tol</tt>), at least 0: an epoch improves if its "
        + "summed loss is below the best one minus tolerance times the number of rows.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = StopRef.class, type = EffectType.SHOW)
    @Layout(OptimizationSection.class)
    double m_tol = 1e-3;

    @Widget(title = N_ITER_NO_CHANGE, description = "How many epochs without improvement stop the training "
        + "(<tt>n_iter_no_change</tt>), at least 1; with the adaptive schedule they divide the learning rate by 5 "
        + "instead, and training stops when it falls below 1e-6.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    @Layout(OptimizationSection.class)
    int m_nIterNoChange = 5;

    @Widget(title = "Shuffle", description = "Shuffle the rows before every epoch (<tt>shuffle</tt>).")
    @Layout(OptimizationSection.class)
    boolean m_shuffle = true;

    @Widget(title = SEED, description = "The seed of numpy's random generator (<tt>random_state</tt>), 0 to "
        + RandomState.MAX_SEED + "; it decides the shuffling, so the same seed gives scikit-learn's model.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Layout(OptimizationSection.class)
    long m_randomState = SGDParams.DEFAULT_RANDOM_STATE;

    /**
     * Checks the hyper-parameters by building the engine's {@link SGDParams}, whose rules and scikit-learn's messages
     * they are; the message names the option first.
     *
     * @throws InvalidSettingsException if one is out of range or they do not fit together
     */
    @Override
    public void validate() throws InvalidSettingsException {
        toEngine();
    }

    /**
     * @return the engine's hyper-parameters
     * @throws InvalidSettingsException if the engine rejects them; the message starts with the option's title
     */
    public SGDParams toEngine() throws InvalidSettingsException {
        try {
            return new SGDParams(m_loss.m_loss, m_penalty.m_penalty, m_alpha, m_l1Ratio, m_fitIntercept, m_maxIter,
                m_stopEarly ? m_tol : null, m_shuffle, m_epsilon, m_randomState, m_learningRate.m_rate, m_eta0,
                m_powerT, m_nIterNoChange);
        } catch (ParameterException e) {
            throw EngineParameters.invalid(e, TITLES);
        }
    }
}
