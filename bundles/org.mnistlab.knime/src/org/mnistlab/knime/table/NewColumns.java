package org.mnistlab.knime.table;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.KNIMEException;

/**
 * Columns computed row by row and added to a table the way KNIME's own nodes add them: a {@link ColumnRearranger}
 * whose table ({@link ExecutionContext#createColumnRearrangeTable}) stores only the new columns and refers to the input
 * table for all others. Appending predictions or scores to 60,000 images therefore writes two columns, not the images
 * again, and saving the workflow stores them once. Every node that appends or replaces columns builds its output
 * here: the predictors, Cross-Validation, Threshold Apply and the scalers.
 */
public final class NewColumns {

    private NewColumns() {
    }

    /** The new cells of one row. */
    @FunctionalInterface
    public interface Cells {
        /**
         * @param row the input row
         * @param index its position in the table, from 0
         * @return one cell per new column, in their order
         * @throws KNIMEException for a value the node cannot process, with a message for the user
         */
        DataCell[] of(DataRow row, long index) throws KNIMEException;
    }

    /**
     * Input columns, then new ones.
     *
     * @param spec the input spec
     * @param columns the new columns
     * @param cells their cells per row (not called before {@link #table})
     * @return the rearranger; its {@link ColumnRearranger#createSpec()} is the output spec, for configure too
     */
    public static ColumnRearranger appending(final DataTableSpec spec, final List<DataColumnSpec> columns,
        final Cells cells) {
        final ColumnRearranger r = new ColumnRearranger(spec);
        r.append(new Factory(columns.toArray(DataColumnSpec[]::new), cells));
        return r;
    }

    /**
     * Input columns with some of them replaced, in place.
     *
     * @param spec the input spec
     * @param columns the indices of the replaced columns
     * @param replacements their new specs, one per replaced column, in the order of {@code columns}
     * @param cells their new cells per row, in the order of {@code columns}
     * @return the rearranger
     */
    public static ColumnRearranger replacing(final DataTableSpec spec, final int[] columns,
        final DataColumnSpec[] replacements, final Cells cells) {
        final ColumnRearranger r = new ColumnRearranger(spec);
        r.replace(new Factory(replacements, cells), columns);
        return r;
    }

    /**
     * Computes the new columns for every row.
     *
     * @param table the input table
     * @param rearranger from {@link #appending} or {@link #replacing} on its spec
     * @param exec creates the table; progress and cancel per row
     * @return the output table
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException as the cells threw it
     */
    public static BufferedDataTable table(final BufferedDataTable table, final ColumnRearranger rearranger,
        final ExecutionContext exec) throws CanceledExecutionException, KNIMEException {
        try {
            return exec.createColumnRearrangeTable(table, rearranger, exec);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Failure f) {
                    throw f.m_error;
                }
            }
            throw e;
        }
    }

    /** Carries a cell's {@link KNIMEException} through KNIME's table code, which takes unchecked exceptions only. */
    private static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient KNIMEException m_error;

        Failure(final KNIMEException error) {
            super(error.getMessage(), error);
            m_error = error;
        }
    }

    private static final class Factory extends AbstractCellFactory {

        /** Rows between two progress reports (KNIME's default reports every row, a formatted message each). */
        private static final long REPORT_EVERY = 1000;

        private final Cells m_cells;

        Factory(final DataColumnSpec[] columns, final Cells cells) {
            super(columns);
            m_cells = cells;
        }

        @Override
        public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
            final ExecutionMonitor exec) {
            if (curRowNr % REPORT_EVERY == 0 || curRowNr == rowCount) {
                super.setProgress(curRowNr, rowCount, lastKey, exec);
            }
        }

        @Override
        public DataCell[] getCells(final DataRow row, final long index) {
            try {
                return m_cells.of(row, index);
            } catch (KNIMEException e) {
                throw new Failure(e);
            }
        }
    }
}
