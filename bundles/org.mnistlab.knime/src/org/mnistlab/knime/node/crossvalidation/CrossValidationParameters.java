package org.mnistlab.knime.node.crossvalidation;

import org.knime.core.data.DataColumnSpec;
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
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.mnistlab.knime.table.LabelColumnsProvider;

/**
 * Settings of the Cross-Validation node. Defaults are the lab's
 * {@code cross_val_score(SGDClassifier(random_state=42), X_train, y_train_5, cv=3)}: the binary "is it a 5" target,
 * three unshuffled stratified folds, every numeric column but the label as a feature.
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

    /** Which columns are features. */
    enum FeatureColumns {
            @Label(value = "All numeric columns", description = "Every numeric column except the label column.")
            ALL_NUMERIC,
            @Label(value = "Numbered columns", description = "The columns named with the prefix followed by 0, 1, "
                + "2, ... (e.g. <tt>pixel_0</tt> to <tt>pixel_783</tt>), in number order.")
            NUMBERED
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

    @Section(title = "Folds")
    @After(LearnerSection.class)
    interface FoldsSection {
    }

    interface TargetRef extends ParameterReference<TargetKind> {
    }

    interface FeaturesRef extends ParameterReference<FeatureColumns> {
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

    static final class IsNumbered implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(FeaturesRef.class).isOneOf(FeatureColumns.NUMBERED);
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

    static final String LABEL_COLUMN = "Label column";

    static final String POSITIVE_VALUE = "Positive value";

    static final String PREFIX = "Feature column prefix";

    static final String FOLDS = "Number of folds";

    static final String SHUFFLE_SEED = "Shuffle seed";

    static final String THREADS = "Parallel folds";

    @Layout(ColumnsSection.class)
    @Widget(title = LABEL_COLUMN, description = "The column holding each row's class label. Classes are ordered "
        + "as scikit-learn orders them: by value for numeric columns, alphabetically for text.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_labelColumn = "";

    @Layout(ColumnsSection.class)
    @Widget(title = "Target", description = "Which classes the learner tells apart.")
    @ValueSwitchWidget
    @ValueReference(TargetRef.class)
    TargetKind m_target = TargetKind.BINARY;

    @Layout(ColumnsSection.class)
    @Widget(title = POSITIVE_VALUE, description = "The label of the positive class (compared as text): rows with "
        + "this label are <tt>True</tt>, all others <tt>False</tt>. The lab detects fives: <tt>5</tt>.")
    @Effect(predicate = IsBinary.class, type = EffectType.SHOW)
    String m_positiveValue = "5";

    @Layout(ColumnsSection.class)
    @Widget(title = "Feature columns", description = "Which columns the learner reads, in table order.")
    @ValueSwitchWidget
    @ValueReference(FeaturesRef.class)
    FeatureColumns m_featureColumns = FeatureColumns.ALL_NUMERIC;

    @Layout(ColumnsSection.class)
    @Widget(title = PREFIX, description = "The prefix of the numbered feature columns (as the MNIST Reader names "
        + "them: <tt>pixel_</tt>).")
    @Effect(predicate = IsNumbered.class, type = EffectType.SHOW)
    String m_featurePrefix = "pixel_";

    @Layout(LearnerSection.class)
    @Widget(title = "Learner", description = "The classifier fitted on the training part of every fold.")
    @ValueSwitchWidget
    @ValueReference(LearnerRef.class)
    LearnerKind m_learner = LearnerKind.SGD;

    @Layout(LearnerSection.class)
    @Effect(predicate = IsSgd.class, type = EffectType.SHOW)
    SgdSettings m_sgd = new SgdSettings();

    @Layout(LearnerSection.class)
    @Effect(predicate = IsSvm.class, type = EffectType.SHOW)
    SvmSettings m_svm = new SvmSettings();

    @Layout(LearnerSection.class)
    @Widget(title = "Standardize in each fold", description = "Standardize the features (subtract the mean, divide "
        + "by the standard deviation) with statistics of each fold's training part only, then fit: "
        + "<tt>make_pipeline(StandardScaler(), classifier)</tt>. The lab instead scales all rows once before "
        + "cross-validating (a Standard Scaler node before this one), which lets each fold see its test rows' "
        + "statistics.")
    boolean m_scaleInFold;

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
        + "(<tt>random_state</tt>), 0 to 4294967295.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = ShuffleRef.class, type = EffectType.SHOW)
    long m_shuffleSeed = 42;

    @Layout(FoldsSection.class)
    @Widget(title = THREADS, description = "How many folds (and, within a fold, classes) are fitted at once; 0 "
        + "uses one thread per processor. Results never depend on it.", advanced = true)
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_threads;

    CrossValidationParameters() {
    }

    CrossValidationParameters(final NodeParametersInput input) {
        LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName).ifPresent(c -> m_labelColumn = c);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_labelColumn == null || m_labelColumn.isBlank()) {
            throw new InvalidSettingsException(LABEL_COLUMN + ": select the column holding the class labels.");
        }
        if (m_target == TargetKind.BINARY && (m_positiveValue == null || m_positiveValue.isEmpty())) {
            throw new InvalidSettingsException(POSITIVE_VALUE + ": enter the label of the positive class.");
        }
        if (m_featureColumns == FeatureColumns.NUMBERED && (m_featurePrefix == null || m_featurePrefix.isBlank())) {
            throw new InvalidSettingsException(PREFIX + " must not be blank.");
        }
        if (m_learner == LearnerKind.SGD) {
            m_sgd.validate();
        } else {
            m_svm.validate();
        }
        if (m_folds < 2) {
            throw new InvalidSettingsException(FOLDS + " must be at least 2, got " + m_folds + ".");
        }
        if (m_shuffle && (m_shuffleSeed < 0 || m_shuffleSeed > SgdSettings.MAX_SEED)) {
            throw new InvalidSettingsException(
                SHUFFLE_SEED + " must lie in 0.." + SgdSettings.MAX_SEED + ", got " + m_shuffleSeed + ".");
        }
        if (m_threads < 0) {
            throw new InvalidSettingsException(THREADS + " must be 0 (one per processor) or more, got " + m_threads
                + ".");
        }
    }
}
