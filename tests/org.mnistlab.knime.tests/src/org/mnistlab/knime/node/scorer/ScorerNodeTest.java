package org.mnistlab.knime.node.scorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.charts.ConfusionMatrixChart;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.metrics.Average;
import org.mnistlab.engine.metrics.ClassificationReport;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.PrecisionRecallF1;
import org.mnistlab.engine.metrics.ZeroDivision;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.scorer.ScorerParameters.ChartMode;
import org.knime.core.webui.node.NodeWrapper;
import org.knime.core.webui.node.view.NodeViewManager;
import org.knime.core.webui.page.Page;
import org.mnistlab.knime.testing.TestWorkflow;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

@SuppressWarnings("restriction") // KNIME's web UI services: what the browser gets
class ScorerNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new ScorerNodeFactory(), ScorerParameters.class);

    private static final String[] TRUTH = {"cat", "dog", "cat", "bird", "dog", "cat", "bird", "cat", "dog", "cat"};

    private static final String[] PREDICTED = {"cat", "cat", "cat", "bird", "dog", "dog", "cat", "cat", "dog", "cat"};

    private static BufferedDataTable animals() {
        final Tables.Builder b =
            Tables.builder().column("animal", StringCell.TYPE).column("Prediction (animal)", StringCell.TYPE);
        for (int i = 0; i < TRUTH.length; i++) {
            b.row(TRUTH[i], PREDICTED[i]);
        }
        return b.build();
    }

    private static ScorerParameters params() {
        final ScorerParameters p = new ScorerParameters();
        p.m_truthColumn = "animal";
        p.m_predictionColumn = "Prediction (animal)";
        return p;
    }

    private static double number(final DataRow row, final int column) {
        return row.getCell(column).isMissing() ? Double.NaN : ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    private static void assertScores(final PrecisionRecallF1 expected, final long support, final DataRow row) {
        assertEquals(expected.precision(), number(row, 0), row.getKey().getString());
        assertEquals(expected.recall(), number(row, 1), row.getKey().getString());
        assertEquals(expected.f1(), number(row, 2), row.getKey().getString());
        assertEquals(support, ((IntValue)row.getCell(3)).getIntValue(), row.getKey().getString());
    }

    @Test
    void defaults_compareAPredictionWithItsTruthColumn() {
        final DataTableSpec spec = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE)
            .column("label = 5", BooleanCell.TYPE).column("Prediction (label = 5)", BooleanCell.TYPE)
            .column("Score (True)", DoubleCell.TYPE).spec();
        final ScorerParameters p = (ScorerParameters)NODE.defaultParameters(spec);
        assertEquals("label = 5", p.m_truthColumn);
        assertEquals("Prediction (label = 5)", p.m_predictionColumn);
        assertEquals("", p.m_positiveClass);
        assertEquals(ChartMode.COUNTS, p.m_chart);
    }

    @Test
    void defaults_withoutPredictionColumn_areFirstTextAndLastOtherLabelColumn() throws Exception {
        final DataTableSpec spec = Tables.builder().column("x", DoubleCell.TYPE).column("truth", StringCell.TYPE)
            .column("guess", StringCell.TYPE).column("pixels", PNGImageContent.TYPE)
            .spec();
        final ScorerParameters p = (ScorerParameters)NODE.defaultParameters(spec);
        assertEquals("truth", p.m_truthColumn);
        assertEquals("guess", p.m_predictionColumn);
        p.validate();
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final ScorerParameters p = params();
        p.m_positiveClass = "dog";
        p.m_chart = ChartMode.PERCENT_BY_PREDICTED;
        final ScorerParameters q = Parameters.roundTrip(p);
        assertEquals(List.of("animal", "Prediction (animal)", "dog", ChartMode.PERCENT_BY_PREDICTED),
            List.of(q.m_truthColumn, q.m_predictionColumn, q.m_positiveClass, q.m_chart));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        final ScorerParameters same = params();
        same.m_predictionColumn = "animal";
        assertMessage("Prediction column: choose another column than the true class column (\"animal\").", same);
    }

    @Test
    void noColumnsYet_loadAsForANewNode_configureAsksForThem() throws Exception {
        final ScorerParameters none = params();
        none.m_truthColumn = " ";
        none.m_predictionColumn = " ";
        NODE.loadParameters(Parameters.toSettings(none, "model"));
        final DataTableSpec spec = animals().getDataTableSpec();
        assertEquals("True class column: select the column holding the true classes.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(none, spec)).getMessage());
        none.m_truthColumn = "animal";
        assertEquals("Prediction column: select the column holding the predicted classes.",
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(none, spec)).getMessage());
    }

    private static void assertMessage(final String expected, final ScorerParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void configure_statisticsKnownMatrixColumnsNot() throws Exception {
        final var c = NODE.configure(params(), animals().getDataTableSpec());
        assertNull(c.spec(0), "a column per class, known from the data only");
        assertEquals(List.of("Precision", "Recall", "F1", "Support"),
            List.of(((DataTableSpec)c.spec(1)).getColumnNames()));
        assertEquals(PngImages.SPEC, c.spec(2));
    }

    @Test
    void configure_imageColumn_isNoClassColumn() {
        final DataTableSpec spec = Tables.builder().column("animal", StringCell.TYPE)
            .column("Prediction (animal)", PNGImageContent.TYPE).spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(params(), spec));
        assertTrue(e.getMessage().startsWith("Prediction column: column \"Prediction (animal)\" holds "),
            e.getMessage());
    }

    @Test
    void execute_isScikitLearnsConfusionMatrixAndReport() throws Exception {
        final Executed e = NODE.execute(params(), animals());
        final ConfusionMatrix cm = ConfusionMatrix.ofLabels(TRUTH, PREDICTED, Target.LEXICOGRAPHIC);
        assertArrayEquals(new String[]{"bird", "cat", "dog"}, cm.classes());

        final BufferedDataTable matrix = e.table(0);
        assertEquals(List.of("bird", "cat", "dog"), List.of(matrix.getDataTableSpec().getColumnNames()));
        final List<DataRow> rows = Tables.rows(matrix);
        for (int t = 0; t < 3; t++) {
            assertEquals(cm.classes()[t], rows.get(t).getKey().getString());
            for (int q = 0; q < 3; q++) {
                assertEquals(cm.count(t, q), ((IntValue)rows.get(t).getCell(q)).getIntValue());
            }
        }

        final ClassificationReport report = ClassificationReport.of(cm);
        final List<DataRow> stats = Tables.rows(e.table(1));
        assertEquals(List.of("bird", "cat", "dog", "accuracy", "macro avg", "micro avg", "weighted avg"),
            stats.stream().map(r -> r.getKey().getString()).toList());
        for (int k = 0; k < 3; k++) {
            assertScores(report.rows().get(k).scores(), report.rows().get(k).support(), stats.get(k));
        }
        final DataRow accuracy = stats.get(3);
        assertTrue(accuracy.getCell(0).isMissing() && accuracy.getCell(1).isMissing());
        assertEquals(0.7, number(accuracy, 2));
        assertEquals(10, ((IntValue)accuracy.getCell(3)).getIntValue());
        assertScores(report.macroAverage(), 10, stats.get(4));
        assertScores(PrecisionRecallF1.average(cm, Average.MICRO), 10, stats.get(5));
        assertScores(report.weightedAverage(), 10, stats.get(6));

        assertArrayEquals(ConfusionMatrixChart.of(cm.counts(), cm.classes(), ConfusionMatrixChart.Mode.COUNTS).png(),
            ((PNGImageValue)((ImagePortObject)e.output(2)).toDataCell()).getImageContent().getByteArray());
    }

    @Test
    void execute_imageModes_areTheChartsModes() throws Exception {
        final ConfusionMatrix cm = ConfusionMatrix.ofLabels(TRUTH, PREDICTED, Target.LEXICOGRAPHIC);
        for (final ChartMode mode : ChartMode.values()) {
            final ScorerParameters p = params();
            p.m_chart = mode;
            final ImagePortObject image = NODE.execute(p, animals()).output(2);
            assertArrayEquals(ConfusionMatrixChart.of(cm.counts(), cm.classes(), mode.mode()).png(),
                ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray(), mode.name());
        }
    }

    @Test
    void execute_booleanDetector_positiveClassAddsTheBinaryScores() throws Exception {
        final BufferedDataTable t = Tables.builder().column("y", BooleanCell.TYPE).column("pred", BooleanCell.TYPE)
            .row(true, true).row(false, false).row(true, false).row(false, true).row(false, false).row(true, true)
            .build();
        final ScorerParameters p = new ScorerParameters();
        p.m_truthColumn = "y";
        p.m_predictionColumn = "pred";
        p.m_positiveClass = "true";
        final Executed e = NODE.execute(p, t);
        final List<DataRow> matrix = Tables.rows(e.table(0));
        assertEquals("false", matrix.get(0).getKey().getString(), "false sorts before true, as in numpy");
        assertEquals(List.of(2, 1), List.of(((IntValue)matrix.get(0).getCell(0)).getIntValue(),
            ((IntValue)matrix.get(0).getCell(1)).getIntValue()));
        final DataRow binary = Tables.rows(e.table(1)).get(6);
        assertEquals("binary (positive: true)", binary.getKey().getString());
        assertScores(PrecisionRecallF1.fromCounts(2, 3, 3, ZeroDivision.ZERO), 3,
            binary);
    }

    @Test
    void execute_numericLabels_sortByValue() throws Exception {
        final BufferedDataTable t = Tables.builder().column("y", IntCell.TYPE).column("pred", IntCell.TYPE)
            .row(10, 10).row(9, 10).row(2, 2).build();
        final ScorerParameters p = new ScorerParameters();
        p.m_truthColumn = "y";
        p.m_predictionColumn = "pred";
        assertEquals(List.of("2", "9", "10"),
            List.of(NODE.execute(p, t).table(0).getDataTableSpec().getColumnNames()));
    }

    @Test
    void execute_positiveClassWithThreeClasses_givesScikitLearnsMessage() {
        final ScorerParameters p = params();
        p.m_positiveClass = "cat";
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, animals()));
        assertEquals("Positive class: Target is multiclass but average='binary'. Please choose another average "
            + "setting, one of [None, 'micro', 'macro', 'weighted'].", e.getMessage());
    }

    @Test
    void execute_unknownPositiveClass_namesTheClasses() {
        final ScorerParameters p = params();
        p.m_positiveClass = "cow";
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(p, animals()));
        assertEquals("Positive class: \"cow\" is neither a true nor a predicted class; the classes are [bird, cat, "
            + "dog].", e.getMessage());
    }

    @Test
    void execute_missingPrediction_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("animal", StringCell.TYPE)
            .column("Prediction (animal)", StringCell.TYPE).row("cat", "cat").row("dog", null).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(), t));
        assertEquals("Column \"Prediction (animal)\" has a missing value in row \"Row1\" (row 2). Remove or replace "
            + "missing values first, e.g. with the Missing Value node.", e.getMessage());
    }

    @Test
    void execute_emptyTable_explains() {
        final BufferedDataTable t = Tables.builder().column("animal", StringCell.TYPE)
            .column("Prediction (animal)", StringCell.TYPE).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(params(), t));
        assertEquals("The input table is empty: there are no predictions to score.", e.getMessage());
    }

    /** Four rows: two 2 x 2 digits, their classes, predictions and per-class decision scores. */
    private static BufferedDataTable digits(final Object... pixelsOfRow0) {
        return Tables.builder().column("label", StringCell.TYPE).columns("pixel_", 4, pixelsOfRow0[0] instanceof Double
            ? DoubleCell.TYPE : IntCell.TYPE).column("Prediction (label)", StringCell.TYPE)
            .column("Score (1)", DoubleCell.TYPE).column("Score (7)", DoubleCell.TYPE)
            .rowWithKey("Row10", "1", pixelsOfRow0[0], pixelsOfRow0[1], pixelsOfRow0[2], pixelsOfRow0[3], "7", -1.5,
                2.5)
            .rowWithKey("Row11", "7", pixelsOfRow0[0], pixelsOfRow0[0], pixelsOfRow0[0], pixelsOfRow0[0], "7", -3.0,
                4.0)
            .rowWithKey("Row12", "1", pixelsOfRow0[3], pixelsOfRow0[2], pixelsOfRow0[1], pixelsOfRow0[0], "1", 0.5,
                -0.5)
            .build();
    }

    private static ScorerParameters labelVsPrediction() {
        final ScorerParameters p = new ScorerParameters();
        p.m_truthColumn = "label";
        p.m_predictionColumn = "Prediction (label)";
        return p;
    }

    @Test
    void view_listsEachCellsRowsWithDigitAndScoreOfThePredictedClass() throws Exception {
        final ScorerViewData d = view(labelVsPrediction(), digits(0, 255, 128, 7));
        assertEquals("Scorer: label vs. Prediction (label)", d.title());
        assertEquals(List.of("1", "7"), d.classes());
        assertArrayEquals(new int[][]{{1, 1}, {0, 1}}, d.counts());
        assertEquals(List.of(2, 2), List.of(d.imageWidth(), d.imageHeight()));
        assertEquals("Decision score", d.scoreLabel());
        final ScorerViewData.Cell oneAsSeven = d.cells().stream().filter(c -> c.truth() == 0 && c.predicted() == 1)
            .findFirst().orElseThrow();
        final ScorerViewData.Example row10 = oneAsSeven.rows().get(0);
        assertEquals("Row10", row10.rowKey());
        assertEquals(2.5, row10.score(), "the score of the predicted class 7");
        assertArrayEquals(new byte[]{0, (byte)255, (byte)128, 7}, Base64.getDecoder().decode(row10.pixels()));
        final ScorerViewData.Example row12 = d.cells().stream().filter(c -> c.truth() == 0 && c.predicted() == 0)
            .findFirst().orElseThrow().rows().get(0);
        assertEquals(0.5, row12.score());
        final ScorerViewData expected = ScorerViewData.builder(new String[]{"1", "7"}, new int[]{0, 1, 0},
            new int[]{1, 1, 0}, new String[]{"Row10", "Row11", "Row12"}).build();
        assertEquals(expected.perClass(), d.perClass());
        assertEquals(expected.accuracy(), d.accuracy());
    }

    @Test
    void view_standardizedPixelsAndNoScores_showNeither() throws Exception {
        final BufferedDataTable t = digits(-0.5, 1.25, 0.0, 3.0);
        final ScorerViewData d = view(labelVsPrediction(), t);
        assertEquals(List.of(0, 0), List.of(d.imageWidth(), d.imageHeight()), "not images of 0..255");
        assertTrue(d.cells().stream().flatMap(c -> c.rows().stream()).allMatch(r -> r.pixels() == null));

        final ScorerViewData animals = view(params(), animals());
        assertNull(animals.scoreLabel());
        assertEquals(3, animals.classes().size());
    }

    @Test
    void view_pageAndEveryFileItLoadsAreServedByKnime() throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final Page page = NodeViewManager.getInstance().getPageResourceManager()
                .getPage(NodeWrapper.of(w.add(new ScorerNodeFactory())));
            final String html = new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            final Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
            final List<String> loaded = new ArrayList<>();
            while (m.find()) {
                loaded.add(m.group(1).replaceFirst("^\\./", ""));
            }
            assertEquals(List.of("scorer-view.css", "knime-ui-extension-service.min.js", "scorer-model.js",
                "scorer-view.js"), loaded.stream().sorted(ScorerNodeTest::cssFirst).toList());
            for (final String file : loaded) {
                try (InputStream in = page.getResource(file).orElseThrow(() -> new AssertionError(file)).getInputStream()) {
                    assertTrue(in.readAllBytes().length > 100, file);
                }
            }
        }
    }

    private static int cssFirst(final String a, final String b) {
        return Boolean.compare(!a.endsWith(".css"), !b.endsWith(".css"));
    }

    /**
     * Runs a Scorer in a KNIME workflow and reads what KNIME's view service hands to the view page.
     *
     * @return the JSON the page receives, read back into the record the node built it from
     */
    private static ScorerViewData view(final ScorerParameters p, final BufferedDataTable t) throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final var source = w.source(t);
            final var scorer = w.add(new ScorerNodeFactory());
            w.connect(source, 0, scorer, 0);
            w.apply(scorer, p);
            assertTrue(w.execute(), () -> scorer.getNodeMessage().toString());
            final JsonObject rpc = JsonParser.parseString(TestWorkflow.viewData(scorer)).getAsJsonObject();
            return new Gson().fromJson(rpc.get("result"), ScorerViewData.class);
        }
    }
}
