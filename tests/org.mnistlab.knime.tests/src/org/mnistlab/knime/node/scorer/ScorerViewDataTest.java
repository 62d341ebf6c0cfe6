package org.mnistlab.knime.node.scorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.knime.node.scorer.ScorerViewData.Cell;
import org.mnistlab.knime.node.scorer.ScorerViewData.ClassMetrics;
import org.mnistlab.knime.node.scorer.ScorerViewData.Example;
import org.mnistlab.testdata.Repository;


import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Scorer view's data contract: the Java record against the page's sample (written by
 * {@code js-src/test/fixtures/make_scorer_sample.py} with scikit-learn from the lab's multiclass confusion matrix),
 * and the builder's counting, capping, metrics and pixel encoding.
 */
class ScorerViewDataTest {

    /** The page's samples. */
    private static final Path FIXTURES = Repository.root().resolve("bundles/org.mnistlab.knime/js-src/test/fixtures");

    /** The lab's multiclass confusion matrix with real digits, written by make_scorer_sample.py. */
    private static final String LAB_SAMPLE = "scorer-mnist.json.gz";

    /** A hand-made sample with an absent class, missing pixels and scores. */
    private static final String SMALL_SAMPLE = "scorer-small.json";

    private static final String[] ABC = {"a", "b", "c"};

    private static JsonObject sample(final String name) {
        final Path file = FIXTURES.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.toAbsolutePath() + " is missing");
        }
        try (InputStream raw = Files.newInputStream(file);
                Reader r = new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(raw) : raw,
                    StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[][] intRows(final JsonElement e) {
        final JsonArray rows = e.getAsJsonArray();
        final int[][] m = new int[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            final JsonArray row = rows.get(i).getAsJsonArray();
            m[i] = new int[row.size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = row.get(j).getAsInt();
            }
        }
        return m;
    }

    private static String[] strings(final JsonElement e) {
        final JsonArray a = e.getAsJsonArray();
        final String[] s = new String[a.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = a.get(i).getAsString();
        }
        return s;
    }

    private static String[] keys(final int n) {
        final String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = "Row" + i;
        }
        return keys;
    }

    private static Set<String> componentNames(final Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> members(final JsonElement object) {
        return new TreeSet<>(object.getAsJsonObject().keySet());
    }

    @Test
    void recordComponents_matchTheMembersOfThePagesSamples() {
        for (final String name : List.of(LAB_SAMPLE, SMALL_SAMPLE)) {
            final JsonObject sample = sample(name);
            final JsonObject cell = sample.getAsJsonArray("cells").get(0).getAsJsonObject();
            assertEquals(componentNames(ScorerViewData.class), members(sample), name);
            assertEquals(componentNames(ClassMetrics.class), members(sample.getAsJsonArray("perClass").get(0)), name);
            assertEquals(componentNames(Cell.class), members(cell), name);
            assertEquals(componentNames(Example.class), members(cell.getAsJsonArray("rows").get(0)), name);
        }
    }

    @Test
    void build_labConfusionMatrix_countsAndMetricsEqualScikitLearns() {
        assertBuildsLike(sample(LAB_SAMPLE));
    }

    @Test
    void build_smallSample_countsAndMetricsEqualScikitLearns() {
        assertBuildsLike(sample(SMALL_SAMPLE));
    }

    /**
     * Builds from rows in an order that gives the sample's confusion matrix and compares everything that depends
     * only on the counts; the metrics must equal scikit-learn's, which the samples hold, bit for bit.
     */
    private static void assertBuildsLike(final JsonObject sample) {
        final String[] classes = strings(sample.get("classes"));
        final int[][] counts = intRows(sample.get("counts"));
        final List<int[]> pairs = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                for (int c = 0; c < counts[t][p]; c++) {
                    pairs.add(new int[] {t, p});
                }
            }
        }
        final int[] truth = pairs.stream().mapToInt(tp -> tp[0]).toArray();
        final int[] predicted = pairs.stream().mapToInt(tp -> tp[1]).toArray();
        final int cap = sample.get("maxExamplesPerCell").getAsInt();

        final ScorerViewData data = ScorerViewData.builder(classes, truth, predicted, keys(truth.length))
            .maxExamplesPerCell(cap).build();

        assertArrayEquals(counts, data.counts());
        assertEquals(sample.get("total").getAsInt(), data.total());
        assertEquals(sample.get("correct").getAsInt(), data.correct());
        assertEquals(sample.get("accuracy").getAsDouble(), data.accuracy());
        final JsonArray perClass = sample.getAsJsonArray("perClass");
        for (int c = 0; c < classes.length; c++) {
            final JsonObject expected = perClass.get(c).getAsJsonObject();
            final ClassMetrics actual = data.perClass().get(c);
            assertEquals(expected.get("label").getAsString(), actual.label());
            assertEquals(expected.get("precision").getAsDouble(), actual.precision(), "precision of " + c);
            assertEquals(expected.get("recall").getAsDouble(), actual.recall(), "recall of " + c);
            assertEquals(expected.get("f1").getAsDouble(), actual.f1(), "f1 of " + c);
            assertEquals(expected.get("support").getAsInt(), actual.support());
        }
        final JsonArray cells = sample.getAsJsonArray("cells");
        assertEquals(cells.size(), data.cells().size());
        for (int i = 0; i < cells.size(); i++) {
            final JsonObject expected = cells.get(i).getAsJsonObject();
            final Cell actual = data.cells().get(i);
            assertEquals(expected.get("truth").getAsInt(), actual.truth());
            assertEquals(expected.get("predicted").getAsInt(), actual.predicted());
            assertEquals(expected.get("total").getAsInt(), actual.total());
            assertEquals(expected.getAsJsonArray("rows").size(), actual.rows().size());
        }
    }

    @Test
    void build_capsExamplesPerCell_firstRowsInRowOrder_onlyNonEmptyCells() {
        final int[] truth = {0, 1, 0, 0, 2, 0, 1};
        final int[] predicted = {1, 1, 1, 0, 2, 1, 0};
        final ScorerViewData data = ScorerViewData.builder(ABC, truth, predicted, keys(7)).maxExamplesPerCell(2)
            .build();

        assertArrayEquals(new int[][] {{1, 3, 0}, {1, 1, 0}, {0, 0, 1}}, data.counts());
        assertEquals(List.of("0,0", "0,1", "1,0", "1,1", "2,2"),
            data.cells().stream().map(c -> c.truth() + "," + c.predicted()).toList());
        final Cell ab = data.cells().get(1);
        assertEquals(3, ab.total());
        assertEquals(List.of("Row0", "Row2"), ab.rows().stream().map(Example::rowKey).toList());
        assertEquals(2, data.maxExamplesPerCell());
        assertEquals(0, data.imageWidth());
        assertEquals(0, data.imageHeight());
        assertNull(data.scoreLabel());
        assertNull(ab.rows().get(0).pixels());
        assertNull(ab.rows().get(0).score());
        assertEquals(3, data.correct());
        assertEquals(3.0 / 7, data.accuracy());
    }

    @Test
    void build_zeroExamplesPerCell_keepsCountsListsNoRows() {
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0, 1}, new int[] {0, 2}, keys(2))
            .maxExamplesPerCell(0).build();
        assertEquals(2, data.cells().size());
        assertTrue(data.cells().stream().allMatch(c -> c.rows().isEmpty()));
    }

    @Test
    void build_classNeverPredictedOrAbsent_metricsAreZeroAsScikitLearns() {
        // class a is never predicted, class c never occurs
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0, 1, 1}, new int[] {1, 1, 2}, keys(3))
            .build();
        final ClassMetrics a = data.perClass().get(0);
        final ClassMetrics c = data.perClass().get(2);
        assertEquals(0.0, a.precision());
        assertEquals(0.0, a.recall());
        assertEquals(0.0, a.f1());
        assertEquals(1, a.support());
        assertEquals(0.0, c.precision());
        assertEquals(0.0, c.recall());
        assertEquals(0, c.support());
        final ClassMetrics b = data.perClass().get(1);
        assertEquals(0.5, b.precision());
        assertEquals(0.5, b.recall());
        assertEquals(0.5, b.f1());
    }

    @Test
    void pixels_byteMatrix_base64OfTheUnsignedBytes() {
        final ByteMatrix.Builder pixels = ByteMatrix.builder(4, 2);
        pixels.addRow(new byte[] {0, (byte)255, 7, (byte)128}, 0);
        pixels.addRow(new byte[] {1, 2, 3, 4}, 0);
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0, 2}, new int[] {0, 1}, keys(2))
            .pixels(2, 2, pixels.build()).build();
        assertEquals(2, data.imageWidth());
        assertEquals(2, data.imageHeight());
        assertArrayEquals(new byte[] {0, (byte)255, 7, (byte)128},
            Base64.getDecoder().decode(data.cells().get(0).rows().get(0).pixels()));
        assertArrayEquals(new byte[] {1, 2, 3, 4},
            Base64.getDecoder().decode(data.cells().get(1).rows().get(0).pixels()));
    }

    @Test
    void pixels_denseMatrix_roundedAndClampedTo0to255() {
        final DenseMatrix pixels = DenseMatrix.of(new double[][] {{-3, 0.4, 254.6, 300}});
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {1}, new int[] {1}, keys(1))
            .pixels(4, 1, pixels).build();
        assertArrayEquals(new byte[] {0, 0, (byte)255, (byte)255},
            Base64.getDecoder().decode(data.cells().get(0).rows().get(0).pixels()));
    }

    @Test
    void pixels_byteRows_nullRowHasNoImage() {
        final byte[][] rows = {{9, 8, 7, 6}, null};
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0, 0}, new int[] {0, 0}, keys(2))
            .pixels(2, 2, rows).build();
        final List<Example> listed = data.cells().get(0).rows();
        assertArrayEquals(rows[0], Base64.getDecoder().decode(listed.get(0).pixels()));
        assertNull(listed.get(1).pixels());
    }

    @Test
    void scores_nanMeansNoScore_labelKept() {
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0, 0}, new int[] {0, 0}, keys(2))
            .scores("Decision score", new double[] {-1.25, Double.NaN}).title("T").build();
        assertEquals("Decision score", data.scoreLabel());
        assertEquals("T", data.title());
        assertEquals(-1.25, data.cells().get(0).rows().get(0).score());
        assertNull(data.cells().get(0).rows().get(1).score());
    }

    @Test
    void counts_isACopy() {
        final ScorerViewData data = ScorerViewData.builder(ABC, new int[] {0}, new int[] {0}, keys(1)).build();
        data.counts()[0][0] = 99;
        assertEquals(1, data.counts()[0][0]);
    }

    @Test
    void builder_badInput_throwsNamingTheProblem() {
        assertEquals("truth, predicted and rowKeys differ in length: 2, 1, 2", assertThrows(
            IllegalArgumentException.class,
            () -> ScorerViewData.builder(ABC, new int[] {0, 1}, new int[] {0}, keys(2))).getMessage());
        assertEquals("row 1 has class indices (3, 0) outside 0..2", assertThrows(IllegalArgumentException.class,
            () -> ScorerViewData.builder(ABC, new int[] {0, 3}, new int[] {0, 0}, keys(2))).getMessage());
        assertEquals("no rows to score", assertThrows(IllegalArgumentException.class,
            () -> ScorerViewData.builder(ABC, new int[0], new int[0], keys(0))).getMessage());
        final ScorerViewDataBuilder builder = ScorerViewData.builder(ABC, new int[] {0}, new int[] {0}, keys(1));
        assertEquals("maxExamplesPerCell must be >= 0, got -1",
            assertThrows(IllegalArgumentException.class, () -> builder.maxExamplesPerCell(-1)).getMessage());
        assertEquals("pixels have 3 columns, expected 2 x 2 = 4", assertThrows(IllegalArgumentException.class,
            () -> builder.pixels(2, 2, DenseMatrix.of(new double[][] {{1, 2, 3}}))).getMessage());
        assertEquals("scores has 2 rows, expected 1", assertThrows(IllegalArgumentException.class,
            () -> builder.scores("s", new double[2])).getMessage());
    }

    @Test
    void record_countsDisagreeingWithTotals_throws() {
        final List<ClassMetrics> metrics = List.of(new ClassMetrics("a", 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScorerViewData("t", List.of("a"), new int[][] {{1}},
            2, 1, 1.0, metrics, 0, 0, null, 50, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ScorerViewData("t", List.of("a"), new int[][] {{1}},
            1, 1, 1.0, metrics, 0, 0, null, 50, List.of(new Cell(0, 0, 2, List.of()))));
    }
}
