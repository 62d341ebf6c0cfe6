package org.mnistlab.knime.node.thresholdsweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.charts.PrecisionRecallCurveChart;
import org.mnistlab.charts.PrecisionRecallThresholdChart;
import org.mnistlab.engine.metrics.Comparison;
import org.mnistlab.knime.params.ComparisonChoice;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.ThresholdMetrics;
import org.mnistlab.engine.metrics.Thresholds;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters.Axis;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters.Choice;

class ThresholdSweepNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new ThresholdSweepNodeFactory(), ThresholdSweepParameters.class);

    private static final String[] LABELS = {"5", "3", "5", "5", "1", "5", "0", "3", "5", "2"};

    /** Ties (300 twice) and a -0.0 next to 0.0, which precision_recall_curve treats as one threshold. */
    private static final double[] SCORES = {2500, -800, 300, 4100, 300, -0.0, -3000, 0.0, 1200, 3500};

    private static final boolean[] TRUTH = truth();

    private static boolean[] truth() {
        final boolean[] t = new boolean[LABELS.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = "5".equals(LABELS[i]);
        }
        return t;
    }

    private static BufferedDataTable scores() {
        final Tables.Builder b =
            Tables.builder().column("label", StringCell.TYPE).column("Score (True)", DoubleCell.TYPE);
        for (int i = 0; i < LABELS.length; i++) {
            b.row(LABELS[i], SCORES[i]);
        }
        return b.build();
    }

    private static ThresholdSweepParameters params(final Choice choice) {
        final ThresholdSweepParameters p = new ThresholdSweepParameters();
        p.m_truthColumn = "label";
        p.m_scoreColumn = "Score (True)";
        p.m_choice = choice;
        return p;
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    private static int count(final DataRow row, final int column) {
        return ((IntValue)row.getCell(column)).getIntValue();
    }

    private static byte[] png(final Executed e, final int port) {
        return ((PNGImageValue)((ImagePortObject)e.output(port)).toDataCell()).getImageContent().getByteArray();
    }

    private static void assertChosen(final ThresholdMetrics expected, final DataRow row) {
        assertEquals(List.of(expected.threshold(), expected.precision(), expected.recall(), expected.f1()),
            List.of(number(row, 0), number(row, 1), number(row, 2), number(row, 3)));
        assertEquals(List.of(expected.tp(), expected.fp(), expected.fn(), expected.tn()),
            List.of((long)count(row, 4), (long)count(row, 5), (long)count(row, 6), (long)count(row, 7)));
    }

    @Test
    void defaults_areTheLabsNinetyPercentPrecision() throws Exception {
        final DataTableSpec spec = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .column("label = 5", BooleanCell.TYPE).column("Score (True)", DoubleCell.TYPE)
            .column("Fold", IntCell.TYPE).spec();
        final ThresholdSweepParameters p = (ThresholdSweepParameters)NODE.defaultParameters(spec);
        assertEquals("label", p.m_truthColumn);
        assertEquals("5", p.m_positiveValue);
        assertEquals("Score (True)", p.m_scoreColumn, "the decision score, not the last numeric column");
        assertEquals(Choice.TARGET_PRECISION, p.m_choice);
        assertEquals(0.9, p.m_targetPrecision);
        assertEquals(3000, p.m_threshold);
        assertEquals(ComparisonChoice.AT_OR_ABOVE, p.m_comparison);
        assertEquals(Axis.LAB, p.m_axis);
        p.validate();
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final ThresholdSweepParameters p = params(Choice.TARGET_RECALL);
        p.m_positiveValue = "true";
        p.m_threshold = -12.5;
        p.m_targetPrecision = 0.8;
        p.m_targetRecall = 0.75;
        p.m_comparison = ComparisonChoice.ABOVE;
        p.m_axis = Axis.CUSTOM;
        p.m_axisMin = -10;
        p.m_axisMax = 10;
        final ThresholdSweepParameters q = Parameters.roundTrip(p);
        assertEquals(List.of("label", "true", "Score (True)", Choice.TARGET_RECALL, -12.5, 0.8, 0.75,
            ComparisonChoice.ABOVE, Axis.CUSTOM, -10.0, 10.0), List.of(q.m_truthColumn, q.m_positiveValue, q.m_scoreColumn,
                q.m_choice, q.m_threshold, q.m_targetPrecision, q.m_targetRecall, q.m_comparison, q.m_axis,
                q.m_axisMin, q.m_axisMax));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        final ThresholdSweepParameters precision = params(Choice.TARGET_PRECISION);
        precision.m_targetPrecision = 1.5;
        assertMessage("Target precision must lie between 0 and 1, got 1.5.", precision);
        final ThresholdSweepParameters recall = params(Choice.TARGET_RECALL);
        recall.m_targetRecall = -0.1;
        assertMessage("Target recall must lie between 0 and 1, got -0.1.", recall);
        final ThresholdSweepParameters fixed = params(Choice.FIXED);
        fixed.m_threshold = Double.POSITIVE_INFINITY;
        assertMessage("Threshold must be a finite number, got Infinity.", fixed);
        final ThresholdSweepParameters axis = params(Choice.FIXED);
        axis.m_axis = Axis.CUSTOM;
        axis.m_axisMin = 5;
        axis.m_axisMax = 5;
        assertMessage("Axis maximum (5.0) must be greater than the axis minimum (5.0).", axis);
        final ThresholdSweepParameters positive = params(Choice.FIXED);
        positive.m_positiveValue = "";
        assertMessage("Positive value: enter the true class that counts as positive.", positive);
    }

    private static void assertMessage(final String expected, final ThresholdSweepParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void noColumnsYet_loadAsForANewNode_configureAsksForThem() throws Exception {
        final ThresholdSweepParameters p = params(Choice.FIXED);
        p.m_truthColumn = "";
        p.m_scoreColumn = "";
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final DataTableSpec spec = scores().getDataTableSpec();
        assertEquals("True class column: select the column holding the true classes.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, spec)).getMessage());
        p.m_truthColumn = "label";
        assertEquals("Score column: select the column holding the scores.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, spec)).getMessage());
    }

    @Test
    void configure_textScoreColumn_isRejected() {
        final ThresholdSweepParameters p = params(Choice.FIXED);
        p.m_scoreColumn = "label";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, scores().getDataTableSpec()));
        assertTrue(e.getMessage().startsWith("Score column: column \"label\" holds "), e.getMessage());
    }

    @Test
    void configure_givesBothTableSpecs() throws Exception {
        final var c = NODE.configure(params(Choice.FIXED), scores().getDataTableSpec());
        assertEquals(List.of("Threshold", "Precision", "Recall"), List.of(((DataTableSpec)c.spec(0)).getColumnNames()));
        assertEquals(List.of("Threshold", "Precision", "Recall", "F1", "True positives", "False positives",
            "False negatives", "True negatives"), List.of(((DataTableSpec)c.spec(1)).getColumnNames()));
    }

    @Test
    void execute_curve_isPrecisionRecallCurveWithItsFinalPoint() throws Exception {
        final Executed e = NODE.execute(params(Choice.TARGET_PRECISION), scores());
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(TRUTH, SCORES);
        final List<DataRow> rows = Tables.rows(e.table(0));
        assertEquals(curve.size() + 1, rows.size());
        assertEquals(8, curve.size(), "ten scores, two ties");
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(curve.thresholds()[i], number(rows.get(i), 0));
            assertEquals(curve.precision()[i], number(rows.get(i), 1));
            assertEquals(curve.recall()[i], number(rows.get(i), 2));
        }
        final DataRow last = rows.get(curve.size());
        assertTrue(last.getCell(0).isMissing());
        assertEquals(List.of(1.0, 0.0), List.of(number(last, 1), number(last, 2)));
    }

    @Test
    void execute_targetPrecision_isTheLabsArgmax() throws Exception {
        final ThresholdSweepParameters p = params(Choice.TARGET_PRECISION);
        p.m_targetPrecision = 0.7;
        final Executed e = NODE.execute(p, scores());
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(TRUTH, SCORES);
        final double t = Thresholds.forPrecision(curve, 0.7).threshold();
        assertEquals(1200, t);
        assertChosen(ThresholdMetrics.of(TRUTH, SCORES, t, Comparison.AT_OR_ABOVE), Tables.rows(e.table(1)).get(0));
        assertArrayEquals(PrecisionRecallThresholdChart.of(curve.thresholds(), curve.precision(), curve.recall(), t)
            .png(), png(e, 2));
        assertArrayEquals(PrecisionRecallCurveChart.of(curve.thresholds(), curve.precision(), curve.recall(), t)
            .png(), png(e, 3));
    }

    @Test
    void execute_targetRecallStrictlyAbove_usesBothRules() throws Exception {
        final ThresholdSweepParameters p = params(Choice.TARGET_RECALL);
        p.m_targetRecall = 0.6;
        p.m_comparison = ComparisonChoice.ABOVE;
        final Executed e = NODE.execute(p, scores());
        final double t = Thresholds.forRecall(PrecisionRecallCurve.of(TRUTH, SCORES), 0.6).threshold();
        assertEquals(1200, t);
        final ThresholdMetrics above = ThresholdMetrics.of(TRUTH, SCORES, t, Comparison.ABOVE);
        assertEquals(2, above.tp(), "1200 itself is not above 1200");
        assertChosen(above, Tables.rows(e.table(1)).get(0));
    }

    @Test
    void execute_fixedThresholdAndScoreAxis_drawTheDataRange() throws Exception {
        final ThresholdSweepParameters p = params(Choice.FIXED);
        p.m_threshold = 300;
        p.m_axis = Axis.SCORES;
        final Executed e = NODE.execute(p, scores());
        assertChosen(ThresholdMetrics.of(TRUTH, SCORES, 300, Comparison.AT_OR_ABOVE), Tables.rows(e.table(1)).get(0));
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(TRUTH, SCORES);
        assertArrayEquals(PrecisionRecallThresholdChart.of(PrecisionRecallThresholdChart.TITLE, curve.thresholds(),
            curve.precision(), curve.recall(), 300, -3000, 4100).png(), png(e, 2));
    }

    @Test
    void execute_booleanTruth_positiveValueTrue() throws Exception {
        final Tables.Builder b =
            Tables.builder().column("label = 5", BooleanCell.TYPE).column("Score (True)", DoubleCell.TYPE);
        for (int i = 0; i < LABELS.length; i++) {
            b.row(TRUTH[i], SCORES[i]);
        }
        final ThresholdSweepParameters p = params(Choice.FIXED);
        p.m_truthColumn = "label = 5";
        p.m_positiveValue = "true";
        final Executed e = NODE.execute(p, b.build());
        assertChosen(ThresholdMetrics.of(TRUTH, SCORES, 3000, Comparison.AT_OR_ABOVE),
            Tables.rows(e.table(1)).get(0));
    }

    @Test
    void execute_unreachablePrecision_givesTheEnginesMessage() {
        final ThresholdSweepParameters p = params(Choice.TARGET_PRECISION);
        p.m_targetPrecision = 1;
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).row("5", 1.0).row("3", 2.0).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, t));
        assertEquals("no threshold reaches precision 1.0; the highest precision at any threshold is 0.5",
            e.getMessage());
    }

    @Test
    void execute_noPositiveRow_explains() {
        final ThresholdSweepParameters p = params(Choice.FIXED);
        p.m_positiveValue = "7";
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, scores()));
        assertEquals("Positive value: no row of column \"label\" has the value \"7\", so there is nothing to "
            + "recall.", e.getMessage());
    }

    @Test
    void execute_nanScore_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).row("5", 1.0).row("3", Double.NaN).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(Choice.FIXED), t));
        assertEquals("Column \"Score (True)\" holds NaN in row \"Row1\" (row 2); scores must be finite numbers.",
            e.getMessage());
    }
}
