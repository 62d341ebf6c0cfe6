package org.mnistlab.knime.node.thresholdsweep;

import java.util.Locale;

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
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.mnistlab.charts.PrecisionRecallThresholdChart;
import org.mnistlab.knime.params.ComparisonChoice;
import org.mnistlab.knime.table.LabelColumnsProvider;
import org.mnistlab.knime.table.ScoredTruth;

/**
 * Settings of the Threshold Sweep. Defaults are the lab's: the "5" detector's decision scores, the threshold of 90%
 * precision ({@code thresholds[(precisions >= 0.90).argmax()]}) and the book's axis from -50,000 to 50,000.
 */
public final class ThresholdSweepParameters implements NodeParameters {

    /** How the chosen threshold is found. */
    enum Choice {
            @Label(value = "Fixed threshold", description = "The threshold given below, e.g. the lab's 3000.")
            FIXED,
            @Label(value = "Target precision", description = "The lowest threshold whose precision reaches the "
                + "target: the lab's <tt>thresholds[(precisions &gt;= 0.90).argmax()]</tt>, which keeps the most "
                + "recall.")
            TARGET_PRECISION,
            @Label(value = "Target recall", description = "The highest threshold whose recall still reaches the "
                + "target, which gives the most precision.")
            TARGET_RECALL
    }

    /** The threshold axis of the precision and recall chart. */
    enum Axis {
            @Label(value = "Lab", description = "From -50,000 to 50,000, the book's <tt>plt.axis([-50000, 50000, "
                + "0, 1])</tt>.")
            LAB,
            @Label(value = "Scores", description = "From the lowest to the highest score.")
            SCORES,
            @Label(value = "Custom", description = "From the minimum to the maximum given below.")
            CUSTOM
    }

    @Section(title = "Columns")
    interface ColumnsSection {
    }

    @Section(title = "Chosen threshold")
    @After(ColumnsSection.class)
    interface ChoiceSection {
    }

    @Section(title = "Chart")
    @After(ChoiceSection.class)
    interface ChartSection {
    }

    interface ChoiceRef extends ParameterReference<Choice> {
    }

    interface AxisRef extends ParameterReference<Axis> {
    }

