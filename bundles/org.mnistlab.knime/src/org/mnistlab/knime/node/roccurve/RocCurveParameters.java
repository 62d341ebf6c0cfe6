package org.mnistlab.knime.node.roccurve;

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
import org.mnistlab.knime.table.LabelColumnsProvider;
import org.mnistlab.knime.table.ScoredTruth;

/**
 * Settings of the ROC Curve node: the columns as the Threshold Sweep takes them ({@link ScoredTruth}), scikit-learn's
 * {@code drop_intermediate} (default as scikit-learn's) and which threshold the chart marks. The defaults are the
 * lab's: the out-of-fold decision scores of the binary problem and its target, and the threshold the Threshold Sweep
 * chose (90% precision) when its second output is connected.
 */
public final class RocCurveParameters implements NodeParameters {

    /** Which threshold the chart marks and the summary reports. */
    enum Marked {
            @Label(value = "From the second input", description = "The threshold in the optional second input: "
                + "the first row's <tt>Threshold</tt> column (else its first numeric column), e.g. the Threshold "
                + "Sweep's chosen threshold, as the book marks the threshold for 90% precision. None when the input "
                + "is not connected.")
            INPUT,
            @Label(value = "Fixed threshold", description = "The threshold given below.")
            FIXED,
            @Label(value = "None", description = "Only the curve.")
            NONE
    }

    @Section(title = "Columns")
    interface ColumnsSection {
    }

    @Section(title = "Curve")
    @After(ColumnsSection.class)
    interface CurveSection {
    }

    interface MarkedRef extends ParameterReference<Marked> {
    }

    static final class IsFixed implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(MarkedRef.class).isOneOf(Marked.FIXED);
        }
    }

    static final String TRUTH_COLUMN = ScoredTruth.TRUTH_COLUMN;

    static final String POSITIVE_VALUE = ScoredTruth.POSITIVE_VALUE;

    static final String SCORE_COLUMN = ScoredTruth.SCORE_COLUMN;

    static final String THRESHOLD = "Threshold";

    @Layout(ColumnsSection.class)
    @Widget(title = TRUTH_COLUMN, description = "The column holding each row's true class. Connected to the "
        + "Cross-Validation's out-of-fold table, a new node takes the boolean target of its binary problem, "
        + "<tt>label = positive value</tt>, with positive value <tt>true</tt>: then the positive class is set in "
        + "the Cross-Validation alone, as for the Threshold Sweep.")
    @ChoicesProvider(LabelColumnsProvider.class)
    String m_truthColumn = "";

    @Layout(ColumnsSection.class)
    @Widget(title = POSITIVE_VALUE, description = "The true class that counts as positive (compared as text), "
        + "e.g. <tt>5</tt> in a label column or <tt>true</tt> in a boolean target column; all other rows are "
        + "negative. For a multiclass model, the class whose one-vs-rest curve to draw, with its score column. When "
        + "the scores were computed for another positive class than the one counted here, the node warns.")
    String m_positiveValue = "5";

    @Layout(ColumnsSection.class)
    @Widget(title = SCORE_COLUMN, description = "The positive class's decision scores (or probabilities): the "
        + "higher, the more positive.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    String m_scoreColumn = "";

    @Layout(CurveSection.class)
    @Widget(title = "Drop intermediate thresholds", description = "Leave out the thresholds whose points lie in "
        + "the middle of a straight horizontal or vertical stretch of the curve (<tt>drop_intermediate=True</tt>, "
        + "scikit-learn's default). They change neither the drawn curve nor its area; off, the table has a row per "
        + "distinct score.")
    boolean m_dropIntermediate = true;

    @Layout(CurveSection.class)
    @Widget(title = "Marked threshold", description = "Which threshold's point the chart marks and the second "
        + "output reports.")
    @ValueSwitchWidget
    @ValueReference(MarkedRef.class)
    Marked m_marked = Marked.INPUT;

    @Layout(CurveSection.class)
    @Widget(title = THRESHOLD, description = "The decision threshold to mark, e.g. 0 (the classifier's "
        + "<tt>predict</tt>) or the lab's 3000.")
    @Effect(predicate = IsFixed.class, type = EffectType.SHOW)
    double m_threshold;

    RocCurveParameters() {
    }

    /** The scores and their truth as the Threshold Sweep proposes them ({@link ScoredTruth#propose}). */
    RocCurveParameters(final NodeParametersInput input) {
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
     * connected; {@link #requireColumns()} asks for them.
     */
    @Override
    public void validate() throws InvalidSettingsException {
        if (m_positiveValue == null || m_positiveValue.isEmpty()) {
            throw new InvalidSettingsException(POSITIVE_VALUE + ": enter the true class that counts as positive.");
        }
        if (m_marked == Marked.FIXED && !Double.isFinite(m_threshold)) {
            throw new InvalidSettingsException(THRESHOLD + " must be a finite number, got " + m_threshold + ".");
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
}
