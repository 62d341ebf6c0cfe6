package org.mnistlab.knime.node.thresholdapply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.params.ComparisonChoice;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyParameters.OutputType;

class ThresholdApplyNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new ThresholdApplyNodeFactory(), ThresholdApplyParameters.class);

    private static BufferedDataTable scores() {
        return Tables.builder().column("label", StringCell.TYPE).column("Score (True)", DoubleCell.TYPE)
            .row("5", 2164.2203023926586).row("0", -5897.373593538878).row("5", 3000.0).row("4", null)
            .row("3", 0.0).build();
    }

    private static ThresholdApplyParameters params(final double threshold, final ComparisonChoice comparison) {
        final ThresholdApplyParameters p = new ThresholdApplyParameters();
        p.m_scoreColumn = "Score (True)";
        p.m_threshold = threshold;
        p.m_comparison = comparison;
        return p;
    }

    private static List<String> predictions(final BufferedDataTable t) {
        return Tables.column(t, "Prediction").stream().map(DataCell::toString).toList();
    }

    @Test
    void defaults_areThePredictRule() throws Exception {
        final DataTableSpec spec = Tables.builder().column("Score (True)", DoubleCell.TYPE)
            .column("Fold", IntCell.TYPE).spec();
        final ThresholdApplyParameters p = (ThresholdApplyParameters)NODE.defaultParameters(spec);
        assertEquals("Score (True)", p.m_scoreColumn);
        assertEquals(0.0, p.m_threshold);
        assertEquals(ComparisonChoice.ABOVE, p.m_comparison, "decision_function > 0");
        assertEquals("Prediction", p.m_outputColumn);
        assertEquals(OutputType.BOOLEAN, p.m_outputType);
        p.validate();
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final ThresholdApplyParameters p = params(3370.0194991439557, ComparisonChoice.AT_OR_ABOVE);
        p.m_outputColumn = "is 5";
        p.m_outputType = OutputType.TEXT;
        p.m_positiveLabel = "5";
        p.m_negativeLabel = "not 5";
        final ThresholdApplyParameters q = Parameters.roundTrip(p);
        assertEquals(List.of("Score (True)", 3370.0194991439557, ComparisonChoice.AT_OR_ABOVE, "is 5", OutputType.TEXT,
            "5", "not 5"), List.of(q.m_scoreColumn, q.m_threshold, q.m_comparison, q.m_outputColumn, q.m_outputType,
                q.m_positiveLabel, q.m_negativeLabel));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        final ThresholdApplyParameters labels = params(0, ComparisonChoice.ABOVE);
        labels.m_outputType = OutputType.TEXT;
        labels.m_positiveLabel = "x";
        labels.m_negativeLabel = "x";
        assertMessage("Positive label and Negative label must differ, both are \"x\".", labels);
        final ThresholdApplyParameters name = params(0, ComparisonChoice.ABOVE);
        name.m_outputColumn = " ";
        assertMessage("Output column must not be blank.", name);
        assertMessage("Threshold must be a number, got NaN.", params(Double.NaN, ComparisonChoice.ABOVE));
    }

    private static void assertMessage(final String expected, final ThresholdApplyParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void noScoreColumnYet_loadsAsForANewNode_configureAsksForIt() throws Exception {
        final ThresholdApplyParameters p = params(0, ComparisonChoice.ABOVE);
        p.m_scoreColumn = "";
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, scores().getDataTableSpec()));
        assertEquals("Score column: select the column holding the scores.", e.getMessage());
    }

    @Test
    void configure_appendsABooleanOrTextColumn() throws Exception {
        final DataTableSpec in = scores().getDataTableSpec();
        final DataTableSpec bool = NODE.configure(params(0, ComparisonChoice.ABOVE), in).spec(0);
        assertEquals(BooleanCell.TYPE, bool.getColumnSpec("Prediction").getType());
        final ThresholdApplyParameters text = params(0, ComparisonChoice.ABOVE);
        text.m_outputType = OutputType.TEXT;
        assertEquals(StringCell.TYPE, ((DataTableSpec)NODE.configure(text, in).spec(0)).getColumnSpec("Prediction")
            .getType());
    }

    @Test
    void configure_existingOutputColumn_isRejected() {
        final ThresholdApplyParameters p = params(0, ComparisonChoice.ABOVE);
        p.m_outputColumn = "label";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, scores().getDataTableSpec()));
        assertEquals("Output column: the input table already has a column \"label\"; choose another name.",
            e.getMessage());
    }

    @Test
    void configure_absentScoreColumn_noOtherScore_messageNamesTheOption() {
        final ThresholdApplyParameters p = params(0, ComparisonChoice.ABOVE);
        p.m_scoreColumn = "score";
        final DataTableSpec spec = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, spec));
        assertEquals("Score column: the input table has no column \"score\".", e.getMessage());
    }

    @Test
    void configure_absentScoreColumn_theOnlyScoreColumnIsUsedWithAWarning() throws Exception {
        final ThresholdApplyParameters p = params(0, ComparisonChoice.ABOVE);
        p.m_scoreColumn = "score";
        assertEquals(Optional.of("Score column: the input table has no column \"score\"; using \"Score (True)\", its "
            + "only decision score column. Choose it in the dialog to keep it."),
            NODE.configure(p, scores().getDataTableSpec()).warning());
        assertEquals(predictions(NODE.execute(params(0, ComparisonChoice.ABOVE), scores()).table(0)),
            predictions(NODE.execute(p, scores()).table(0)));
    }

    @Test
    void execute_zeroAbove_isPredictAndMissingStaysMissing() throws Exception {
        final BufferedDataTable out = NODE.execute(params(0, ComparisonChoice.ABOVE), scores()).table(0);
        assertEquals(List.of("true", "false", "true", "?", "false"), predictions(out));
        assertTrue(Tables.column(out, "Prediction").get(3).isMissing());
        assertEquals(List.of("5", "0", "5", "4", "3"),
            Tables.column(out, "label").stream().map(DataCell::toString).toList(), "input columns kept");
    }

    @Test
    void execute_atOrAbove_includesTheThresholdItself() throws Exception {
        assertEquals(List.of("false", "false", "true", "?", "false"),
            predictions(NODE.execute(params(3000, ComparisonChoice.AT_OR_ABOVE), scores()).table(0)));
        assertEquals(List.of("false", "false", "false", "?", "false"),
            predictions(NODE.execute(params(3000, ComparisonChoice.ABOVE), scores()).table(0)));
    }

    @Test
    void execute_textLabels() throws Exception {
        final ThresholdApplyParameters p = params(0, ComparisonChoice.AT_OR_ABOVE);
        p.m_outputType = OutputType.TEXT;
        p.m_positiveLabel = "5";
        p.m_negativeLabel = "not 5";
        assertEquals(List.of("5", "not 5", "5", "?", "5"), predictions(NODE.execute(p, scores()).table(0)));
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(params(0, ComparisonChoice.ABOVE), Executions.canceled(), scores()));
    }
}
