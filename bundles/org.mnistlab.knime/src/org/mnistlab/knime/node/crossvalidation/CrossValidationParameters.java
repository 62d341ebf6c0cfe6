package org.mnistlab.knime.node.crossvalidation;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
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
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.knime.node.sgdlearner.SGDHyperParameters;
import org.mnistlab.knime.node.svmlearner.SVCHyperParameters;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters;

/**
 * Settings of the Cross-Validation node. Defaults are the lab's
 * {@code cross_val_score(SGDClassifier(random_state=42), X_train, y_train_5, cv=3)}: the binary "is it a 5" target,
 * three unshuffled stratified folds, every numeric column but the label as a feature. The columns and the learners'
 * hyper-parameters are the blocks the learner nodes use ({@link TrainingColumnsParameters}, {@link SGDHyperParameters},
 * {@link SVCHyperParameters}), so a fold's model is the model the learner node fits with the same settings.
 */
public final class CrossValidationParameters implements NodeParameters {

    /** What the learner predicts. */
    enum TargetKind {
            @Label(value = "One value against the rest", description = "Two classes: rows whose label is the "
                + "positive value against all others, the lab's <tt>y_train == '5'</tt>.")
            BINARY,
            @Label(value = "All classes", description = "Every distinct label is a class (for SGD one-vs-all, for "
                + "the SVM one-vs-one unless one-vs-rest is chosen).")
            MULTICLASS
    }

    /** The classifier fitted in every fold. */
    enum LearnerKind {
            @Label(value = "SGD", description = "scikit-learn's <tt>SGDClassifier</tt>.")
            SGD,
            @Label(value = "SVM", description = "scikit-learn's <tt>SVC</tt> (libsvm), optionally wrapped in "
                + "<tt>OneVsRestClassifier</tt>.")
            SVM
    }

    /** How rows are assigned to folds. */
    enum FoldKind {
            @Label(value = "Stratified", description = "Each fold keeps the class proportions of all rows, "
                + "scikit-learn's <tt>StratifiedKFold</tt>, which <tt>cv=k</tt> means for classifiers.")
            STRATIFIED,
            @Label(value = "Consecutive blocks", description = "Folds are consecutive blocks of rows, "
                + "scikit-learn's <tt>KFold</tt>.")
            KFOLD
    }

    @Section(title = "Columns")
    interface ColumnsSection {
    }

    @Section(title = "Learner")
    @After(ColumnsSection.class)
    interface LearnerSection {
    }

    /**
     * Where the chosen learner's own sections go, those of the learner nodes. The hyper-parameter blocks keep their
     * sections to themselves (KNIME calls such a block self-contained), so each is placed here as a whole; sections
     * of this class cannot be ordered between theirs (KNIME rejects such a dialog as having several layout roots).
     */
    @After(LearnerSection.class)
    interface LearnerSettings {
    }

    @Section(title = "Folds")
    @After(LearnerSettings.class)
    interface FoldsSection {
    }

    interface TargetRef extends ParameterReference<TargetKind> {
    }

    interface LearnerRef extends ParameterReference<LearnerKind> {
    }

    static final class ShuffleRef implements BooleanReference {
    }

