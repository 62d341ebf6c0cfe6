package org.mnistlab.knime.node.roccurve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.charts.RocCurveChart;
import org.mnistlab.engine.metrics.RocAuc;
import org.mnistlab.engine.metrics.RocCurve;
import org.mnistlab.engine.metrics.RocPoint;
import org.mnistlab.knime.node.roccurve.RocCurveParameters.Marked;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

class RocCurveNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new RocCurveNodeFactory(), RocCurveParameters.class);

    private static final String[] LABELS = {"5", "3", "5", "5", "1", "5", "0", "3", "5", "2", "7", "5"};

    /** Ties (300 three times, one of them a five) and a -0.0 next to 0.0, which roc_curve treats as one threshold. */
    private static final double[] SCORES = {2500, -800, 300, 4100, 300, -0.0, -3000, 0.0, 1200, 3500, 300, -100};

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

    /** What the Threshold Sweep's second output looks like: the chosen threshold first, then its metrics. */
    private static BufferedDataTable chosen(final Double threshold) {
        return Tables.builder().column("Threshold", DoubleCell.TYPE).column("Precision", DoubleCell.TYPE)
            .rowWithKey("Chosen threshold", threshold, 0.9).build();
    }

    private static RocCurveParameters params(final Marked marked) {
        final RocCurveParameters p = new RocCurveParameters();
        p.m_truthColumn = "label";
        p.m_scoreColumn = "Score (True)";
        p.m_marked = marked;
        return p;
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    private static int count(final DataRow row, final int column) {
        return ((IntValue)row.getCell(column)).getIntValue();
    }

    private static byte[] png(final Executed e) {
        return ((PNGImageValue)((ImagePortObject)e.output(2)).toDataCell()).getImageContent().getByteArray();
    }

    private static DataRow summary(final Executed e) {
        final List<DataRow> rows = Tables.rows(e.table(1));
        assertEquals(1, rows.size());
        assertEquals("ROC AUC", rows.get(0).getKey().getString());
        return rows.get(0);
    }

    /** The curve table holds exactly roc_curve's arrays, row by row. */
    private static void assertCurve(final RocCurve expected, final BufferedDataTable table) {
        final List<DataRow> rows = Tables.rows(table);
        assertEquals(expected.size(), rows.size());
        final double[][] actual = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 3; c++) {
                actual[c][i] = number(rows.get(i), c);
            }
        }
        assertArrayEquals(expected.thresholds(), actual[0], "thresholds");
        assertArrayEquals(expected.fpr(), actual[1], "fpr");
        assertArrayEquals(expected.tpr(), actual[2], "tpr");
    }

    @Test
    void defaults_areScikitLearnsCurveOnTheDecisionScoresMarkingTheConnectedThreshold() throws Exception {
        final DataTableSpec spec = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .column("label = 5", BooleanCell.TYPE).column("Score (True)", DoubleCell.TYPE)
            .column("Fold", IntCell.TYPE).spec();
        final RocCurveParameters p = (RocCurveParameters)NODE.defaultParameters(spec, null);
        assertEquals("label", p.m_truthColumn);
        assertEquals("5", p.m_positiveValue);
        assertEquals("Score (True)", p.m_scoreColumn, "the decision score, not the last numeric column");
        assertTrue(p.m_dropIntermediate, "scikit-learn's default");
        assertEquals(Marked.INPUT, p.m_marked);
        assertEquals(0, p.m_threshold);
        p.validate();
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        ConfigTrees.assertSameTree(ConfigTrees.settings("model") //
            .add("truthColumn", "").add("positiveValue", "5").add("scoreColumn", "").add("dropIntermediate", true)
            .add("marked", "INPUT").add("threshold", 0.0).build(), Parameters.written(new RocCurveParameters()));
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final RocCurveParameters p = params(Marked.FIXED);
        p.m_positiveValue = "true";
        p.m_dropIntermediate = false;
        p.m_threshold = -12.5;
        final RocCurveParameters q = Parameters.roundTrip(p);
        assertEquals(List.of("label", "true", "Score (True)", false, Marked.FIXED, -12.5), List.of(q.m_truthColumn,
            q.m_positiveValue, q.m_scoreColumn, q.m_dropIntermediate, q.m_marked, q.m_threshold));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        final RocCurveParameters fixed = params(Marked.FIXED);
        fixed.m_threshold = Double.NaN;
        assertMessage("Threshold must be a finite number, got NaN.", fixed);
        final RocCurveParameters positive = params(Marked.NONE);
        positive.m_positiveValue = "";
        assertMessage("Positive value: enter the true class that counts as positive.", positive);
    }

    @Test
    void load_infiniteThresholdNotUsed_isValid() throws Exception {
        final RocCurveParameters p = params(Marked.INPUT);
        p.m_threshold = Double.POSITIVE_INFINITY;
        NODE.loadParameters(Parameters.toSettings(p, "model"));
    }

    private static void assertMessage(final String expected, final RocCurveParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void noColumnsYet_loadAsForANewNode_configureAsksForThem() throws Exception {
        final RocCurveParameters p = params(Marked.NONE);
        p.m_truthColumn = "";
        p.m_scoreColumn = "";
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final DataTableSpec spec = scores().getDataTableSpec();
        assertEquals("True class column: select the column holding the true classes.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, spec, null)).getMessage());
        p.m_truthColumn = "label";
        assertEquals("Score column: select the column holding the scores.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, spec, null)).getMessage());
    }

    @Test
    void configure_givesTheCurveAndSummarySpecs() throws Exception {
        final var c = NODE.configure(params(Marked.INPUT), scores().getDataTableSpec(), null);
        assertEquals(List.of("Threshold", "False positive rate", "True positive rate"),
            List.of(((DataTableSpec)c.spec(0)).getColumnNames()));
        assertEquals(List.of("ROC AUC", "Points", "Positives", "Negatives", "Marked threshold",
            "Threshold of the point", "False positive rate", "True positive rate"),
            List.of(((DataTableSpec)c.spec(1)).getColumnNames()));
        assertTrue(c.warning().isEmpty());
    }

    @Test
    void configure_textScoreColumn_isRejected() {
        final RocCurveParameters p = params(Marked.NONE);
        p.m_scoreColumn = "label";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, scores().getDataTableSpec(), null));
        assertTrue(e.getMessage().startsWith("Score column: column \"label\" holds "), e.getMessage());
    }

    @Test
    void configure_thresholdInputWithoutNumbers_isRejectedUnlessNotMarked() throws Exception {
        final DataTableSpec text = Tables.builder().column("Threshold", StringCell.TYPE).spec();
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(params(Marked.INPUT), scores().getDataTableSpec(), text));
        assertTrue(e.getMessage().startsWith("The threshold input has no numeric column"), e.getMessage());
        NODE.configure(params(Marked.NONE), scores().getDataTableSpec(), text);
    }

    @Test
    void execute_curveAndAreaAreRocCurveAndRocAucScore() throws Exception {
        final Executed e = NODE.execute(params(Marked.NONE), scores(), null);
        final RocCurve curve = RocCurve.of(TRUTH, SCORES);
        assertCurve(curve, e.table(0));
        assertEquals(SCORES[3] + 1, curve.thresholds()[0], "the first threshold is max + 1");
        final DataRow s = summary(e);
        assertEquals(RocAuc.binary(TRUTH, SCORES), number(s, 0));
        assertEquals(List.of(curve.size(), 6, 6), List.of(count(s, 1), count(s, 2), count(s, 3)));
        for (int c = 4; c < 8; c++) {
            assertTrue(s.getCell(c).isMissing(), "nothing marked: column " + c);
        }
        assertArrayEquals(RocCurveChart.of(RocCurveChart.TITLE, curve, RocAuc.binary(TRUTH, SCORES), Double.NaN)
            .png(), png(e));
        assertTrue(e.warning().isEmpty());
    }

    @Test
    void execute_withoutDroppingIntermediatePoints_hasAPointPerDistinctScoreAndTheSameArea() throws Exception {
        final RocCurveParameters p = params(Marked.NONE);
        p.m_dropIntermediate = false;
        final Executed e = NODE.execute(p, scores(), null);
        final RocCurve all = RocCurve.of(TRUTH, SCORES, false);
        assertCurve(all, e.table(0));
        assertEquals(9 + 1, all.size(), "nine distinct scores, then the point at max + 1");
        assertTrue(all.size() > RocCurve.of(TRUTH, SCORES).size());
        assertEquals(RocAuc.binary(TRUTH, SCORES), number(summary(e), 0));
    }

    @Test
    void execute_thresholdFromTheSecondInput_isMarkedAsTheBookMarksIt() throws Exception {
        final Executed e = NODE.execute(params(Marked.INPUT), scores(), chosen(1000.0));
        final RocCurve curve = RocCurve.of(TRUTH, SCORES);
        final RocPoint at = curve.pointAt(1000);
        final DataRow s = summary(e);
        assertEquals(List.of(1000.0, at.threshold(), at.fpr(), at.tpr()),
            List.of(number(s, 4), number(s, 5), number(s, 6), number(s, 7)));
        assertEquals(300, at.threshold(), "the first point at or below 1000; none lies between 1200 and 300");
        assertArrayEquals(RocCurveChart.of(RocCurveChart.TITLE, curve, RocAuc.binary(TRUTH, SCORES), 1000).png(),
            png(e));
    }

    @Test
    void execute_thresholdInputNamedOtherwise_takesItsFirstNumericColumn() throws Exception {
        final BufferedDataTable t = Tables.builder().column("Note", StringCell.TYPE).column("t", DoubleCell.TYPE)
            .row("lab", 3000.0).row("other", -5.0).build();
        assertEquals(3000, number(summary(NODE.execute(params(Marked.INPUT), scores(), t)), 4));
    }

    @Test
    void execute_thresholdInputNotConnected_marksNothing() throws Exception {
        final DataRow s = summary(NODE.execute(params(Marked.INPUT), scores(), null));
        assertTrue(s.getCell(4).isMissing());
    }

    @Test
    void execute_emptyOrMissingThresholdInput_warnsAndMarksNothing() throws Exception {
        final BufferedDataTable empty = Tables.builder().column("Threshold", DoubleCell.TYPE).build();
        final Executed e = NODE.execute(params(Marked.INPUT), scores(), empty);
        assertEquals("The threshold input is empty: no threshold is marked.", e.warning().orElseThrow());
        assertTrue(summary(e).getCell(4).isMissing());
        final Executed m = NODE.execute(params(Marked.INPUT), scores(), chosen(null));
        assertEquals("The threshold input's first row has no finite value in column \"Threshold\": no threshold is "
            + "marked.", m.warning().orElseThrow());
    }

    @Test
    void execute_fixedThreshold_ignoresTheInput() throws Exception {
        final RocCurveParameters p = params(Marked.FIXED);
        p.m_threshold = 300;
        final DataRow s = summary(NODE.execute(p, scores(), chosen(1000.0)));
        final RocPoint at = RocCurve.of(TRUTH, SCORES).pointAt(300);
        assertEquals(List.of(300.0, 300.0, at.fpr(), at.tpr()),
            List.of(number(s, 4), number(s, 5), number(s, 6), number(s, 7)));
        assertEquals(List.of(4 / 6.0, 3 / 6.0), List.of(at.tpr(), at.fpr()), "3 of 6 negatives score 300 or more");
    }

    @Test
    void execute_booleanTruth_positiveValueTrue() throws Exception {
        final Tables.Builder b =
            Tables.builder().column("label = 5", BooleanCell.TYPE).column("Score (True)", DoubleCell.TYPE);
        for (int i = 0; i < LABELS.length; i++) {
            b.row(TRUTH[i], SCORES[i]);
        }
        final RocCurveParameters p = params(Marked.NONE);
        p.m_truthColumn = "label = 5";
        p.m_positiveValue = "true";
        assertEquals(RocAuc.binary(TRUTH, SCORES), number(summary(NODE.execute(p, b.build(), null)), 0));
    }

    @Test
    void execute_noPositiveRow_failsWithScikitLearnsWarningAndError() {
        final RocCurveParameters p = params(Marked.NONE);
        p.m_positiveValue = "8";
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, scores(), null));
        assertEquals("Positive value: no row of column \"label\" has the value \"8\", so the true classes hold one "
            + "class only. No positive samples in y_true, true positive value should be meaningless. Only one class "
            + "present in y_true. ROC AUC score is not defined in that case.", e.getMessage());
    }

    @Test
    void execute_onlyPositiveRows_failsWithScikitLearnsWarningAndError() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).row("5", 1.0).row("5", 2.0).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(Marked.NONE), t, null));
        assertEquals("Positive value: every row of column \"label\" has the value \"5\", so the true classes hold "
            + "one class only. No negative samples in y_true, false positive value should be meaningless. Only one "
            + "class present in y_true. ROC AUC score is not defined in that case.", e.getMessage());
    }

    @Test
    void execute_emptyTable_saysSo() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(Marked.NONE), t, null));
        assertEquals("The input table is empty: there are no scores for a ROC curve.", e.getMessage());
    }

    @Test
    void execute_missingScore_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).row("5", 1.0).row("3", null).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(Marked.NONE), t, null));
        assertTrue(e.getMessage().startsWith("Column \"Score (True)\" "), e.getMessage());
        assertTrue(e.getMessage().contains("row \"Row1\" (row 2)"), e.getMessage());
    }

    /** 25,000 scores: reading and writing the curve check for cancel every 10,000 rows and report progress. */
    private static BufferedDataTable many() {
        final Tables.Builder b =
            Tables.builder().column("label", StringCell.TYPE).column("Score (True)", DoubleCell.TYPE);
        for (int i = 0; i < 25_000; i++) {
            b.row(i % 7 == 0 ? "5" : "3", (i * 7919 % 25_000) + (i % 7 == 0 ? 5000.0 : 0.0));
        }
        return b.build();
    }

    @Test
    void execute_canceledAtAnyCheck_throwsCanceledExecutionException() throws Exception {
        final BufferedDataTable t = many();
        final AtomicInteger checks = new AtomicInteger();
        NODE.execute(params(Marked.NONE), new DefaultNodeProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledExecutionException {
                checks.incrementAndGet();
                super.checkCanceled();
            }
        }, t, null);
        assertTrue(checks.get() > 3, checks + " checks");
        // reading the labels, reading the scores, writing the curve
        for (final int passing : new int[]{0, checks.get() / 2, checks.get() - 1}) {
            assertThrows(CanceledExecutionException.class,
                () -> NODE.execute(params(Marked.NONE), Executions.cancelingAfter(passing), t, null),
                "canceled after " + passing + " of " + checks + " checks");
        }
    }

    @Test
    void execute_reportsProgressToTheEnd() throws Exception {
        final DefaultNodeProgressMonitor progress = new DefaultNodeProgressMonitor();
        final Executed e = NODE.execute(params(Marked.NONE), progress, many(), null);
        assertTrue(progress.getProgress() > 0.85, progress.getProgress().toString());
        assertTrue(Tables.rows(e.table(0)).size() > 2);
    }

    /**
     * Every binary curve of roc.json (scikit-learn 1.2.1) given as arrays, as the node computes it from a table of 1s
     * and 0s (the engine's parity test also checks the large generated one).
     */
    static Stream<Arguments> sklearnCurves() {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (final JsonElement c : Fixtures.load("roc.json").getAsJsonArray("curves")) {
            if (!c.getAsJsonObject().has("y")) {
                continue;
            }
            for (final boolean drop : new boolean[]{true, false}) {
                b.add(Arguments.of(c.getAsJsonObject().get("name").getAsString(), drop, c.getAsJsonObject()));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}, drop_intermediate={1}")
    @MethodSource("sklearnCurves")
    void execute_scikitLearnsCurves_areItsArraysAndArea(final String name, final boolean drop, final JsonObject c)
        throws Exception {
        final int[] y = Fixtures.ints(c.getAsJsonArray("y"));
        final double[] s = Fixtures.doubles(c.getAsJsonArray("scores"));
        final Tables.Builder b = Tables.builder().column("y", StringCell.TYPE).column("score", DoubleCell.TYPE);
        for (int i = 0; i < y.length; i++) {
            b.row(Integer.toString(y[i]), s[i]);
        }
        final RocCurveParameters p = params(Marked.NONE);
        p.m_truthColumn = "y";
        p.m_positiveValue = "1";
        p.m_scoreColumn = "score";
        p.m_dropIntermediate = drop;
        final JsonObject expected = c.getAsJsonObject(drop ? "drop" : "all");
        if (!expected.getAsJsonArray("warnings").isEmpty()) {
            // one class only: scikit-learn warns and roc_auc_score fails; the node fails with both
            final String message = assertThrows(KNIMEException.class, () -> NODE.execute(p, b.build(), null))
                .getMessage();
            assertTrue(message.contains(expected.getAsJsonArray("warnings").get(0).getAsString()), message);
            assertTrue(message.endsWith(c.getAsJsonObject("auc").get("error").getAsString()), message);
            return;
        }
        final Executed e = NODE.execute(p, b.build(), null);
        final List<DataRow> rows = Tables.rows(e.table(0));
        assertEquals(expected.get("size").getAsInt(), rows.size());
        final String[] columns = {"thresholds", "fpr", "tpr"};
        for (int col = 0; col < columns.length; col++) {
            final int k = col;
            assertArrayEquals(Fixtures.doubles(expected.getAsJsonArray(columns[k])),
                rows.stream().mapToDouble(r -> number(r, k)).toArray(), columns[k]);
        }
        // roc_auc_score: the trapezoids summed as numpy sums them, exactly
        assertEquals(c.get("auc").getAsDouble(), number(summary(e), 0), 0.0);
    }
}
