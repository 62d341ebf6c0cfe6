package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;

import com.google.gson.JsonObject;

/**
 * Workflow 3 run headless: decision scores, the precision-recall curve and the thresholds are the lab's. Subclasses
 * run it for another configuration, changed only where the workflow says ({@link #fixture()}), or run another
 * version of it ({@link #folder()}).
 */
@TestInstance(Lifecycle.PER_CLASS)
class ThresholdsWorkflowTest {

    private LoadedWorkflow m_run;

    private JsonObject m_lab;

    /** @return the scikit-learn fixture this run reproduces: the lab as shipped */
    String fixture() {
        return LabData.LAB;
    }

    /** @return the workflow folder this run opens: the shipped one */
    Path folder() {
        return Regeneration.workflow(ThresholdsWorkflow.NAME);
    }

    /**
     * Checks what KNIME reports when it opens the workflow.
     *
     * @param problems {@link LoadedWorkflow#problems()}
     */
    void opened(final List<String> problems) {
        assertEquals(List.of(), problems, ThresholdsWorkflow.NAME + " does not open cleanly");
    }

    /** @return whether this is the workflow as shipped, whose charts are the README's pictures */
    /** Whether this version of workflow 3 has the ROC Curve node (release 0.1.0's has not). */
    boolean hasRoc() {
        return true;
    }

    final boolean shipped() {
        return LabData.LAB.equals(fixture()) && folder().equals(Regeneration.workflow(ThresholdsWorkflow.NAME));
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
        m_run = LoadedWorkflow.load(folder());
        opened(m_run.problems());
        if (!LabData.LAB.equals(fixture())) {
            m_run.change(ThresholdsWorkflow.SGD, LabData.digitAndSeed(lab));
        }
        m_run.executeAll();
    }

    @AfterAll
    void release() {
        if (m_run != null) {
            m_run.close();
            m_run = null;
        }
    }

    private static double number(final DataRow row, final int column) {
        return ((DoubleValue)row.getCell(column)).getDoubleValue();
    }

    @Test
    void predictor_givesTheLabsDecisionScoresOfTheFirst12Digits() {
        final double[] expected = Outputs.doubles(m_lab.getAsJsonArray("decision_first12"));
        final double[] scores = Outputs.doubles(m_run.table(ThresholdsWorkflow.SCORES, 0), ThresholdsWorkflow.SCORE);
        assertEquals(expected.length, scores.length);
        for (int i = 0; i < scores.length; i++) {
            Outputs.assertScore(expected[i], scores[i], "image " + i);
        }
    }

    @Test
    void sweep_hasAPointPerDistinctScoreAndFindsTheLabsThresholdFor90PercentPrecision() throws IOException {
        assertEquals(m_lab.get("pr_curve_thresholds").getAsInt() + 1, m_run.table(ThresholdsWorkflow.SWEEP, 0).size(),
            "every distinct score, then precision_recall_curve's final point (precision 1, recall 0)");
        final JsonObject t90 = m_lab.getAsJsonObject("threshold_for_precision");
        final DataRow chosen = Outputs.rows(m_run.table(ThresholdsWorkflow.SWEEP, 1)).get(0);
        Outputs.assertScore(t90.get("threshold").getAsDouble(), number(chosen, 0), "threshold");
        assertEquals(t90.get("precision").getAsDouble(), number(chosen, 1), "precision");
        assertEquals(t90.get("recall").getAsDouble(), number(chosen, 2), "recall");
        if (shipped()) {
            Regeneration.screenshot("workflow-3-precision-recall-vs-threshold.png",
                Outputs.png(m_run.output(ThresholdsWorkflow.SWEEP, 2)));
            Regeneration.screenshot("workflow-3-precision-vs-recall.png",
                Outputs.png(m_run.output(ThresholdsWorkflow.SWEEP, 3)));
        }
    }

    /**
     * The ROC curve of the same out-of-fold scores, the Threshold Sweep's threshold marked; the lab's points and area
     * where the fixture has them. (Workflow 3 of release 0.1.0 has no ROC Curve node.)
     */
    @Test
    void roc_hasTheLabsPointsAndAreaAndMarksThe90PercentPrecisionThreshold() throws IOException {
        final boolean present = m_run.manager().getNodeContainers().stream()
            .anyMatch(nc -> nc.getNodeAnnotation().getText().equals(ThresholdsWorkflow.ROC));
        if (!hasRoc()) {
            assertFalse(present, "this version of the workflow has no ROC Curve node");
            return;
        }
        final DataRow summary = Outputs.row(m_run.table(ThresholdsWorkflow.ROC, 1), "ROC AUC");
        if (m_lab.has("roc_auc")) {
            assertEquals(m_lab.get("roc_curve_points").getAsInt(), m_run.table(ThresholdsWorkflow.ROC, 0).size(),
                "roc_curve(y_train_5, y_scores), intermediate points dropped");
            // an area over points ordered by decision values, which scikit-learn computes with BLAS
            Outputs.assertScore(m_lab.get("roc_auc").getAsDouble(), number(summary, 0), "roc_auc_score");
        }
        final DataRow chosen = Outputs.rows(m_run.table(ThresholdsWorkflow.SWEEP, 1)).get(0);
        assertEquals(number(chosen, 0), number(summary, 4), "the Threshold Sweep's threshold is marked");
        assertEquals(number(chosen, 2), number(summary, 7), "its true positive rate is its recall");
        if (shipped()) {
            Regeneration.screenshot("workflow-3-roc-curve.png", Outputs.png(m_run.output(ThresholdsWorkflow.ROC, 2)));
        }
    }

    @Test
    void scorers_giveTheLabsPrecisionRecallAndF1AtThresholds0And3000() {
        final JsonObject at = m_lab.getAsJsonObject("at_threshold");
        final List<String> metrics = List.of("precision", "recall", "f1");
        Map.of("0", ThresholdsWorkflow.SCORER_0, "3000", ThresholdsWorkflow.SCORER_3000).forEach((t, scorer) -> {
            final DataRow binary = Outputs.row(m_run.table(scorer, 1), "binary (positive: true)");
            for (int c = 0; c < metrics.size(); c++) {
                assertEquals(at.getAsJsonObject(t).get(metrics.get(c)).getAsDouble(), number(binary, c),
                    metrics.get(c) + " at threshold " + t);
            }
        });
    }
}