    static final class IsFixed implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ChoiceRef.class).isOneOf(Choice.FIXED);
        }
    }

    static final class IsTargetPrecision implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ChoiceRef.class).isOneOf(Choice.TARGET_PRECISION);
        }
    }

    static final class IsTargetRecall implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ChoiceRef.class).isOneOf(Choice.TARGET_RECALL);
        }
    }

    static final class IsCustomAxis implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(AxisRef.class).isOneOf(Axis.CUSTOM);
        }
    }

    static final String TRUTH_COLUMN = ScoredTruth.TRUTH_COLUMN;

    static final String POSITIVE_VALUE = ScoredTruth.POSITIVE_VALUE;

    static final String SCORE_COLUMN = ScoredTruth.SCORE_COLUMN;

    static final String THRESHOLD = "Threshold";

    static final String TARGET_PRECISION = "Target precision";

    static final String TARGET_RECALL = "Target recall";

    static final String AXIS_MIN = "Axis minimum";

    static final String AXIS_MAX = "Axis maximum";

    @Layout(ColumnsSection.class)
    @Widget(title = TRUTH_COLUMN, description = "The column holding each row's true class. Connected to the "
        + "Cross-Validation's out-of-fold table, a new node takes the boolean target of its binary problem, "
        + "<tt>label = positive value</tt>, with positive value <tt>true</tt>: then the positive class is set in "
        + "the Cross-Validation alone.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_truthColumn = "";

    @Layout(ColumnsSection.class)
    @Widget(title = POSITIVE_VALUE, description = "The true class that counts as positive (compared as text), "
        + "e.g. <tt>5</tt> in a label column or <tt>true</tt> in a boolean target column. When the scores "
        + "were computed for another positive class than the one counted here (the 5s against scores that find "
        + "3s), the node warns.")
    String m_positiveValue = "5";

    @Layout(ColumnsSection.class)
    @Widget(title = SCORE_COLUMN, description = "The positive class's decision scores (or probabilities): the "
        + "higher, the more positive.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    String m_scoreColumn = "";

    @Layout(ChoiceSection.class)
    @Widget(title = "Choose by", description = "How the threshold reported in the second output and marked in the "
        + "charts is chosen.")
    @ValueSwitchWidget
    @ValueReference(ChoiceRef.class)
    Choice m_choice = Choice.TARGET_PRECISION;

    @Layout(ChoiceSection.class)
    @Widget(title = THRESHOLD, description = "The decision threshold (the lab also looks at 3000).")
    @Effect(predicate = IsFixed.class, type = EffectType.SHOW)
    double m_threshold = 3000;

    @Layout(ChoiceSection.class)
    @Widget(title = TARGET_PRECISION, description = "The precision to reach, 0 to 1 (the lab's 0.90).")
    @Effect(predicate = IsTargetPrecision.class, type = EffectType.SHOW)
    double m_targetPrecision = 0.9;

    @Layout(ChoiceSection.class)
    @Widget(title = TARGET_RECALL, description = "The recall to keep, 0 to 1.")
    @Effect(predicate = IsTargetRecall.class, type = EffectType.SHOW)
    double m_targetRecall = 0.9;

    @Layout(ChoiceSection.class)
    @Widget(title = "Positive when the score is", description = "How the chosen threshold's precision, recall and "
        + "counts are computed.")
    @ValueSwitchWidget
    ComparisonChoice m_comparison = ComparisonChoice.AT_OR_ABOVE;

    @Layout(ChartSection.class)
    @Widget(title = "Threshold axis", description = "The range of the threshold axis of the precision and recall "
        + "chart.")
    @ValueSwitchWidget
    @ValueReference(AxisRef.class)
    Axis m_axis = Axis.LAB;

    @Layout(ChartSection.class)
    @Widget(title = AXIS_MIN, description = "The left end of the threshold axis.")
    @Effect(predicate = IsCustomAxis.class, type = EffectType.SHOW)
    double m_axisMin = PrecisionRecallThresholdChart.LAB_MIN_THRESHOLD;

    @Layout(ChartSection.class)
    @Widget(title = AXIS_MAX, description = "The right end of the threshold axis, greater than the minimum.")
    @Effect(predicate = IsCustomAxis.class, type = EffectType.SHOW)
    double m_axisMax = PrecisionRecallThresholdChart.LAB_MAX_THRESHOLD;

    ThresholdSweepParameters() {
    }

    ThresholdSweepParameters(final NodeParametersInput input) {
        input.getInTableSpec(0).ifPresent(spec -> {
            final ScoredTruth.Proposal p = ScoredTruth.propose(spec,
                LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName));
            p.truthColumn().ifPresent(c -> m_truthColumn = c);
            p.positiveValue().ifPresent(v -> m_positiveValue = v);
            p.scoreColumn().ifPresent(c -> m_scoreColumn = c);
        });
    }

    /**
     * Checks what does not depend on a table. Empty columns are valid: a new node has none until a table is
     * connected (KNIME saves, loads and applies such settings); {@link #requireColumns()} asks for them.
     */
    @Override
    public void validate() throws InvalidSettingsException {
        if (m_positiveValue == null || m_positiveValue.isEmpty()) {
            throw new InvalidSettingsException(POSITIVE_VALUE + ": enter the true class that counts as positive.");
        }
        if (m_choice == Choice.FIXED && !Double.isFinite(m_threshold)) {
            throw new InvalidSettingsException(THRESHOLD + " must be a finite number, got " + m_threshold + ".");
        }
        if (m_choice == Choice.TARGET_PRECISION) {
            checkFraction(TARGET_PRECISION, m_targetPrecision);
        }
        if (m_choice == Choice.TARGET_RECALL) {
            checkFraction(TARGET_RECALL, m_targetRecall);
        }
        if (m_axis == Axis.CUSTOM) {
            if (!Double.isFinite(m_axisMin) || !Double.isFinite(m_axisMax)) {
                throw new InvalidSettingsException(AXIS_MIN + " and " + AXIS_MAX + " must be finite numbers.");
            }
            if (!(m_axisMax > m_axisMin)) {
                throw new InvalidSettingsException(AXIS_MAX + " (" + m_axisMax + ") must be greater than the "
                    + AXIS_MIN.toLowerCase(Locale.ROOT) + " (" + m_axisMin + ").");
            }
        }
    }

    /** @throws InvalidSettingsException naming the option if a column is not chosen yet */
    void requireColumns() throws InvalidSettingsException {
        if (m_truthColumn == null || m_truthColumn.isBlank()) {
            throw new InvalidSettingsException(TRUTH_COLUMN + ": select the column holding the true classes.");
        }
        if (m_scoreColumn == null || m_scoreColumn.isBlank()) {
            throw new InvalidSettingsException(SCORE_COLUMN + ": select the column holding the scores.");
        }
    }

    private static void checkFraction(final String option, final double value) throws InvalidSettingsException {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidSettingsException(option + " must lie between 0 and 1, got " + value + ".");
        }
    }
}
