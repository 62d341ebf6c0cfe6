package org.mnistlab.knime.params;

import org.knime.node.parameters.widget.choices.Label;
import org.mnistlab.engine.metrics.Comparison;

/**
 * The "Positive when the score is" option of the threshold nodes: the engine's {@link Comparison} with the label and
 * description each choice shows in a dialog. The constants are the engine's, so saved settings keep their values.
 */
public enum ComparisonChoice {
        /** {@link Comparison#ABOVE}. */
        @Label(value = "Above the threshold", description = "Positive when <tt>score &gt; threshold</tt>: the rule "
            + "of a classifier's <tt>predict</tt> (<tt>decision_function(X) &gt; 0</tt>) and of the lab's "
            + "<tt>y_scores &gt; 3000</tt>.")
        ABOVE(Comparison.ABOVE),
        /** {@link Comparison#AT_OR_ABOVE}. */
        @Label(value = "At or above the threshold", description = "Positive when <tt>score &gt;= threshold</tt>: "
            + "the points of <tt>precision_recall_curve</tt> and the lab's <tt>y_scores &gt;= "
            + "threshold_for_90_precision</tt>.")
        AT_OR_ABOVE(Comparison.AT_OR_ABOVE);

    private final Comparison m_comparison;

    ComparisonChoice(final Comparison comparison) {
        m_comparison = comparison;
    }

    /** @return the engine's comparison */
    public Comparison comparison() {
        return m_comparison;
    }
}
