package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;

import com.google.gson.JsonObject;

/**
 * Workflow 5 run headless: the multiclass errors, the cross-validated accuracies with and without scaling and the
 * confusion matrix are the lab's.
 */
class MulticlassWorkflowTest {

    private static LoadedWorkflow s_run;

    private static JsonObject s_lab;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_lab = LabData.lab().getAsJsonObject("sgd_multiclass");
        s_run = LoadedWorkflow.executed(MulticlassWorkflow.NAME);
    }

    @AfterAll
    static void release() {
        s_run.close();
        s_run = null;
    }

    private static long errors(final long[][] counts) {
        long errors = 0;
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts[t].length; p++) {
                errors += t == p ? 0 : counts[t][p];
            }
        }
        return errors;
    }

    @Test
    void predictors_misclassifyTheLabsTrainingImagesAndNumberOfTestImages() {
        final List<Integer> train = Outputs.errors(s_run.table(MulticlassWorkflow.PREDICT_TRAIN, 0), "label",
            MulticlassWorkflow.PREDICTION);
        assertArrayEquals(Outputs.ints(s_lab.getAsJsonArray("train_errors_first500")),
            train.stream().mapToInt(Integer::intValue).toArray());
        final List<Integer> test = Outputs.errors(s_run.table(MulticlassWorkflow.PREDICT_TEST, 0), "label",
            MulticlassWorkflow.PREDICTION);
        assertEquals(s_lab.get("test_errors_first500").getAsInt(), test.size());
        assertEquals(train.size(), errors(Outputs.counts(s_run.table(MulticlassWorkflow.SCORER_TRAIN, 0))));
        assertEquals(test.size(), errors(Outputs.counts(s_run.table(MulticlassWorkflow.SCORER_TEST, 0))));
    }

    @Test
    void crossValidation_givesTheLabsAccuraciesOnRawAndScaledPixels() {
        assertArrayEquals(Outputs.doubles(s_lab.getAsJsonArray("cv_accuracy")),
            Outputs.doubles(s_run.table(MulticlassWorkflow.CV, 0), "Accuracy"));
        assertArrayEquals(Outputs.doubles(s_lab.getAsJsonArray("cv_accuracy_scaled")),
            Outputs.doubles(s_run.table(MulticlassWorkflow.CV_SCALED, 0), "Accuracy"));
    }

    @Test
    void scorers_giveTheLabsConfusionMatrixItsNormalizedDiagonalAndLargestConfusion() throws IOException {
        final long[][] counts = Outputs.counts(s_run.table(MulticlassWorkflow.COUNTS, 0));
        assertArrayEquals(Outputs.longs(s_lab.getAsJsonArray("confusion_matrix_scaled")), counts);
        final double[] diagonal = Outputs.doubles(s_lab.getAsJsonArray("confusion_normalized_diagonal"));
        final BufferedDataTable statistics = s_run.table(MulticlassWorkflow.PERCENT, 1);
        for (int c = 0; c < diagonal.length; c++) {
            assertEquals(diagonal[c],
                ((DoubleValue)Outputs.row(statistics, Integer.toString(c)).getCell(1)).getDoubleValue(),
                "recall of " + c + ", the diagonal normalized by true class");
        }
        final JsonObject largest = s_lab.getAsJsonObject("largest_confusion");
        int bestTrue = -1;
        int bestPredicted = -1;
        double best = -1;
        for (int t = 0; t < counts.length; t++) {
            final long total = Arrays.stream(counts[t]).sum();
            for (int p = 0; p < counts[t].length; p++) {
                if (p != t && (double)counts[t][p] / total > best) {
                    best = (double)counts[t][p] / total;
                    bestTrue = t;
                    bestPredicted = p;
                }
            }
        }
        assertEquals(largest.get("true").getAsString(), Integer.toString(bestTrue));
        assertEquals(largest.get("predicted").getAsString(), Integer.toString(bestPredicted));
        assertEquals(largest.get("rate").getAsDouble(), best);
        Regeneration.screenshot("workflow-5-confusion-counts.png",
            Outputs.png(s_run.output(MulticlassWorkflow.COUNTS, 2)));
        Regeneration.screenshot("workflow-5-confusion-by-true-class.png",
            Outputs.png(s_run.output(MulticlassWorkflow.PERCENT, 2)));
        Regeneration.screenshot("workflow-5-confusion-errors.png",
            Outputs.png(s_run.output(MulticlassWorkflow.ERRORS, 2)));
    }
}
