package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.node.parameters.NodeParameters;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters;
import org.mnistlab.knime.node.roccurve.RocCurveNodeFactory;
import org.mnistlab.knime.node.roccurve.RocCurveParameters;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerParameters;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyNodeFactory;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyParameters;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepNodeFactory;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.testing.Clusters;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;

/**
 * Issue 17 at the nodes: the binary Cross-Validation's columns keep their names when the positive value changes, so
 * the nodes below (Scorer, Threshold Sweep, Threshold Apply) keep their settings; settings saved by the previous
 * release, which name the columns with the positive value ({@code label = 5}, {@code Prediction (label = 5)}), follow
 * the renamed columns with a warning and give the same numbers; and a Threshold Sweep that counts another positive
 * value than the scores were computed for says so, as does a ROC Curve, which takes its columns as the Threshold
 * Sweep does.
 */
class DigitChangeNodesTest {

    private static final NodeHarness CV =
        NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class);

    private static final NodeHarness SCORER = NodeHarness.of(new ScorerNodeFactory(), ScorerParameters.class);

    private static final NodeHarness SWEEP =
        NodeHarness.of(new ThresholdSweepNodeFactory(), ThresholdSweepParameters.class);

    private static final NodeHarness APPLY =
        NodeHarness.of(new ThresholdApplyNodeFactory(), ThresholdApplyParameters.class);

    private static final NodeHarness ROC = NodeHarness.of(new RocCurveNodeFactory(), RocCurveParameters.class);

    /** The out-of-fold tables of "label = a" and "label = b" on the same rows. */
    private static BufferedDataTable s_oofA;

    private static BufferedDataTable s_oofB;

    @BeforeAll
    static void crossValidate() throws Exception {
        final BufferedDataTable rows = Clusters.of(90, "a", "b", "c");
        s_oofA = CV.execute(settings(CV, rows.getDataTableSpec(), "positiveValue", "a"), rows).table(1);
        s_oofB = CV.execute(settings(CV, rows.getDataTableSpec(), "positiveValue", "b"), rows).table(1);
    }

    /** A new node's settings for this input with some changed, loaded as KNIME loads them. */
    private static NodeParameters settings(final NodeHarness node, final DataTableSpec spec,
        final String... keyValues) throws InvalidSettingsException {
        final NodeSettings s = Parameters.toSettings(node.defaultParameters(spec), "model");
        for (int i = 0; i < keyValues.length; i += 2) {
            s.addString(keyValues[i], keyValues[i + 1]);
        }
        return node.loadParameters(s);
    }

    private static List<String> statistics(final Executed scored) {
        return Tables.rows(scored.table(1)).stream().map(DataRow::toString).toList();
    }

    @Test
    void crossValidation_anotherPositiveValue_sameColumnNames() {
        assertEquals(List.of(s_oofA.getDataTableSpec().getColumnNames()),
            List.of(s_oofB.getDataTableSpec().getColumnNames()));
    }

    @Test
    void newScorer_proposesTheTargetAndItsPrediction_forEveryPositiveValue() throws Exception {
        for (final BufferedDataTable oof : List.of(s_oofA, s_oofB)) {
            final NodeSettings s =
                Parameters.toSettings(SCORER.defaultParameters(oof.getDataTableSpec()), "model");
            assertEquals("label = positive value", s.getString("truthColumn"));
            assertEquals("Prediction (label = positive value)", s.getString("predictionColumn"));
        }
    }

    @Test
    void scorerOfThePreviousRelease_followsTheRenamedColumns_warns_andScoresTheSame() throws Exception {
        final DataTableSpec spec = s_oofA.getDataTableSpec();
        final var old = settings(SCORER, spec, "truthColumn", "label = a", "predictionColumn",
            "Prediction (label = a)", "positiveClass", "true");
        final Optional<String> warning = SCORER.configure(old, spec).warning();
        assertEquals(Optional.of("True class column: the input table has no column \"label = a\"; using \"label = "
            + "positive value\", the true classes of \"Prediction (label = positive value)\". Choose it in the dialog "
            + "to keep it. Prediction column: the input table has no column \"Prediction (label = a)\"; using "
            + "\"Prediction (label = positive value)\", its only prediction column. Choose it in the dialog to keep "
            + "it."), warning);
        final Executed followed = SCORER.execute(old, s_oofA);
        assertEquals(warning, followed.warning());
        final Executed current = SCORER.execute(settings(SCORER, spec, "positiveClass", "true"), s_oofA);
        assertEquals(Optional.empty(), current.warning());
        assertEquals(Tables.rows(current.table(0)).stream().map(DataRow::toString).toList(),
            Tables.rows(followed.table(0)).stream().map(DataRow::toString).toList());
        assertEquals(statistics(current), statistics(followed));
    }

    @Test
    void scorer_missingColumnAndSeveralCandidates_failsAsBefore() throws Exception {
        final BufferedDataTable applied = APPLY.execute(settings(APPLY, s_oofA.getDataTableSpec()), s_oofA).table(0);
        final DataTableSpec spec = applied.getDataTableSpec();
        final var gone = settings(SCORER, spec, "predictionColumn", "Prediction (label = a)");
        assertEquals("Prediction column: the input table has no column \"Prediction (label = a)\".",
            assertThrows(InvalidSettingsException.class, () -> SCORER.configure(gone, spec)).getMessage(),
            "two prediction columns: the node cannot guess");
    }

    @Test
    void thresholdApply_thenNewScorer_proposesTheAppliedPredictionAndTheTarget() throws Exception {
        final Executed applied = APPLY.execute(settings(APPLY, s_oofB.getDataTableSpec()), s_oofB);
        assertEquals(Optional.empty(), applied.warning());
        final DataTableSpec spec = applied.table(0).getDataTableSpec();
        final NodeSettings s = Parameters.toSettings(SCORER.defaultParameters(spec), "model");
        assertEquals("label = positive value", s.getString("truthColumn"));
        assertEquals("Prediction", s.getString("predictionColumn"));
        assertEquals("Prediction (label = b)",
            PredictionColumns.describe(spec.getColumnSpec("Prediction")));
    }

    @Test
    void thresholdApply_scoreColumnGone_followsTheOnlyScoreWithAWarning() throws Exception {
        final DataTableSpec spec = s_oofA.getDataTableSpec();
        final var gone = settings(APPLY, spec, "scoreColumn", "Score (5)");
        final Executed applied = APPLY.execute(gone, s_oofA);
        assertEquals(Optional.of("Score column: the input table has no column \"Score (5)\"; using \"Score (True)\", "
            + "its only decision score column. Choose it in the dialog to keep it."), applied.warning());
        assertEquals(Tables.column(APPLY.execute(settings(APPLY, spec), s_oofA).table(0), "Prediction"),
            Tables.column(applied.table(0), "Prediction"));
    }

    @Test
    void newSweep_countsTheTargetOfTheScores_noDigitToRepeat() throws Exception {
        final NodeSettings s = Parameters.toSettings(SWEEP.defaultParameters(s_oofB.getDataTableSpec()), "model");
        assertEquals("label = positive value", s.getString("truthColumn"));
        assertEquals("true", s.getString("positiveValue"));
        assertEquals("Score (True)", s.getString("scoreColumn"));
    }

    @Test
    void sweepOfThePreviousRelease_labelAndItsPositiveValue_sameCurveAsTheTarget_noWarning() throws Exception {
        final DataTableSpec spec = s_oofB.getDataTableSpec();
        final Executed old = SWEEP.execute(settings(SWEEP, spec, "truthColumn", "label", "positiveValue", "b"), s_oofB);
        final Executed current = SWEEP.execute(settings(SWEEP, spec), s_oofB);
        assertEquals(Optional.empty(), old.warning());
        assertEquals(Optional.empty(), current.warning());
        assertEquals(Tables.rows(current.table(0)).stream().map(DataRow::toString).toList(),
            Tables.rows(old.table(0)).stream().map(DataRow::toString).toList());
        assertEquals(Tables.rows(current.table(1)).toString(), Tables.rows(old.table(1)).toString());
    }

    @Test
    void sweep_countsAnotherPositiveValueThanTheScoresWereComputedFor_warns() throws Exception {
        // the issue: the digit changed to b upstream, the Sweep still counts a
        final DataTableSpec spec = s_oofB.getDataTableSpec();
        final var stale = settings(SWEEP, spec, "truthColumn", "label", "positiveValue", "a", "choice", "FIXED");
        final String expected = "Positive value: this node counts label = a as positive, but the scores in \"Score "
            + "(True)\" were computed for label = b.";
        assertEquals(Optional.of(expected), SWEEP.configure(stale, spec).warning());
        assertEquals(Optional.of(expected), SWEEP.execute(stale, s_oofB).warning());
        final NodeSettings target = Parameters.toSettings(SWEEP.defaultParameters(spec), "model");
        assertTrue(SWEEP.configure(SWEEP.loadParameters(target), spec).warning().isEmpty());
    }

    @Test
    void sweep_targetOfAnotherProblemThanTheScores_warns() throws Exception {
        // the scores of "label = b" next to the target of "label = a"
        final DataTableSpec a = s_oofA.getDataTableSpec();
        final DataTableSpec b = s_oofB.getDataTableSpec();
        final int target = b.findColumnIndex("label = positive value");
        final DataTableSpec spec = new DataTableSpec(b.stream()
            .map(c -> c.getName().equals("label = positive value") ? a.getColumnSpec(target) : c)
            .toArray(DataColumnSpec[]::new));
        final var p = settings(SWEEP, spec);
        assertEquals(Optional.of("Positive value: this node counts label = a as positive, but the scores in \"Score "
            + "(True)\" were computed for label = b."), SWEEP.configure(p, spec).warning());
    }

    @Test
    void newRocCurve_countsTheTargetOfTheScores_sameAreaAsTheLabelAndItsValue() throws Exception {
        final DataTableSpec spec = s_oofB.getDataTableSpec();
        final NodeSettings s = Parameters.toSettings(ROC.defaultParameters(spec, null), "model");
        assertEquals("label = positive value", s.getString("truthColumn"));
        assertEquals("true", s.getString("positiveValue"));
        assertEquals("Score (True)", s.getString("scoreColumn"));
        final Executed current = ROC.execute(ROC.loadParameters(s), s_oofB, null);
        final Executed label = ROC.execute(settings(ROC, spec, "truthColumn", "label", "positiveValue", "b"), s_oofB,
            null);
        assertEquals(Optional.empty(), current.warning());
        assertEquals(Optional.empty(), label.warning());
        assertEquals(Tables.rows(current.table(1)).toString(), Tables.rows(label.table(1)).toString());
    }

    @Test
    void rocCurve_countsAnotherPositiveValueThanTheScoresWereComputedFor_warns() throws Exception {
        final DataTableSpec spec = s_oofB.getDataTableSpec();
        final var stale = settings(ROC, spec, "truthColumn", "label", "positiveValue", "a");
        final String expected = "Positive value: this node counts label = a as positive, but the scores in \"Score "
            + "(True)\" were computed for label = b.";
        assertEquals(Optional.of(expected), ROC.configure(stale, spec, null).warning());
        assertEquals(Optional.of(expected), ROC.execute(stale, s_oofB, null).warning());
    }
}
