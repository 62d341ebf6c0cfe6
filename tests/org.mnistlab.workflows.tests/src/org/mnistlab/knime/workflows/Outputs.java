package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.engine.linear.SGDEpoch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Reading the outputs of a workflow run, and comparing them with the lab's numbers. */
final class Outputs {

    /**
     * scikit-learn's decision values come from BLAS (another summation order than our sequential sums) and, for the
     * SVC, glibc's exp: they agree to 1e-9 relative, as in the engine's parity tests. Counts, and everything computed
     * from counts, compare exactly.
     */
    static final double SCORE_RTOL = 1e-9;

    private Outputs() {
    }

    /**
     * @param table a table
     * @return its rows, in order
     */
    static List<DataRow> rows(final BufferedDataTable table) {
        final List<DataRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /**
     * Some rows of a large table, streamed: only those are kept.
     *
     * @param table a table
     * @param indices row positions, ascending
     * @return the rows at those positions, in that order
     */
    static List<DataRow> rowsAt(final BufferedDataTable table, final int... indices) {
        final List<DataRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            int k = 0;
            for (int i = 0; k < indices.length && it.hasNext(); i++) {
                final DataRow row = it.next();
                if (i == indices[k]) {
                    rows.add(row);
                    k++;
                }
            }
        }
        return rows;
    }

    /**
     * @param table a table
     * @param column a column name
     * @return the column's cells, in row order
     */
    static List<DataCell> column(final BufferedDataTable table, final String column) {
        final int index = table.getDataTableSpec().findColumnIndex(column);
        assertTrue(index >= 0, () -> "no column " + column + " in " + table.getDataTableSpec());
        return rows(table).stream().map(r -> r.getCell(index)).toList();
    }

    /**
     * @param image an image port's object
     * @return its PNG bytes
     */
    static byte[] png(final ImagePortObject image) {
        return ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray();
    }

    /**
     * @param table a table
     * @param column a numeric column
     * @return its values
     */
    static double[] doubles(final BufferedDataTable table, final String column) {
        return column(table, column).stream().mapToDouble(c -> ((DoubleValue)c).getDoubleValue()).toArray();
    }

    /**
     * @param table a table
     * @param column a column
     * @return its cells as text
     */
    static List<String> strings(final BufferedDataTable table, final String column) {
        return column(table, column).stream().map(Object::toString).toList();
    }

    /**
     * @param table a confusion matrix table (a row per true class, an int column per predicted class)
     * @return its counts
     */
    static long[][] counts(final BufferedDataTable table) {
        return rows(table).stream().map(r -> {
            final long[] c = new long[r.getNumCells()];
            for (int j = 0; j < c.length; j++) {
                c[j] = ((IntValue)r.getCell(j)).getIntValue();
            }
            return c;
        }).toArray(long[][]::new);
    }

    /**
     * @param table a table of classified rows
     * @param truth the true class column
     * @param prediction the predicted class column
     * @return the row indices whose prediction is not their class
     */
    static List<Integer> errors(final BufferedDataTable table, final String truth, final String prediction) {
        final List<String> t = strings(table, truth);
        final List<String> p = strings(table, prediction);
        final List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).equals(p.get(i))) {
                errors.add(i);
            }
        }
        return errors;
    }

    /**
     * @param table a table
     * @param key a row ID
     * @return that row
     */
    static DataRow row(final BufferedDataTable table, final String key) {
        return rows(table).stream().filter(r -> r.getKey().getString().equals(key)).findFirst()
            .orElseThrow(() -> new AssertionError("no row " + key));
    }

    /**
     * @param expected scikit-learn's decision value
     * @param actual ours
     * @param what what is compared, for the message
     */
    static void assertScore(final double expected, final double actual, final String what) {
        assertEquals(expected, actual, SCORE_RTOL * Math.max(1, Math.abs(expected)), what);
    }

    /**
     * @param array a JSON array of numbers
     * @return its values
     */
    static double[] doubles(final JsonArray array) {
        final double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).getAsDouble();
        }
        return v;
    }

    /**
     * @param array a JSON array of integers
     * @return its values
     */
    static int[] ints(final JsonArray array) {
        final int[] v = new int[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).getAsInt();
        }
        return v;
    }

    /**
     * @param rows a JSON array of arrays of integers
     * @return its values
     */
    static long[][] longs(final JsonArray rows) {
        final long[][] v = new long[rows.size()][];
        for (int i = 0; i < v.length; i++) {
            final JsonArray r = rows.get(i).getAsJsonArray();
            v[i] = new long[r.size()];
            for (int j = 0; j < v[i].length; j++) {
                v[i][j] = r.get(j).getAsLong();
            }
        }
        return v;
    }

    /**
     * @param epoch an epoch of the lab's training log ({@code lab_default.json}: the numbers as scikit-learn printed
     *            them)
     * @return the line scikit-learn printed for it
     */
    static String printed(final JsonObject epoch) {
        return new SGDEpoch(epoch.get("epoch").getAsInt(), epoch.get("norm").getAsDouble(),
            epoch.get("nnz").getAsLong(), epoch.get("bias").getAsDouble(), epoch.get("t").getAsLong(),
            epoch.get("avg_loss").getAsDouble(), 0).line();
    }
}
