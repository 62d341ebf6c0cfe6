package org.mnistlab.knime.node.thresholdapply;

import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
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
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.mnistlab.knime.params.ComparisonChoice;
import org.mnistlab.knime.table.PredictionColumns;

/**
 * Settings of the Threshold Apply node. Defaults are a classifier's own rule, {@code decision_function(X) > 0}, as
 * {@code predict} applies it.
 */
public final class ThresholdApplyParameters implements NodeParameters {

    /** The type of the appended prediction column. */
    enum OutputType {
            @Label(value = "Boolean", description = "<tt>true</tt> for positive, <tt>false</tt> for negative, as "
                + "the lab's <tt>y_scores &gt; threshold</tt>.")
            BOOLEAN,
            @Label(value = "Text", description = "The labels given below.")
            TEXT
    }

    interface OutputTypeRef extends ParameterReference<OutputType> {
    }

    static final class IsText implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(OutputTypeRef.class).isOneOf(OutputType.TEXT);
        }
    }

    static final String SCORE_COLUMN = "Score column";

    static final String THRESHOLD = "Threshold";

    static final String OUTPUT_COLUMN = "Output column";

    static final String POSITIVE_LABEL = "Positive label";

    static final String NEGATIVE_LABEL = "Negative label";

    @Widget(title = SCORE_COLUMN, description = "The positive class's decision scores (or probabilities). If the "
        + "column is gone from the input and it has exactly one decision score column, the node uses that one and "
        + "warns.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    String m_scoreColumn = "";

    @Widget(title = THRESHOLD, description = "The decision threshold, e.g. one chosen by the Threshold Sweep (the "
        + "lab's 3000, or 3370.02 for 90% precision). 0 with \"above\" is what the classifier's <tt>predict</tt> "
        + "does.")
    double m_threshold;

    @Widget(title = "Positive when the score is", description = "How a score is compared with the threshold.")
    @ValueSwitchWidget
    ComparisonChoice m_comparison = ComparisonChoice.ABOVE;

    @Widget(title = OUTPUT_COLUMN, description = "The name of the appended prediction column; it must not exist "
        + "yet. Rows with a missing score get a missing prediction. A boolean prediction of scores of a binary "
        + "problem (the Cross-Validation's <tt>Score (True)</tt>) names that problem's target in its properties, so "
        + "that a Scorer proposes the two columns.")
    String m_outputColumn = "Prediction";

    @Widget(title = "Output type", description = "The type of the prediction column.")
    @ValueSwitchWidget
    @ValueReference(OutputTypeRef.class)
    OutputType m_outputType = OutputType.BOOLEAN;

    @Widget(title = POSITIVE_LABEL, description = "The text of a positive prediction.")
    @Effect(predicate = IsText.class, type = EffectType.SHOW)
    String m_positiveLabel = "True";

    @Widget(title = NEGATIVE_LABEL, description = "The text of a negative prediction.")
    @Effect(predicate = IsText.class, type = EffectType.SHOW)
    String m_negativeLabel = "False";

    ThresholdApplyParameters() {
    }

    ThresholdApplyParameters(final NodeParametersInput input) {
        input.getInTableSpec(0).ifPresent(this::proposeScore);
    }

    /** The last decision score column ({@link PredictionColumns}), else the last numeric column. */
    private void proposeScore(final DataTableSpec spec) {
        final List<DataColumnSpec> numeric =
            spec.stream().filter(c -> c.getType().isCompatible(DoubleValue.class)).toList();
        numeric.stream().filter(PredictionColumns::isScore).reduce((a, b) -> b)
            .or(() -> numeric.stream().reduce((a, b) -> b)).ifPresent(c -> m_scoreColumn = c.getName());
    }

    /**
     * Checks what does not depend on a table. An empty score column is valid: a new node has none until a table is
     * connected (KNIME saves, loads and applies such settings); {@link #requireColumns()} asks for it.
     */
    @Override
    public void validate() throws InvalidSettingsException {
        if (Double.isNaN(m_threshold)) {
            throw new InvalidSettingsException(THRESHOLD + " must be a number, got NaN.");
        }
        if (m_outputColumn == null || m_outputColumn.isBlank()) {
            throw new InvalidSettingsException(OUTPUT_COLUMN + " must not be blank.");
        }
        if (m_outputType == OutputType.TEXT) {
            if (m_positiveLabel == null || m_negativeLabel == null) {
                throw new InvalidSettingsException(POSITIVE_LABEL + " and " + NEGATIVE_LABEL + " must be text.");
            }
            if (m_positiveLabel.equals(m_negativeLabel)) {
                throw new InvalidSettingsException(POSITIVE_LABEL + " and " + NEGATIVE_LABEL + " must differ, both "
                    + "are \"" + m_positiveLabel + "\".");
            }
        }
    }

    /** @throws InvalidSettingsException naming the option if the score column is not chosen yet */
    void requireColumns() throws InvalidSettingsException {
        if (m_scoreColumn == null || m_scoreColumn.isBlank()) {
            throw new InvalidSettingsException(SCORE_COLUMN + ": select the column holding the scores.");
        }
    }
}
