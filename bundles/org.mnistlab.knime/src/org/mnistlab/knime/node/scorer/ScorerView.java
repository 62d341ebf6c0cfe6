package org.mnistlab.knime.node.scorer;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.DefaultView.ViewInput;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.PredictionColumns;

/**
 * What the Classification Scorer's view shows, kept by execute as internal tables (KNIME saves them with the
 * workflow) and turned into {@link ScorerViewData} when the view opens:
 * <ol>
 * <li>the confusion matrix output, whose row keys are the classes;</li>
 * <li>one row per scored row, under its key: the true and the predicted class index, if the input has decision
 * scores ({@link PredictionColumns}) the score of the predicted class c, else the only score column of a binary
 * classifier, and if it has MNIST pixels ({@code pixel_0}, ... holding 0..255, a square number of them) the image of
 * each row the view lists, base64 encoded. The table's name is the view's title.</li>
 * </ol>
 */
final class ScorerView {

    /** What the view calls the rows' scores. */
    static final String SCORE_LABEL = "Decision score";

    /** The pixel columns the view draws, as the MNIST Reader names them. */
    static final String PIXEL_PREFIX = "pixel_";

    private static final String TRUE_CLASS = "True class";

    private static final String PREDICTED_CLASS = "Predicted class";

    private static final String SCORE = "Score";

    private static final String PIXELS = "Pixels";

    private static final int CHECK_EVERY = 1000;

    private ScorerView() {
    }

