package org.mnistlab.knime.table;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.filter.TableFilter;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * Converts tables to engine data, once, at the node's edge, streaming over the rows. Features (number columns and
 * vector columns, see {@link FeatureRows}) become the most compact exact {@link FeatureMatrix} (unsigned bytes while
 * every value is a whole number 0..255, so MNIST pixels never exist as a table-sized array of doubles; else dense
 * doubles). Labels become strings (a value's text) sorted as scikit-learn sorts them: by value for numeric columns, by
 * code point for text.
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
     * @param featureColumns number or vector columns, in feature order
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
     * @param featureColumns number or vector columns, in feature order
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
     * The names of the features the columns make up, as far as the spec tells them (for configure): a number column's
     * name, a vector column's element names.
     *
     * @param spec a table's spec
     * @param featureColumns number or vector columns, in feature order
     * @return the names, or empty if a vector column's spec does not name its elements (then only the data tells
     *         how many there are)
     */
    public static Optional<List<String>> featureNames(final DataTableSpec spec, final int[] featureColumns) {
        return FeatureRows.names(spec, featureColumns);
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
     * @param featureColumns number or vector columns, in feature order
     * @param labelColumn the label column
     * @param exec progress and cancel
     * @return the dataset, feature names as {@link FeatureRows#names()} gives them
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException if a value is missing or invalid, or the table is too large
     */
    public static Dataset dataset(final BufferedDataTable table, final int[] featureColumns, final int labelColumn,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        final Read r = read(table, featureColumns, labelColumn, Integer.MAX_VALUE, exec);
        return new Dataset(r.x(), r.labels(), r.featureNames());
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
        return target(labels, labelOrder(table.getDataTableSpec().getColumnSpec(labelColumn).getType()));
    }

    /**
     * The labels encoded as {@link Target#of} encodes them, sorting only the distinct labels: {@code Target.of}
     * compares every row's label, and with {@link Target#NUMERIC} order on labels that are not numbers (a boolean
     * column's "true" and "false") every comparison throws and catches an exception. Both orders tell different
     * strings apart, so the classes are the distinct strings either way.
     *
     * @param labels one label per row
     * @param order how the classes sort
     * @return the target
     */
    public static Target target(final String[] labels, final Comparator<String> order) {
        final Map<String, Integer> index = new HashMap<>();
        for (final String l : labels) {
            index.putIfAbsent(l, 0);
        }
        final String[] classes = index.keySet().toArray(String[]::new);
        Arrays.sort(classes, order);
        for (int k = 0; k < classes.length; k++) {
            index.put(classes[k], k);
        }
        final int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = index.get(labels[i]);
        }
        return Target.ofCodes(classes, codes);
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
        try (CloseableRowIterator it = table.filter(TableFilter.materializeCols(column)).iterator()) {
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

    private record Read(FeatureMatrix x, String[] labels, List<String> featureNames) {
    }

    private static Read read(final BufferedDataTable table, final int[] features, final int label, final int limit,
        final ExecutionMonitor exec) throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int n = Math.min(Math.max(0, limit), rowCount(table));
        FeatureRows x = null;
        final String[] labels = label < 0 ? null : new String[n];
        int i = 0;
        // only the needed columns are read, e.g. not the image column when only labels are wanted
        final int[] read = label < 0 ? features : IntStream.concat(IntStream.of(features), IntStream.of(label))
            .distinct().toArray();
        try (CloseableRowIterator it = table.filter(TableFilter.materializeCols(read)).iterator()) {
            while (i < n && it.hasNext()) {
                final DataRow row = it.next();
                if (features.length > 0) {
                    if (x == null) {
                        x = FeatureRows.startingWith(spec, features, row, n);
                    }
                    x.add(row, i);
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
        if (features.length == 0) {
            return new Read(null, labels, List.of());
        }
        if (x == null) {
            final FeatureMatrix none = FeatureRows.empty(spec, features);
            return new Read(none, labels, FeatureRows.names(spec, features)
                .filter(names -> names.size() == none.cols()).orElse(Columns.names(spec, features)));
        }
        final List<String> names = x.names();
        return new Read(x.build(), labels, names);
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

    /**
     * @param row a row
     * @param column a column
     * @param index the row's position
     * @param spec the table's spec
     * @return the error of a missing value there
     */
    static KNIMEException missing(final DataRow row, final int column, final int index,
        final DataTableSpec spec) {
        return new KNIMEException("Column \"" + spec.getColumnSpec(column).getName()
            + "\" has a missing value in row \"" + row.getKey() + "\" (row " + (index + 1)
            + "). Remove or replace missing values first, e.g. with the Missing Value node.");
    }
}
