package org.mnistlab.knime.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.FeatureMatrixBuilder;
import org.mnistlab.engine.data.Target;

/**
 * Converts tables to engine data, once, at the node's edge. Features become the most compact exact
 * {@link FeatureMatrix} ({@link FeatureMatrixBuilder}: unsigned bytes while every value is a whole number 0..255, so
 * MNIST pixels never exist as a table-sized array of doubles; else dense doubles). Labels become strings (a value's
 * text) sorted as scikit-learn sorts them: by value for numeric columns, by code point for text.
 * <p>
 * Missing values and NaN/infinite features are errors that name the column and the row: the engine's algorithms,
 * like scikit-learn's, have no notion of missing values.
 */
public final class TableData {

    /** Rows between two cancel checks and progress updates. */
    private static final int CHECK_EVERY = 1000;

    private TableData() {
    }

    /**
     * @param table a table
     * @param featureColumns numeric columns, in feature order
     * @param exec progress and cancel
     * @return the features, one row per table row
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a feature is missing, NaN or infinite, or the table is too large
     */
    public static FeatureMatrix features(final BufferedDataTable table, final int[] featureColumns,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        return read(table, featureColumns, -1, Integer.MAX_VALUE, exec).x();
    }

    /**
     * The features of the first rows only (the rest of the table is not read).
     *
     * @param table a table
     * @param featureColumns numeric columns, in feature order
     * @param limit how many rows to read at most
     * @param exec progress and cancel
     * @return the features of the first {@code min(limit, rows)} rows
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a feature is missing, NaN or infinite
     */
    public static FeatureMatrix features(final BufferedDataTable table, final int[] featureColumns, final int limit,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        return read(table, featureColumns, -1, limit, exec).x();
    }

    /**
     * @param table a table
     * @param labelColumn the label column
     * @param exec progress and cancel
     * @return each row's label (the value's text)
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a label is missing or the table is too large
     */
    public static String[] labels(final BufferedDataTable table, final int labelColumn, final ExecutionMonitor exec)
        throws CanceledExecutionException, KNIMEException {
        return read(table, new int[0], labelColumn, Integer.MAX_VALUE, exec).labels();
    }

    /**
     * The labels of the first rows only.
     *
     * @param table a table
     * @param labelColumn the label column
     * @param limit how many rows to read at most
     * @param exec progress and cancel
     * @return the labels of the first {@code min(limit, rows)} rows
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a label is missing
     */
    public static String[] labels(final BufferedDataTable table, final int labelColumn, final int limit,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        return read(table, new int[0], labelColumn, limit, exec).labels();
    }

    /**
     * Features and labels in one pass.
     *
     * @param table a table
     * @param featureColumns numeric columns, in feature order
     * @param labelColumn the label column
     * @param exec progress and cancel
     * @return the dataset, feature names = column names
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a value is missing or invalid, or the table is too large
     */
    public static Dataset dataset(final BufferedDataTable table, final int[] featureColumns, final int labelColumn,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        final Read r = read(table, featureColumns, labelColumn, Integer.MAX_VALUE, exec);
        return new Dataset(r.x(), r.labels(), Columns.names(table.getDataTableSpec(), featureColumns));
    }

    /**
     * @param table a table
     * @param labelColumn the label column
     * @param exec progress and cancel
     * @return the labels encoded as scikit-learn encodes them ({@link #labelOrder})
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a label is missing
     */
    public static Target target(final BufferedDataTable table, final int labelColumn, final ExecutionMonitor exec)
        throws CanceledExecutionException, KNIMEException {
        final String[] labels = labels(table, labelColumn, exec);
        return Target.of(labels, labelOrder(table.getDataTableSpec().getColumnSpec(labelColumn).getType()));
    }

