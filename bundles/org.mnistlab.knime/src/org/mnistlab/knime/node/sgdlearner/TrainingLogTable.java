package org.mnistlab.knime.node.sgdlearner;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDStop;
import org.mnistlab.engine.linear.SGDTrainingLog;

/**
 * The SGD Learner's training log as a table: what {@code SGDClassifier(verbose=2)} prints, one row per epoch of each
 * binary problem, with the numbers scikit-learn formats as exact doubles, the printed line beside them, and how each
 * problem stopped. The table spec's properties repeat how training stopped, for flows that read the spec.
 */
final class TrainingLogTable {

    static final String CLASS = "Class";

    static final String EPOCH = "Epoch";

    static final String NORM = "Norm";

    static final String NNZS = "NNZs";

    static final String BIAS = "Bias";

    static final String T = "T";

    static final String AVG_LOSS = "Avg. loss";

    static final String SECONDS = "Total training time (s)";

    static final String LINE = "Log line";

    static final String STOPPED = "Stopped";

    /** Spec property: how the fit stopped, "converged" or "max_iter" per class ({@code stopped (class)}). */
    static final String STOPPED_PROPERTY = "stopped";

    /** Spec property: scikit-learn's ConvergenceWarning, present only when scikit-learn warns. */
    static final String WARNING_PROPERTY = "ConvergenceWarning";

    private TrainingLogTable() {
    }

    /** @return the log table's spec, as configure announces it (execution adds the spec properties) */
    static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpec[]{column(CLASS, StringCell.TYPE), column(EPOCH, IntCell.TYPE),
            column(NORM, DoubleCell.TYPE), column(NNZS, IntCell.TYPE), column(BIAS, DoubleCell.TYPE),
            column(T, LongCell.TYPE), column(AVG_LOSS, DoubleCell.TYPE), column(SECONDS, DoubleCell.TYPE),
            column(LINE, StringCell.TYPE), column(STOPPED, StringCell.TYPE)});
    }

    private static DataColumnSpec column(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /**
     * @param problem one binary problem's log
     * @return how it stopped, as the last row says it: scikit-learn's "Convergence after N epochs" (without the
     *         time), or that the maximum number of epochs ran out
     */
    static String stopped(final SGDProblemLog problem) {
        return problem.stop() == SGDStop.CONVERGED ? "Convergence after " + problem.epochs().size() + " epochs"
            : "Maximum epochs reached (" + problem.epochs().size() + ")";
    }

    /**
     * @param log the fit's log
     * @param exec creates the table
     * @return the table: problems in class order, epochs in order
     */
    static BufferedDataTable of(final SGDTrainingLog log, final ExecutionContext exec) {
        final List<SGDProblemLog> problems = log.problems();
        final BufferedDataContainer c = exec.createDataContainer(spec());
        try {
            long row = 0;
            for (final SGDProblemLog p : problems) {
                final List<SGDEpoch> epochs = p.epochs();
                for (int i = 0; i < epochs.size(); i++) {
                    final SGDEpoch e = epochs.get(i);
                    final DataCell stop = i == epochs.size() - 1 ? new StringCell(stopped(p))
                        : DataType.getMissingCell();
                    // NNZs count weights, one per feature: an int
                    c.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), new StringCell(p.positiveClass()),
                        new IntCell(e.epoch()), new DoubleCell(e.norm()), new IntCell((int)e.nnz()),
                        new DoubleCell(e.bias()), new LongCell(e.t()), new DoubleCell(e.avgLoss()),
                        new DoubleCell(e.seconds()), new StringCell(e.line()), stop));
                }
            }
        } finally {
            c.close();
        }
        // the container computes the columns' domains into a new spec without properties: add them to that one
        final DataTableSpecCreator spec = new DataTableSpecCreator(c.getTable().getDataTableSpec());
        for (final SGDProblemLog p : problems) {
            spec.putProperty(problems.size() == 1 ? STOPPED_PROPERTY : STOPPED_PROPERTY + " (" + p.positiveClass()
                + ")", p.stop() == SGDStop.CONVERGED ? "converged" : "max_iter");
        }
        log.warning().ifPresent(w -> spec.putProperty(WARNING_PROPERTY, w));
        return exec.createSpecReplacerTable(c.getTable(), spec.createSpec());
    }
}
