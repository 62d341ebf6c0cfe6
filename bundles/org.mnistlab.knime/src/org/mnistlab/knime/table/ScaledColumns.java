package org.mnistlab.knime.table;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.filter.TableFilter;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.preprocessing.StandardScaler;

/**
 * A table with some feature columns standardized by a {@link StandardScaler}: a number column becomes a double column
 * of the same name and position holding {@code (x - mean_) / scale_}, a vector column (an image in one cell) a double
 * vector column of the same name, position and element names holding each element so standardized, computed as
 * scikit-learn's {@code transform} computes it (so bit for bit its values); all other columns are kept as they are and
 * are not copied ({@link NewColumns}). As in scikit-learn's {@code transform}, missing values (NaN) stay missing and
 * infinite values are an error.
 */
public final class ScaledColumns {

    private ScaledColumns() {
    }

    /**
     * @param in the input spec
     * @param columns the scaled columns, in the scaler's feature order
     * @return the output spec: the scaled columns as double (vector) columns
     */
    public static DataTableSpec spec(final DataTableSpec in, final int[] columns) {
        return NewColumns.replacing(in, columns, replacements(in, columns), (row, index) -> null).createSpec();
    }

    private static DataColumnSpec[] replacements(final DataTableSpec in, final int[] columns) {
        final DataColumnSpec[] specs = new DataColumnSpec[columns.length];
        for (int j = 0; j < columns.length; j++) {
            final DataColumnSpec c = in.getColumnSpec(columns[j]);
            if (Columns.isVector(c.getType())) {
                final DataColumnSpecCreator v = new DataColumnSpecCreator(c.getName(), DoubleVectorCellFactory.TYPE);
                v.setElementNames(c.getElementNames().toArray(String[]::new));
                specs[j] = v.createSpec();
            } else {
                specs[j] = new DataColumnSpecCreator(c.getName(), DoubleCell.TYPE).createSpec();
            }
        }
        return specs;
    }

    /**
     * @param table the input table
     * @param columns the scaled columns, in the scaler's feature order (a number column is one feature, a vector
     *            column as many as its vectors have values)
     * @param scaler the fitted scaler
     * @param exec progress and cancel; creates the output table
     * @return the table with the columns standardized
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a value to scale is infinite, or the columns do not hold the scaler's features
     */
    public static BufferedDataTable apply(final BufferedDataTable table, final int[] columns,
        final StandardScaler scaler, final ExecutionContext exec) throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] offsets = offsets(table, columns, scaler);
        return NewColumns.table(table, NewColumns.replacing(spec, columns, replacements(spec, columns),
            (row, index) -> {
                final DataCell[] cells = new DataCell[columns.length];
                for (int j = 0; j < columns.length; j++) {
                    cells[j] = scaled(row, index, columns[j], offsets[j], offsets[j + 1] - offsets[j], scaler, spec);
                }
                return cells;
            }), exec);
    }

    /**
     * @return where each column's features start among the scaler's, and the end; vector lengths from the first row
     */
    private static int[] offsets(final BufferedDataTable table, final int[] columns, final StandardScaler scaler)
        throws KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] offsets = new int[columns.length + 1];
        DataRow first = null;
        try (CloseableRowIterator it = table.filter(TableFilter.materializeCols(columns)).iterator()) {
            if (it.hasNext()) {
                first = it.next();
            }
        }
        for (int j = 0; j < columns.length; j++) {
            int width = 1;
            if (Columns.isVector(spec.getColumnSpec(columns[j]).getType())) {
                final DataCell c = first == null ? DataType.getMissingCell() : first.getCell(columns[j]);
                width = c.isMissing() ? spec.getColumnSpec(columns[j]).getElementNames().size()
                    : (int)FeatureRows.length(c);
            }
            offsets[j + 1] = offsets[j] + width;
        }
        if (first != null && offsets[columns.length] != scaler.numFeatures()) {
            throw new KNIMEException("The scaler was fitted on " + scaler.numFeatures() + " features, but its columns "
                + "hold " + offsets[columns.length] + " values per row here.");
        }
        return offsets;
    }

    private static DataCell scaled(final DataRow row, final long index, final int column, final int offset,
        final int width, final StandardScaler scaler, final DataTableSpec spec) throws KNIMEException {
        final DataCell cell = row.getCell(column);
        if (cell.isMissing()) {
            return cell;
        }
        if (cell instanceof DoubleValue d) {
            return new DoubleCell(scaler.transform(finite(d.getDoubleValue(), row, index, column, spec), offset));
        }
        if (FeatureRows.length(cell) != width) {
            throw new KNIMEException("Column \"" + spec.getColumnSpec(column).getName() + "\" holds a vector of "
                + FeatureRows.length(cell) + " values in row \"" + row.getKey() + "\" (row " + (index + 1)
                + "), but one of " + width + " in the first row; all rows need vectors of the same length.");
        }
        final double[] v = new double[width];
        if (cell instanceof ByteVectorValue b) {
            for (int k = 0; k < width; k++) {
                v[k] = scaler.transform(b.get(k), offset + k);
            }
        } else {
            final DoubleVectorValue d = (DoubleVectorValue)cell;
            for (int k = 0; k < width; k++) {
                v[k] = scaler.transform(finite(d.getValue(k), row, index, column, spec), offset + k);
            }
        }
        return DoubleVectorCellFactory.createCell(v);
    }

    private static double finite(final double x, final DataRow row, final long index, final int column,
        final DataTableSpec spec) throws KNIMEException {
        if (Double.isInfinite(x)) {
            throw new KNIMEException("Column \"" + spec.getColumnSpec(column).getName() + "\" holds " + x
                + " in row \"" + row.getKey() + "\" (row " + (index + 1) + "); only finite numbers can be scaled.");
        }
        return x;
    }
}
