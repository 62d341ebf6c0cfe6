package org.mnistlab.knime.table;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.preprocessing.StandardScaler;

/**
 * A table with some numeric columns standardized by a {@link StandardScaler}: those columns become double columns of
 * the same name and position holding {@code (x - mean_) / scale_}, computed as scikit-learn's {@code transform}
 * computes it (so bit for bit its values); all other columns are kept as they are. As in scikit-learn's
 * {@code transform}, missing values (NaN) stay missing and infinite values are an error.
 */
public final class ScaledColumns {

    private static final int CHECK_EVERY = 1000;

    private ScaledColumns() {
    }

    /**
     * @param in the input spec
     * @param columns the scaled columns, in the scaler's feature order
     * @return the output spec: the scaled columns as double columns
     */
    public static DataTableSpec spec(final DataTableSpec in, final int[] columns) {
        final DataTableSpecCreator out = new DataTableSpecCreator(in);
        for (final int c : columns) {
            out.replaceColumn(c, new DataColumnSpecCreator(in.getColumnSpec(c).getName(), DoubleCell.TYPE)
                .createSpec());
        }
        return out.createSpec();
    }

    /**
     * @param table the input table
     * @param columns the scaled columns, in the scaler's feature order (feature j is column {@code columns[j]})
     * @param scaler the fitted scaler
     * @param exec progress and cancel; creates the output table
     * @return the table with the columns standardized
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a value to scale is infinite
     */
    public static BufferedDataTable apply(final BufferedDataTable table, final int[] columns,
        final StandardScaler scaler, final ExecutionContext exec) throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final long n = table.size();
        final BufferedDataContainer c = exec.createDataContainer(spec(spec, columns));
        try (CloseableRowIterator it = table.iterator()) {
            for (long i = 0; it.hasNext(); i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)n);
                }
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[row.getNumCells()];
                for (int k = 0; k < cells.length; k++) {
                    cells[k] = row.getCell(k);
                }
                for (int j = 0; j < columns.length; j++) {
                    final DataCell cell = cells[columns[j]];
                    if (!cell.isMissing()) {
                        final double x = ((DoubleValue)cell).getDoubleValue();
                        if (Double.isInfinite(x)) {
                            throw new KNIMEException("Column \"" + spec.getColumnSpec(columns[j]).getName()
                                + "\" holds " + x + " in row \"" + row.getKey() + "\" (row " + (i + 1)
                                + "); only finite numbers can be scaled.");
                        }
                        cells[columns[j]] = new DoubleCell(scaler.transform(x, j));
                    }
                }
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
