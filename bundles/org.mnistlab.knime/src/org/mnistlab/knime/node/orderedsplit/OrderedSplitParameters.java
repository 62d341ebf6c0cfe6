package org.mnistlab.knime.node.orderedsplit;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveDoubleValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.LabelColumnsProvider;

/**
 * Settings of the Train-Test Split. Defaults are the lab's split: the first 60,000 rows for training, the rest for
 * testing ({@code X[:60000], X[60000:]}).
 */
public final class OrderedSplitParameters implements NodeParameters {

    /** How rows are assigned, as scikit-learn's {@code train_test_split} options. */
    enum Mode {
            @Label(value = "First rows", description = "The first rows are the training set, all following rows the "
                + "test set, in table order (<tt>train_test_split(..., shuffle=False)</tt>, i.e. "
                + "<tt>X[:n], X[n:]</tt>).")
            ORDERED,
            @Label(value = "Shuffled", description = "Rows are drawn at random with the seed "
                + "(<tt>train_test_split(..., shuffle=True, random_state=seed)</tt>); the outputs keep the drawn order.")
            SHUFFLED,
            @Label(value = "Stratified", description = "Rows are drawn at random with the seed so that both sets keep "
                + "the class proportions of the class column (<tt>train_test_split(..., stratify=y, "
                + "random_state=seed)</tt>).")
            STRATIFIED
    }

    /** How the training set size is given. */
    enum SizeKind {
            @Label(value = "Number of rows", description = "An absolute number of training rows "
                + "(<tt>train_size</tt> as an integer).")
            COUNT,
            @Label(value = "Fraction of rows", description = "A fraction of all rows, rounded down "
                + "(<tt>train_size</tt> as a float).")
            FRACTION
    }

    interface ModeRef extends ParameterReference<Mode> {
    }

    interface SizeKindRef extends ParameterReference<SizeKind> {
    }

    static final class IsRandom implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ModeRef.class).isOneOf(Mode.SHUFFLED, Mode.STRATIFIED);
        }
    }

    static final class IsStratified implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ModeRef.class).isOneOf(Mode.STRATIFIED);
        }
    }

    static final class IsCount implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(SizeKindRef.class).isOneOf(SizeKind.COUNT);
        }
    }

    static final String TRAIN_ROWS = "Training rows";

    static final String TRAIN_FRACTION = "Training fraction";

    static final String SEED = "Random seed";

    static final String CLASS_COLUMN = "Class column";

    @Widget(title = "Split", description = "How rows are assigned to the two sets.")
    @ValueSwitchWidget
    @ValueReference(ModeRef.class)
    Mode m_mode = Mode.ORDERED;

    @Widget(title = "Training set size", description = "How the size of the training set is given; the test set "
        + "is all remaining rows.")
    @ValueSwitchWidget
    @ValueReference(SizeKindRef.class)
    SizeKind m_sizeKind = SizeKind.COUNT;

    @Widget(title = TRAIN_ROWS, description = "The number of training rows; it must be smaller than the number of "
        + "input rows.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    @Effect(predicate = IsCount.class, type = EffectType.SHOW)
    int m_trainRows = 60_000;

    @Widget(title = TRAIN_FRACTION, description = "The share of rows used for training, between 0 and 1 "
        + "(exclusive).")
    @NumberInputWidget(minValidation = IsPositiveDoubleValidation.class)
    @Effect(predicate = IsCount.class, type = EffectType.HIDE)
    double m_trainFraction = 0.8;

    @Widget(title = SEED, description = "The seed of numpy's random generator (<tt>random_state</tt>), 0 to "
        + RandomState.MAX_SEED + "; the same seed gives the rows scikit-learn gives.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Effect(predicate = IsRandom.class, type = EffectType.SHOW)
    long m_seed = 42;

    @Widget(title = CLASS_COLUMN, description = "The column whose class proportions both sets keep. Classes are "
        + "ordered as scikit-learn orders them: by value for numeric columns, alphabetically for text.")
    @ChoicesProvider(LabelColumnsProvider.class)
    @Effect(predicate = IsStratified.class, type = EffectType.SHOW)
    String m_classColumn = "";

    OrderedSplitParameters() {
    }

    OrderedSplitParameters(final NodeParametersInput input) {
        LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName).ifPresent(c -> m_classColumn = c);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_sizeKind == SizeKind.COUNT && m_trainRows < 1) {
            throw new InvalidSettingsException(TRAIN_ROWS + " must be at least 1, got " + m_trainRows + ".");
        }
        if (m_sizeKind == SizeKind.FRACTION && !(m_trainFraction > 0 && m_trainFraction < 1)) {
            throw new InvalidSettingsException(
                TRAIN_FRACTION + " must lie strictly between 0 and 1, got " + m_trainFraction + ".");
        }
        if (m_mode != Mode.ORDERED && (m_seed < 0 || m_seed > RandomState.MAX_SEED)) {
            throw new InvalidSettingsException(
                SEED + " must lie in 0.." + RandomState.MAX_SEED + ", got " + m_seed + ".");
        }
    }

    /**
     * The class column of a stratified split, asked for at configure: a new node has none until a table is connected
     * (KNIME saves, loads and applies such settings).
     *
     * @param spec the input table's spec
     * @return the class column's index
     * @throws InvalidSettingsException if none is chosen or the table has no such column
     */
    int classColumn(final DataTableSpec spec) throws InvalidSettingsException {
        if (m_classColumn == null || m_classColumn.isBlank()) {
            throw new InvalidSettingsException(CLASS_COLUMN + ": select the column whose classes to stratify by.");
        }
        return Columns.requireLabel(spec, m_classColumn, CLASS_COLUMN);
    }
}