    /**
     * The values of one numeric column, e.g. decision scores.
     *
     * @param table a table
     * @param column a numeric column
     * @param what what the values are, in the plural, for messages (e.g. "scores")
     * @param exec progress and cancel
     * @return each row's value
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a value is missing, NaN or infinite, or the table is too large
     */
    public static double[] numbers(final BufferedDataTable table, final int column, final String what,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int n = rowCount(table);
        final double[] values = new double[n];
        int i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (i < n && it.hasNext()) {
                values[i] = number(it.next(), column, i, spec, what);
                i++;
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = i;
                    exec.setProgress(done / (double)n, () -> "Reading row " + done + " of " + n);
                }
            }
        }
        return values;
    }

    /**
     * How scikit-learn's {@code np.unique} sorts labels read from a column of this type.
     *
     * @param labelType the label column's type
     * @return {@link Target#NUMERIC} for numeric columns, {@link Target#LEXICOGRAPHIC} for text
     */
    public static Comparator<String> labelOrder(final DataType labelType) {
        return !labelType.isCompatible(StringValue.class) && labelType.isCompatible(DoubleValue.class)
            ? Target.NUMERIC : Target.LEXICOGRAPHIC;
    }

    /**
     * The rows of a table in a list, for output in another order (the rows themselves are shared, not copied).
     *
     * @param table a table
     * @param exec cancel
     * @return the rows
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if the table is too large
     */
    public static List<DataRow> rows(final BufferedDataTable table, final ExecutionMonitor exec)
        throws CanceledExecutionException, KNIMEException {
        final List<DataRow> rows = new ArrayList<>(rowCount(table));
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                if (rows.size() % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
                rows.add(it.next());
            }
        }
        return rows;
    }

    /**
     * @param table a table
     * @return its row count as an int
     * @throws KNIMEException if it has more rows than Java arrays can index
     */
    public static int rowCount(final BufferedDataTable table) throws KNIMEException {
        final long n = table.size();
        if (n > Integer.MAX_VALUE - 8) {
            throw new KNIMEException("The input table has " + n + " rows; at most " + (Integer.MAX_VALUE - 8)
                + " are supported.");
        }
        return (int)n;
    }

    private record Read(FeatureMatrix x, String[] labels) {
    }

    private static Read read(final BufferedDataTable table, final int[] features, final int label, final int limit,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int n = Math.min(Math.max(0, limit), rowCount(table));
        final FeatureMatrixBuilder x = features.length == 0 ? null : new FeatureMatrixBuilder(features.length, n);
        final double[] values = new double[features.length];
        final String[] labels = label < 0 ? null : new String[n];
        int i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (i < n && it.hasNext()) {
                final DataRow row = it.next();
                for (int j = 0; j < features.length; j++) {
                    values[j] = number(row, features[j], i, spec, "features");
                }
                if (x != null) {
                    x.addRow(values);
                }
                if (labels != null) {
                    labels[i] = text(row, label, i, spec);
                }
                i++;
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = i;
                    exec.setProgress(done / (double)n, () -> "Reading row " + done + " of " + n);
                }
            }
        }
        return new Read(x == null ? null : x.build(), labels);
    }

    private static double number(final DataRow row, final int column, final int index, final DataTableSpec spec,
        final String what) throws KNIMEException {
        final DataCell c = row.getCell(column);
        if (c.isMissing()) {
            throw missing(row, column, index, spec);
        }
        final double v = ((DoubleValue)c).getDoubleValue();
        if (!Double.isFinite(v)) {
            throw new KNIMEException("Column \"" + spec.getColumnSpec(column).getName() + "\" holds " + v
                + " in row \"" + row.getKey() + "\" (row " + (index + 1) + "); " + what + " must be finite numbers.");
        }
        return v;
    }

    private static String text(final DataRow row, final int column, final int index, final DataTableSpec spec)
        throws KNIMEException {
        final DataCell c = row.getCell(column);
        if (c.isMissing()) {
            throw missing(row, column, index, spec);
        }
        return c instanceof StringValue s ? s.getStringValue() : c.toString();
    }

    private static KNIMEException missing(final DataRow row, final int column, final int index,
        final DataTableSpec spec) {
        return new KNIMEException("Column \"" + spec.getColumnSpec(column).getName()
            + "\" has a missing value in row \"" + row.getKey() + "\" (row " + (index + 1)
            + "). Remove or replace missing values first, e.g. with the Missing Value node.");
    }
}
