package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.knime.port.MnistLabModelPortObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Workflow 2 run headless: the 5-detector trains, predicts and cross-validates as in the lab. */
class BinaryWorkflowTest {

    private static LoadedWorkflow s_run;

    private static JsonObject s_lab;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_lab = LabData.lab().getAsJsonObject("binary_sgd");
        s_run = LoadedWorkflow.executed(BinaryWorkflow.NAME);
    }

    @AfterAll
    static void release() {
        s_run.close();
        s_run = null;
    }

    @Test
    void sgd_trainsTheLabsNumberOfEpochs() {
        final MnistLabModelPortObject model = s_run.output(BinaryWorkflow.SGD, 0);
        assertEquals(s_lab.get("epochs").getAsString(), model.getSpec().getFitResults().get("n_iter_"));
    }

    @Test
    void sgd_logsEveryEpochAsScikitLearnPrintsIt() throws IOException {
        final JsonObject log = s_lab.getAsJsonObject("training_log");
        final JsonArray epochs = log.getAsJsonArray("epochs");
        final List<DataRow> rows = Outputs.rows(s_run.table(BinaryWorkflow.SGD, 2));
        assertEquals(s_lab.get("epochs").getAsInt(), rows.size(), "one row per epoch");
        assertEquals(epochs.size(), rows.size());
        // the first and the last epoch as scikit-learn printed them: the "Log line" column
        for (final int i : new int[]{0, rows.size() - 1}) {
            assertEquals(Outputs.printed(epochs.get(i).getAsJsonObject()), rows.get(i).getCell(8).toString(),
                "epoch " + (i + 1));
        }
        assertEquals("converged", log.get("stopped").getAsString());
        assertEquals("Convergence after 239 epochs", rows.get(rows.size() - 1).getCell(9).toString());
        Regeneration.screenshot("workflow-2-training-loss.png", Outputs.png(s_run.output(BinaryWorkflow.SGD, 3)));
    }

    @Test
    void predictor_detectsTheFirstDigitAsAFiveAndNotTheNextTwo() {
        final JsonArray expected = s_lab.getAsJsonArray("predict_first3");
        final List<String> predicted =
            Outputs.strings(s_run.table(BinaryWorkflow.PREDICT, 0), BinaryWorkflow.PREDICTION);
        assertEquals(expected.size(), predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            assertEquals(expected.get(i).getAsBoolean() ? "True" : "False", predicted.get(i), "image " + i);
        }
    }

    @Test
    void crossValidation_givesTheLabsAccuracyPerFold() throws IOException {
        assertArrayEquals(Outputs.doubles(s_lab.getAsJsonArray("cv_accuracy")),
            Outputs.doubles(s_run.table(BinaryWorkflow.CV, 0), "Accuracy"));
        Regeneration.screenshot("workflow-2-cv-accuracy.png", Outputs.png(s_run.output(BinaryWorkflow.CV, 2)));
    }

    @Test
    void scorer_givesTheLabsConfusionMatrixPrecisionRecallAndF1() throws IOException {
        assertArrayEquals(Outputs.longs(s_lab.getAsJsonArray("confusion_matrix")),
            Outputs.counts(s_run.table(BinaryWorkflow.SCORER, 0)));
        final BufferedDataTable statistics = s_run.table(BinaryWorkflow.SCORER, 1);
        final DataRow binary = Outputs.row(statistics, "binary (positive: true)");
        final List<String> columns = List.of("precision", "recall", "f1");
        for (int c = 0; c < columns.size(); c++) {
            assertEquals(s_lab.get(columns.get(c)).getAsDouble(), ((DoubleValue)binary.getCell(c)).getDoubleValue(),
                columns.get(c));
        }
        Regeneration.screenshot("workflow-2-confusion-matrix.png",
            Outputs.png(s_run.output(BinaryWorkflow.SCORER, 2)));
    }
}
