package org.mnistlab.knime.node.roccurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.charts.RocCurveChart;
import org.mnistlab.engine.metrics.RocAuc;
import org.mnistlab.engine.metrics.RocCurve;
import org.mnistlab.engine.metrics.RocPoint;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.roccurve.RocCurveParameters.Marked;
import org.mnistlab.knime.table.ScoredTruth;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the ROC Curve node. */
final class RocCurveNode {

    /** Column names of the curve table. */
    static final String THRESHOLD = "Threshold";

    static final String FPR = "False positive rate";

    static final String TPR = "True positive rate";

    /** Column names of the summary table. */
    static final String AUC = "ROC AUC";

    static final String POINTS = "Points";

    static final String POSITIVES = "Positives";

    static final String NEGATIVES = "Negatives";

    static final String MARKED = "Marked threshold";

    static final String POINT_THRESHOLD = "Threshold of the point";

    /** The summary table's single row. */
    static final String SUMMARY_ROW = "ROC AUC";

    private static final int CHECK_EVERY = 10_000;

    /** The port of the optional threshold input. */
    private static final int THRESHOLD_PORT = 1;

    private RocCurveNode() {
    }

    /** The configured columns, or the ones they follow, as the Threshold Sweep's ({@link ScoredTruth#select}). */
    static ScoredTruth.Selected columns(final DataTableSpec spec, final RocCurveParameters p)
        throws InvalidSettingsException {
        p.requireColumns();
        return ScoredTruth.select(spec, p.m_truthColumn, p.m_positiveValue, p.m_scoreColumn);
    }