    static final class IsBinary implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(TargetRef.class).isOneOf(TargetKind.BINARY);
        }
    }

    static final class IsSgd implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(LearnerRef.class).isOneOf(LearnerKind.SGD);
        }
    }

    static final class IsSvm implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(LearnerRef.class).isOneOf(LearnerKind.SVM);
        }
    }

    static final String POSITIVE_VALUE = "Positive value";

    static final String FOLDS = "Number of folds";

    static final String SHUFFLE_SEED = "Shuffle seed";

    @Layout(ColumnsSection.class)
    TrainingColumnsParameters m_columns = new TrainingColumnsParameters();

    @Layout(ColumnsSection.class)
    @Widget(title = "Target", description = "Which classes the learner tells apart.")
    @ValueSwitchWidget
    @ValueReference(TargetRef.class)
    TargetKind m_target = TargetKind.BINARY;

    @Layout(ColumnsSection.class)
    @Widget(title = POSITIVE_VALUE, description = "The label of the positive class (compared as text): rows with "
        + "this label are <tt>True</tt>, all others <tt>False</tt>. The lab detects fives: <tt>5</tt>. The "
        + "out-of-fold columns' names do not contain it, so the nodes below need no change when it changes. To set "
        + "it in one place for an SGD Learner and this node, let the flow variable the SGD Learner outputs its "
        + "positive value as control this setting (the lab's workflows 2 and 3 do, with <tt>positive_class</tt> and "
        + "<tt>random_state</tt>).")
    @Effect(predicate = IsBinary.class, type = EffectType.SHOW)
    String m_positiveValue = "5";

    @Layout(LearnerSection.class)
    @Widget(title = "Learner", description = "The classifier fitted on the training part of every fold.")
    @ValueSwitchWidget
    @ValueReference(LearnerRef.class)
    LearnerKind m_learner = LearnerKind.SGD;

    @Layout(LearnerSection.class)
    @Widget(title = "Standardize in each fold", description = "Standardize the features (subtract the mean, divide "
        + "by the standard deviation) with statistics of each fold's training part only, then fit: "
        + "<tt>make_pipeline(StandardScaler(), classifier)</tt>. The lab instead scales all rows once before "
        + "cross-validating (a Standard Scaler Learner node before this one), which lets each fold see its test "
        + "rows' statistics.")
    boolean m_scaleInFold;

    @Layout(LearnerSettings.class)
    @Effect(predicate = IsSgd.class, type = EffectType.SHOW)
    SGDHyperParameters m_sgd = new SGDHyperParameters();

    @Layout(LearnerSettings.class)
    @Effect(predicate = IsSvm.class, type = EffectType.SHOW)
    SVCHyperParameters m_svm = new SVCHyperParameters();

    @Layout(FoldsSection.class)
    @Widget(title = FOLDS, description = "How many folds (<tt>cv</tt>), at least 2: every row is tested once, by "
        + "the model fitted on all other folds.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_folds = 3;

    @Layout(FoldsSection.class)
    @Widget(title = "Folds", description = "How rows are assigned to folds.")
    @ValueSwitchWidget
    FoldKind m_foldKind = FoldKind.STRATIFIED;

    @Layout(FoldsSection.class)
    @Widget(title = "Shuffle", description = "Shuffle before assigning folds (<tt>shuffle=True</tt>); otherwise "
        + "folds follow the row order, as the lab's <tt>cv=3</tt>.")
    @ValueReference(ShuffleRef.class)
    boolean m_shuffle;

    @Layout(FoldsSection.class)
    @Widget(title = SHUFFLE_SEED, description = "The seed of numpy's random generator that shuffles the rows "
        + "(<tt>random_state</tt>), 0 to " + RandomState.MAX_SEED + ".")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = ShuffleRef.class, type = EffectType.SHOW)
    long m_shuffleSeed = 42;

    @Layout(FoldsSection.class)
    @Widget(title = Threads.TITLE, description = "How many folds (and, within a fold, classes or class pairs) are "
        + "fitted at once; 0 means one per processor. They run on KNIME's thread pool, so KNIME's limit on working "
        + "threads caps them too. The results are the same for every value, only the speed differs.",
        advanced = true)
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_threads;

    CrossValidationParameters() {
    }

    CrossValidationParameters(final NodeParametersInput input) {
        m_columns = new TrainingColumnsParameters(input);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        m_columns.validate();
        if (m_target == TargetKind.BINARY && (m_positiveValue == null || m_positiveValue.isEmpty())) {
            throw new InvalidSettingsException(POSITIVE_VALUE + ": enter the label of the positive class.");
        }
        if (m_learner == LearnerKind.SGD) {
            m_sgd.validate();
        } else {
            m_svm.validate();
        }
        if (m_folds < 2) {
            throw new InvalidSettingsException(FOLDS + " must be at least 2, got " + m_folds + ".");
        }
        if (m_shuffle && (m_shuffleSeed < 0 || m_shuffleSeed > RandomState.MAX_SEED)) {
            throw new InvalidSettingsException(
                SHUFFLE_SEED + " must lie in 0.." + RandomState.MAX_SEED + ", got " + m_shuffleSeed + ".");
        }
        Threads.validate(m_threads);
    }
}