    /**
     * @param table the scored table
     * @param truth true class index per row
     * @param predicted predicted class index per row
     * @param classes the classes
     * @param title the view's title
     * @param exec progress and cancel
     * @return the rows table (the second internal table)
     * @throws CanceledExecutionException if canceled
     */
    static BufferedDataTable rows(final BufferedDataTable table, final int[] truth, final int[] predicted,
        final String[] classes, final String title, final ExecutionContext exec) throws CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] scoreColumns = scoreColumns(spec, classes);
        final boolean scores = scoreColumns != null;
        final boolean[] listed = listed(truth, predicted, classes.length);
        final int[] pixels = pixelColumns(spec);
        final String[] images = pixels == null ? null : images(table, pixels, listed, exec);

        final List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpecCreator(TRUE_CLASS, IntCell.TYPE).createSpec());
        columns.add(new DataColumnSpecCreator(PREDICTED_CLASS, IntCell.TYPE).createSpec());
        if (scores) {
            columns.add(new DataColumnSpecCreator(SCORE, DoubleCell.TYPE).createSpec());
        }
        if (images != null) {
            columns.add(new DataColumnSpecCreator(PIXELS, StringCell.TYPE).createSpec());
        }
        final DataTableSpec out =
            new DataTableSpecCreator().setName(title).addColumns(columns.toArray(DataColumnSpec[]::new)).createSpec();
        final BufferedDataContainer c = exec.createDataContainer(out);
        try (CloseableRowIterator it = table.iterator()) {
            for (int i = 0; i < truth.length; i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
                final DataRow row = it.next();
                final List<DataCell> cells = new ArrayList<>(columns.size());
                cells.add(new IntCell(truth[i]));
                cells.add(new IntCell(predicted[i]));
                if (scores) {
                    final int s = scoreColumns[predicted[i]];
                    cells.add(s < 0 || row.getCell(s).isMissing() ? DataType.getMissingCell()
                        : new DoubleCell(((DoubleValue)row.getCell(s)).getDoubleValue()));
                }
                if (images != null) {
                    cells.add(images[i] == null ? DataType.getMissingCell() : new StringCell(images[i]));
                }
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * The view's initial data, from the internal tables.
     *
     * @param in the view's input
     * @return the data the page receives
     */
    static ScorerViewData initialData(final ViewInput in) {
        final BufferedDataTable[] tables = in.getInternalTables();
        final List<String> classes = new ArrayList<>();
        try (CloseableRowIterator it = tables[0].iterator()) {
            while (it.hasNext()) {
                classes.add(it.next().getKey().getString());
            }
        }
        final BufferedDataTable rows = tables[1];
        final DataTableSpec spec = rows.getDataTableSpec();
        final int score = spec.findColumnIndex(SCORE);
        final int pixels = spec.findColumnIndex(PIXELS);
        // at most as many rows as an int counts: they were scored into int arrays
        final int n = (int)rows.size();
        final int[] truth = new int[n];
        final int[] predicted = new int[n];
        final String[] keys = new String[n];
        final double[] scores = new double[n];
        final byte[][] images = new byte[n][];
        int side = 0;
        try (CloseableRowIterator it = rows.iterator()) {
            for (int i = 0; i < n; i++) {
                final DataRow row = it.next();
                keys[i] = row.getKey().getString();
                truth[i] = ((IntValue)row.getCell(0)).getIntValue();
                predicted[i] = ((IntValue)row.getCell(1)).getIntValue();
                scores[i] = score < 0 || row.getCell(score).isMissing() ? Double.NaN
                    : ((DoubleValue)row.getCell(score)).getDoubleValue();
                if (pixels >= 0 && !row.getCell(pixels).isMissing()) {
                    images[i] = Base64.getDecoder().decode(((StringValue)row.getCell(pixels)).getStringValue());
                    side = (int)Math.round(Math.sqrt(images[i].length));
                }
            }
        }
        final ScorerViewDataBuilder b =
            ScorerViewData.builder(classes.toArray(String[]::new), truth, predicted, keys).title(spec.getName());
        if (score >= 0) {
            b.scores(SCORE_LABEL, scores);
        }
        if (side > 0) {
            b.pixels(side, side, images);
        }
        return b.build();
    }

    /**
     * @return per class the column of the score shown for rows predicted as that class (-1: none), or null when the
     *         table has no decision scores
     */
    private static int[] scoreColumns(final DataTableSpec spec, final String[] classes) {
        // a binary classifier has one score column (the positive class's), which every row shows
        final List<String> all = PredictionColumns.all(spec, PredictionColumns::isScore);
        final int shared = all.size() == 1 ? spec.findColumnIndex(all.get(0)) : -1;
        final int[] columns = new int[classes.length];
        boolean any = false;
        for (int k = 0; k < classes.length; k++) {
            final int own = PredictionColumns.scoreOf(spec, classes[k]);
            columns[k] = own >= 0 ? own : shared;
            any |= columns[k] >= 0;
        }
        return any ? columns : null;
    }

    /** @return the numbered pixel columns of square images, or null if the table has none */
    private static int[] pixelColumns(final DataTableSpec spec) {
        try {
            final int[] pixels = Columns.numbered(spec, PIXEL_PREFIX, PIXEL_PREFIX);
            final int side = (int)Math.round(Math.sqrt(pixels.length));
            return side * side == pixels.length ? pixels : null;
        } catch (InvalidSettingsException e) {
            return null;
        }
    }

    /** The rows the view lists: the first ones of each cell, in row order, as {@link ScorerViewDataBuilder}. */
    private static boolean[] listed(final int[] truth, final int[] predicted, final int k) {
        final int[] perCell = new int[k * k];
        final boolean[] listed = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            listed[i] = perCell[truth[i] * k + predicted[i]]++ < ScorerViewData.DEFAULT_MAX_EXAMPLES_PER_CELL;
        }
        return listed;
    }

    /**
     * @return the listed rows' images as base64 of unsigned bytes (null for other rows), or null when a listed row's
     *         pixels are not all whole numbers 0..255 (e.g. standardized pixels, which would draw as noise)
     */
    private static String[] images(final BufferedDataTable table, final int[] pixels, final boolean[] listed,
        final ExecutionContext exec) throws CanceledExecutionException {
        final String[] images = new String[listed.length];
        final byte[] bytes = new byte[pixels.length];
        try (CloseableRowIterator it = table.iterator()) {
            for (int i = 0; i < listed.length; i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
                final DataRow row = it.next();
                if (!listed[i]) {
                    continue;
                }
                for (int j = 0; j < pixels.length; j++) {
                    final DataCell cell = row.getCell(pixels[j]);
                    final double v = cell.isMissing() ? Double.NaN : ((DoubleValue)cell).getDoubleValue();
                    if (!(v >= 0 && v <= 255 && v == Math.rint(v))) {
                        return null;
                    }
                    bytes[j] = (byte)v;
                }
                images[i] = Base64.getEncoder().encodeToString(bytes);
            }
        }
        return images;
    }
}
