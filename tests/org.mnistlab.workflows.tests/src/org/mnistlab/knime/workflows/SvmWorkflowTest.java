package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.charts.DigitGridChart;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Workflow 4 run headless: the SVC's and one-vs-rest's errors among the first 100 digits are the lab's. */
class SvmWorkflowTest {

    private static LoadedWorkflow s_run;

    private static JsonObject s_lab;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_lab = LabData.lab();
        s_run = LoadedWorkflow.executed(SvmWorkflow.NAME);
    }

    @AfterAll
    static void release() {
        s_run.close();
        s_run = null;
    }

    /** The misclassified digits with label, prediction and the 10 scores, as the fixture lists them. */
    private static void assertLabErrors(final String fixture, final BufferedDataTable predicted) {
        final JsonArray expected = s_lab.getAsJsonObject(fixture).getAsJsonArray("errors_first100");
        final List<Integer> errors = Outputs.errors(predicted, "label", SvmWorkflow.PREDICTION);
        assertEquals(expected.size(), errors.size(), fixture + ": " + errors);
        final List<String> labels = Outputs.strings(predicted, "label");
        final List<String> predictions = Outputs.strings(predicted, SvmWorkflow.PREDICTION);
        for (int e = 0; e < errors.size(); e++) {
            final JsonObject x = expected.get(e).getAsJsonObject();
            final int i = errors.get(e);
            assertEquals(x.get("index").getAsInt(), i, fixture);
            assertEquals(x.get("label").getAsString(), labels.get(i), fixture + ", image " + i);
            assertEquals(x.get("predicted").getAsString(), predictions.get(i), fixture + ", image " + i);
            final double[] scores = Outputs.doubles(x.getAsJsonArray("scores"));
            for (int c = 0; c < scores.length; c++) {
                Outputs.assertScore(scores[c], Outputs.doubles(predicted, "Score (" + c + ")")[i],
                    fixture + ", image " + i + ", score of " + c);
            }
        }
    }

    @Test
    void svc_misclassifiesTheLabsImagesWithTheLabsScores() {
        assertLabErrors("svc_ovo", s_run.table(SvmWorkflow.SVC_PREDICT, 0));
        assertScorerCounts(s_run.table(SvmWorkflow.SVC_PREDICT, 0), s_run.table(SvmWorkflow.SVC_SCORER, 0));
    }

    @Test
    void oneVsRest_misclassifiesTheLabsImagesWithTheLabsScores() {
        assertLabErrors("svc_ovr", s_run.table(SvmWorkflow.OVR_PREDICT, 0));
        assertScorerCounts(s_run.table(SvmWorkflow.OVR_PREDICT, 0), s_run.table(SvmWorkflow.OVR_SCORER, 0));
    }

    /** The Scorer counts the predictor's rows: one cell per (label, prediction), "0" to "9" in order. */
    private static void assertScorerCounts(final BufferedDataTable predicted, final BufferedDataTable matrix) {
        final long[][] expected = new long[10][10];
        final List<String> labels = Outputs.strings(predicted, "label");
        final List<String> predictions = Outputs.strings(predicted, SvmWorkflow.PREDICTION);
        for (int i = 0; i < labels.size(); i++) {
            expected[Integer.parseInt(labels.get(i))][Integer.parseInt(predictions.get(i))]++;
        }
        assertArrayEquals(expected, Outputs.counts(matrix));
    }

    @Test
    void grid_showsTheFirst100DigitsCaptionedWithTheSvcsPredictions() throws IOException {
        final byte[] grid = Outputs.png(s_run.output(SvmWorkflow.SVC_GRID, 0));
        Regeneration.screenshot("workflow-4-svc-predictions.png", grid);
        final String[] predictions =
            Outputs.strings(s_run.table(SvmWorkflow.SVC_PREDICT, 0), SvmWorkflow.PREDICTION).toArray(String[]::new);
        assertEquals(100, predictions.length);
        assertArrayEquals(
            DigitGridChart.of(SvmWorkflow.SVC_GRID_TITLE, LabData.mnist().x(), 100, predictions, 10).png(), grid);
    }
}