    static DataTableSpec curveSpec() {
        return new DataTableSpec(new String[]{THRESHOLD, FPR, TPR},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    }

    static DataTableSpec summarySpec() {
        return new DataTableSpec(new String[]{AUC, POINTS, POSITIVES, NEGATIVES, MARKED, POINT_THRESHOLD, FPR, TPR},
            new DataType[]{DoubleCell.TYPE, IntCell.TYPE, IntCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                DoubleCell.TYPE, DoubleCell.TYPE});
    }

    /**
     * The column of the threshold input that holds the threshold: {@code Threshold} if it is numeric, else the first
     * numeric column.
     *
     * @param spec the threshold input's spec
     * @return the column's index
     * @throws InvalidSettingsException if the input has no numeric column
     */
    static int thresholdColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final int named = spec.findColumnIndex(THRESHOLD);
        if (named >= 0 && spec.getColumnSpec(named).getType().isCompatible(DoubleValue.class)) {
            return named;
        }
        for (int i = 0; i < spec.getNumColumns(); i++) {
            if (spec.getColumnSpec(i).getType().isCompatible(DoubleValue.class)) {
                return i;
            }
        }
        throw new InvalidSettingsException("The threshold input has no numeric column; connect a table with a "
            + "\"Threshold\" column, e.g. the Threshold Sweep's chosen threshold, or choose another marked threshold.");
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final RocCurveParameters p = in.getParameters();
        p.validate();
        final Optional<String> warning = columns(in.getInTableSpec(0), p).warning();
        final PortObjectSpec thresholds = in.getInPortSpecs()[THRESHOLD_PORT];
        if (p.m_marked == Marked.INPUT && thresholds instanceof DataTableSpec spec) {
            thresholdColumn(spec);
        }
        warning.ifPresent(out::setWarningMessage);
        out.setOutSpecs(curveSpec(), summarySpec(), PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final RocCurveParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final ScoredTruth.Selected columns;
        try {
            columns = columns(table.getDataTableSpec(), p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there are no scores for a ROC curve.");
        }
        final String truthColumn = table.getDataTableSpec().getColumnSpec(columns.truth()).getName();
        final String[] labels = TableData.labels(table, columns.truth(), exec.createSubProgress(0.3));
        final double[] scores = TableData.numbers(table, columns.score(), "scores", exec.createSubProgress(0.3));
        final boolean[] truth = new boolean[labels.length];
        int positives = 0;
        for (int i = 0; i < labels.length; i++) {
            truth[i] = labels[i].equals(p.m_positiveValue);
            positives += truth[i] ? 1 : 0;
        }
        final int negatives = labels.length - positives;
        // roc_auc_score measures the curve without intermediate points, whatever the option: the area is the same
        final double auc;
        try {
            auc = RocAuc.binary(truth, scores);
        } catch (IllegalArgumentException e) {
            throw new KNIMEException(positives == 0 || negatives == 0
                ? oneClass(truthColumn, p.m_positiveValue, positives == 0, e.getMessage()) : e.getMessage(), e);
        }
        final RocCurve curve = EngineCall.run(exec, m -> RocCurve.of(truth, scores, p.m_dropIntermediate));
        final List<String> warnings = new ArrayList<>(2);
        columns.warning().ifPresent(warnings::add);
        final double marked = marked(p, in.getInPortObjects(), warnings);
        if (!warnings.isEmpty()) {
            out.setWarningMessage(String.join(" ", warnings));
        }
        out.setOutData(curveTable(curve, exec.createSubExecutionContext(0.3)),
            summaryTable(curve, auc, positives, negatives, marked, exec),
            PngImages.port(RocCurveChart.of(RocCurveChart.TITLE, curve, auc, marked)));
    }

    /**
     * What scikit-learn says when the truth has one class: {@code roc_curve} warns that one rate is undefined (NaN at
     * every point) and {@code roc_auc_score} raises. A curve of NaN can be neither drawn nor measured, so the node
     * fails with both messages.
     */
    private static String oneClass(final String column, final String positiveValue, final boolean noPositives,
        final String aucError) {
        final String which = (noPositives ? "no row" : "every row") + " of column \"" + column + "\" has the value \""
            + positiveValue + "\"";
        return RocCurveParameters.POSITIVE_VALUE + ": " + which + ", so the true classes hold one class only. "
            + (noPositives ? RocCurve.NO_POSITIVES : RocCurve.NO_NEGATIVES) + ". " + aucError;
    }

    /** @return the threshold to mark, NaN for none */
    private static double marked(final RocCurveParameters p, final PortObject[] inputs, final List<String> warnings)
        throws KNIMEException {
        return switch (p.m_marked) {
            case NONE -> Double.NaN;
            case FIXED -> p.m_threshold;
            case INPUT -> inputs.length > THRESHOLD_PORT && inputs[THRESHOLD_PORT] instanceof BufferedDataTable t
                ? fromInput(t, warnings) : Double.NaN;
        };
    }

    /** The first row's threshold; NaN with a warning if there is none. */
    private static double fromInput(final BufferedDataTable thresholds, final List<String> warnings)
        throws KNIMEException {
        final int column;
        try {
            column = thresholdColumn(thresholds.getDataTableSpec());
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final String name = thresholds.getDataTableSpec().getColumnSpec(column).getName();
        try (CloseableRowIterator it = thresholds.iterator()) {
            if (!it.hasNext()) {
                warnings.add("The threshold input is empty: no threshold is marked.");
                return Double.NaN;
            }
            final DataRow first = it.next();
            final DataCell cell = first.getCell(column);
            final double t = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
            if (!Double.isFinite(t)) {
                warnings.add("The threshold input's first row has no finite value in column \"" + name
                    + "\": no threshold is marked.");
                return Double.NaN;
            }
            return t;
        }
    }

    /** The curve as scikit-learn's {@code roc_curve} returns it: thresholds decreasing, the first one max + 1. */
    private static BufferedDataTable curveTable(final RocCurve curve, final ExecutionContext exec)
        throws CanceledExecutionException {
        final double[] t = curve.thresholds();
        final double[] fpr = curve.fpr();
        final double[] tpr = curve.tpr();
        final BufferedDataContainer c = exec.createDataContainer(curveSpec());
        try {
            for (int i = 0; i < t.length; i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)t.length);
                }
                c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), new DoubleCell(t[i]),
                    new DoubleCell(fpr[i]), new DoubleCell(tpr[i])));
            }
            exec.setProgress(1);
        } finally {
            c.close();
        }
        return c.getTable();
    }

    private static BufferedDataTable summaryTable(final RocCurve curve, final double auc, final int positives,
        final int negatives, final double marked, final ExecutionContext exec) {
        final DataCell[] point;
        if (Double.isNaN(marked)) {
            point = new DataCell[]{DataType.getMissingCell(), DataType.getMissingCell(), DataType.getMissingCell(),
                DataType.getMissingCell()};
        } else {
            // the point the chart marks, found as the book finds it: (thresholds <= threshold).argmax()
            final RocPoint at = curve.pointAt(marked);
            point = new DataCell[]{new DoubleCell(marked), new DoubleCell(at.threshold()), new DoubleCell(at.fpr()),
                new DoubleCell(at.tpr())};
        }
        final BufferedDataContainer c = exec.createDataContainer(summarySpec());
        try {
            c.addRowToTable(new DefaultRow(SUMMARY_ROW, new DoubleCell(auc), new IntCell(curve.size()),
                new IntCell(positives), new IntCell(negatives), point[0], point[1], point[2], point[3]));
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
