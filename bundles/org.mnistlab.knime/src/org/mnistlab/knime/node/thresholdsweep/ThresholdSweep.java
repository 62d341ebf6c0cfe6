package org.mnistlab.knime.node.thresholdsweep;


import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.charts.PrecisionRecallCurveChart;
import org.mnistlab.charts.PrecisionRecallThresholdChart;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.ThresholdMetrics;
import org.mnistlab.engine.metrics.Thresholds;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters.Axis;
import org.mnistlab.knime.table.ScoredTruth;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Threshold Sweep. */
final class ThresholdSweep {

    /** Column names of both tables. */
    static final String THRESHOLD = "Threshold";

    static final String PRECISION = "Precision";

    static final String RECALL = "Recall";

    static final String F1 = "F1";

    static final String TP = "True positives";

    static final String FP = "False positives";

    static final String FN = "False negatives";

    static final String TN = "True negatives";

    private static final int CHECK_EVERY = 10_000;

    private ThresholdSweep() {
    }

    /** The configured columns, or the ones they follow ({@link ScoredTruth#select}). */
    static ScoredTruth.Selected columns(final DataTableSpec spec, final ThresholdSweepParameters p)
        throws InvalidSettingsException {
        p.requireColumns();
        return ScoredTruth.select(spec, p.m_truthColumn, p.m_positiveValue, p.m_scoreColumn);
    }

    static DataTableSpec curveSpec() {
        return new DataTableSpec(new String[]{THRESHOLD, PRECISION, RECALL},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    }

    static DataTableSpec chosenSpec() {
        return new DataTableSpec(new String[]{THRESHOLD, PRECISION, RECALL, F1, TP, FP, FN, TN},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE,
                IntCell.TYPE, IntCell.TYPE, IntCell.TYPE});
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final ThresholdSweepParameters p = in.getParameters();
        p.validate();
        columns(in.getInTableSpec(0), p).warning().ifPresent(out::setWarningMessage);
        out.setOutSpecs(curveSpec(), chosenSpec(), PngImages.SPEC, PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final ThresholdSweepParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final ScoredTruth.Selected columns;
        try {
            columns = columns(table.getDataTableSpec(), p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there are no scores to sweep.");
        }
        columns.warning().ifPresent(out::setWarningMessage);
        final boolean[] truth = truth(TableData.labels(table, columns.truth(), exec.createSubProgress(0.3)),
            table.getDataTableSpec().getColumnSpec(columns.truth()).getName(), p);
        final double[] scores = TableData.numbers(table, columns.score(), "scores", exec.createSubProgress(0.3));
        final PrecisionRecallCurve curve = EngineCall.run(exec, m -> PrecisionRecallCurve.of(truth, scores));
        final double threshold = EngineCall.run(exec, m -> chosen(curve, p));
        final ThresholdMetrics at =
            EngineCall.run(exec, m -> ThresholdMetrics.of(truth, scores, threshold, p.m_comparison.comparison()));

        out.setOutData(0, curveTable(curve, exec.createSubExecutionContext(0.3)));
        out.setOutData(1, chosenTable(at, exec));
        final double[] axis = axis(curve, p);
        out.setOutData(2, PngImages.port(PrecisionRecallThresholdChart.of(PrecisionRecallThresholdChart.TITLE,
            curve.thresholds(), curve.precision(), curve.recall(), threshold, axis[0], axis[1])));
        out.setOutData(3, PngImages.port(
            PrecisionRecallCurveChart.of(curve.thresholds(), curve.precision(), curve.recall(), threshold)));
    }

    private static boolean[] truth(final String[] labels, final String column, final ThresholdSweepParameters p)
        throws KNIMEException {
        final boolean[] truth = new boolean[labels.length];
        boolean any = false;
        for (int i = 0; i < labels.length; i++) {
            truth[i] = labels[i].equals(p.m_positiveValue);
            any |= truth[i];
        }
        if (!any) {
            throw new KNIMEException(ThresholdSweepParameters.POSITIVE_VALUE + ": no row of column \""
                + column + "\" has the value \"" + p.m_positiveValue + "\", so there is nothing to "
                + "recall.");
        }
        return truth;
    }

    /** @return the threshold the settings choose */
    static double chosen(final PrecisionRecallCurve curve, final ThresholdSweepParameters p) {
        return switch (p.m_choice) {
            case FIXED -> p.m_threshold;
            case TARGET_PRECISION -> Thresholds.forPrecision(curve, p.m_targetPrecision).threshold();
            case TARGET_RECALL -> Thresholds.forRecall(curve, p.m_targetRecall).threshold();
        };
    }

    /** @return the left and right end of the threshold axis */
    static double[] axis(final PrecisionRecallCurve curve, final ThresholdSweepParameters p) {
        if (p.m_axis == Axis.CUSTOM) {
            return new double[]{p.m_axisMin, p.m_axisMax};
        }
        if (p.m_axis == Axis.LAB) {
            return new double[]{PrecisionRecallThresholdChart.LAB_MIN_THRESHOLD,
                PrecisionRecallThresholdChart.LAB_MAX_THRESHOLD};
        }
        final double[] t = curve.thresholds();
        final double min = t[0];
        final double max = t[t.length - 1];
        // a single distinct score still needs an axis of some width
        return max > min ? new double[]{min, max} : new double[]{min - 1, max + 1};
    }

    /** The curve as scikit-learn returns it: a row per threshold, then the final point without threshold. */
    private static BufferedDataTable curveTable(final PrecisionRecallCurve curve, final ExecutionContext exec)
        throws CanceledExecutionException {
        final double[] t = curve.thresholds();
        final double[] precision = curve.precision();
        final double[] recall = curve.recall();
        final BufferedDataContainer c = exec.createDataContainer(curveSpec());
        try {
            for (int i = 0; i < precision.length; i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)precision.length);
                }
                final DataCell threshold = i < t.length ? new DoubleCell(t[i]) : DataType.getMissingCell();
                c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), threshold,
                    new DoubleCell(precision[i]), new DoubleCell(recall[i])));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    private static BufferedDataTable chosenTable(final ThresholdMetrics m, final ExecutionContext exec) {
        final BufferedDataContainer c = exec.createDataContainer(chosenSpec());
        try {
            // counts never exceed the number of rows, an int
            c.addRowToTable(new DefaultRow("Chosen threshold", new DoubleCell(m.threshold()),
                new DoubleCell(m.precision()), new DoubleCell(m.recall()), new DoubleCell(m.f1()),
                new IntCell((int)m.tp()), new IntCell((int)m.fp()), new IntCell((int)m.fn()),
                new IntCell((int)m.tn())));
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
