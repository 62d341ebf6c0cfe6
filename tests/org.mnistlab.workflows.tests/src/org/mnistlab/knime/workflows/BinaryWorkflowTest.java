package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.knime.port.MnistLabModelPortObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Workflow 2 run headless: the 5-detector trains, predicts and cross-validates as in the lab. Subclasses run it for
 * another configuration, changed only where the workflow says ({@link #fixture()}).
 */
@TestInstance(Lifecycle.PER_CLASS)
class BinaryWorkflowTest {

    private LoadedWorkflow m_run;

    private JsonObject m_lab;

    /** @return the scikit-learn fixture this run reproduces: the lab as shipped */
    String fixture() {
        return LabData.LAB;
    }

    /** @return whether this is the workflow as shipped, whose charts are the README's pictures */
    final boolean shipped() {
        return LabData.LAB.equals(fixture());
    }

    /** @return the executed workflow */
    final LoadedWorkflow run() {
        return m_run;
    }

    @BeforeAll
    void execute() throws IOException {
        LabData.requireMnist();
        final JsonObject lab = LabData.lab(fixture());
        m_lab = lab.getAsJsonObject("binary_sgd");
        m_run = LoadedWorkflow.executed(BinaryWorkflow.NAME, w -> {
            if (!shipped()) {
                w.change(BinaryWorkflow.SGD, LabData.digitAndSeed(lab));
            }
        });
    }

    @AfterAll
    void release() {
        m_run.close();
        m_run = null;
    }

    @Test
    void sgd_trainsTheLabsNumberOfEpochs() {
        final MnistLabModelPortObject model = m_run.output(BinaryWorkflow.SGD, 0);
        assertEquals(m_lab.get("epochs").getAsString(), model.getSpec().getFitResults().get("n_iter_"));
    }

    /** A row per epoch until "Convergence after N epochs"; the lines as printed where the fixture has them. */
    @Test
    void sgd_logsEveryEpochAsScikitLearnPrintsIt() throws IOException {
        final List<DataRow> rows = Outputs.rows(m_run.table(BinaryWorkflow.SGD, 2));
        assertEquals(m_lab.get("epochs").getAsInt(), rows.size(), "one row per epoch");
        assertEquals("Convergence after " + rows.size() + " epochs", rows.get(rows.size() - 1).getCell(9).toString());
        if (m_lab.has("training_log")) {
            final JsonObject log = m_lab.getAsJsonObject("training_log");
            final JsonArray epochs = log.getAsJsonArray("epochs");
            assertEquals("converged", log.get("stopped").getAsString());
            assertEquals(epochs.size(), rows.size());
            // the first and the last epoch as scikit-learn printed them: the "Log line" column
            for (final int i : new int[]{0, rows.size() - 1}) {
                assertEquals(Outputs.printed(epochs.get(i).getAsJsonObject()), rows.get(i).getCell(8).toString(),
                    "epoch " + (i + 1));
            }
        }
        if (shipped()) {
            Regeneration.screenshot("workflow-2-training-loss.png",
                Outputs.png(m_run.output(BinaryWorkflow.SGD, 3)));
        }
    }

    @Test
    void predictor_detectsTheFirstDigitAsAFiveAndNotTheNextTwo() {
        final JsonArray expected = m_lab.getAsJsonArray("predict_first3");
        final List<String> predicted =
            Outputs.strings(m_run.table(BinaryWorkflow.PREDICT, 0), BinaryWorkflow.PREDICTION);
        assertEquals(expected.size(), predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            assertEquals(expected.get(i).getAsBoolean() ? "True" : "False", predicted.get(i), "image " + i);
        }
    }

    @Test
    void crossValidation_givesTheLabsAccuracyPerFold() throws IOException {
        assertArrayEquals(Outputs.doubles(m_lab.getAsJsonArray("cv_accuracy")),
            Outputs.doubles(m_run.table(BinaryWorkflow.CV, 0), "Accuracy"));
        if (shipped()) {
            Regeneration.screenshot("workflow-2-cv-accuracy.png", Outputs.png(m_run.output(BinaryWorkflow.CV, 2)));
        }
    }

    @Test
    void scorer_givesTheLabsConfusionMatrixPrecisionRecallAndF1() throws IOException {
        assertArrayEquals(Outputs.longs(m_lab.getAsJsonArray("confusion_matrix")),
            Outputs.counts(m_run.table(BinaryWorkflow.SCORER, 0)));
        final BufferedDataTable statistics = m_run.table(BinaryWorkflow.SCORER, 1);
        final DataRow binary = Outputs.row(statistics, "binary (positive: true)");
        final List<String> columns = List.of("precision", "recall", "f1");
        for (int c = 0; c < columns.size(); c++) {
            assertEquals(m_lab.get(columns.get(c)).getAsDouble(), ((DoubleValue)binary.getCell(c)).getDoubleValue(),
                columns.get(c));
        }
        if (shipped()) {
            Regeneration.screenshot("workflow-2-confusion-matrix.png",
                Outputs.png(m_run.output(BinaryWorkflow.SCORER, 2)));
        }
    }
}
