package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;

import com.google.gson.JsonObject;

/** Workflow 3 run headless: decision scores, the precision-recall curve and the thresholds are the lab's. */
class ThresholdsWorkflowTest {

    private static LoadedWorkflow s_run;

    private static JsonObject s_lab;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_lab = LabData.lab().getAsJsonObject("binary_sgd");
        s_run = LoadedWorkflow.executed(ThresholdsWorkflow.NAME);
    }

    @AfterAll
    static void release() {
        s_run.close();
        s_run = null;
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    @Test
    void predictor_givesTheLabsDecisionScoresOfTheFirst12Digits() {
        final double[] expected = Outputs.doubles(s_lab.getAsJsonArray("decision_first12"));
        final double[] scores = Outputs.doubles(s_run.table(ThresholdsWorkflow.SCORES, 0), ThresholdsWorkflow.SCORE);
        assertEquals(expected.length, scores.length);
        for (int i = 0; i < scores.length; i++) {
            Outputs.assertScore(expected[i], scores[i], "image " + i);
        }
    }

    @Test
    void sweep_hasAPointPerDistinctScoreAndFindsTheLabsThresholdFor90PercentPrecision() throws IOException {
        assertEquals(s_lab.get("pr_curve_thresholds").getAsInt() + 1, s_run.table(ThresholdsWorkflow.SWEEP, 0).size(),
            "every distinct score, then precision_recall_curve's final point (precision 1, recall 0)");
        final JsonObject t90 = s_lab.getAsJsonObject("threshold_for_precision");
        final DataRow chosen = Outputs.rows(s_run.table(ThresholdsWorkflow.SWEEP, 1)).get(0);
        Outputs.assertScore(t90.get("threshold").getAsDouble(), number(chosen, 0), "threshold");
        assertEquals(t90.get("precision").getAsDouble(), number(chosen, 1), "precision");
        assertEquals(t90.get("recall").getAsDouble(), number(chosen, 2), "recall");
        Regeneration.screenshot("workflow-3-precision-recall-vs-threshold.png",
            Outputs.png(s_run.output(ThresholdsWorkflow.SWEEP, 2)));
        Regeneration.screenshot("workflow-3-precision-vs-recall.png",
            Outputs.png(s_run.output(ThresholdsWorkflow.SWEEP, 3)));
    }

    @Test
    void roc_hasTheLabsPointsAndAreaAndMarksThe90PercentPrecisionThreshold() throws IOException {
        assertEquals(s_lab.get("roc_curve_points").getAsInt(), s_run.table(ThresholdsWorkflow.ROC, 0).size(),
            "roc_curve(y_train_5, y_scores), intermediate points dropped");
        final DataRow summary = Outputs.row(s_run.table(ThresholdsWorkflow.ROC, 1), "ROC AUC");
        // an area over points ordered by decision values, which scikit-learn computes with BLAS
        Outputs.assertScore(s_lab.get("roc_auc").getAsDouble(), number(summary, 0), "roc_auc_score");
        final DataRow chosen = Outputs.rows(s_run.table(ThresholdsWorkflow.SWEEP, 1)).get(0);
        assertEquals(number(chosen, 0), number(summary, 4), "the Threshold Sweep's threshold is marked");
        assertEquals(number(chosen, 2), number(summary, 7), "its true positive rate is its recall");
        Regeneration.screenshot("workflow-3-roc-curve.png", Outputs.png(s_run.output(ThresholdsWorkflow.ROC, 2)));
    }

    @Test
    void scorers_giveTheLabsPrecisionRecallAndF1AtThresholds0And3000() {
        final JsonObject at = s_lab.getAsJsonObject("at_threshold");
        final List<String> metrics = List.of("precision", "recall", "f1");
        Map.of("0", ThresholdsWorkflow.SCORER_0, "3000", ThresholdsWorkflow.SCORER_3000).forEach((t, scorer) -> {
            final DataRow binary = Outputs.row(s_run.table(scorer, 1), "binary (positive: true)");
            for (int c = 0; c < metrics.size(); c++) {
                assertEquals(at.getAsJsonObject(t).get(metrics.get(c)).getAsDouble(), number(binary, c),
                    metrics.get(c) + " at threshold " + t);
            }
        });
    }
}
