package org.mnistlab.charts;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A confusion matrix as a heatmap, like scikit-learn's {@code ConfusionMatrixDisplay}: true labels down, predicted
 * labels across, cells colored with viridis and labelled with their value, text light on dark cells and dark on
 * light ones, and a color bar.
 */
public final class ConfusionMatrixChart {

    /** What the cells show. */
    public enum Mode {
        /** Counts: {@code ConfusionMatrixDisplay.from_predictions(y, y_pred)} */
        COUNTS("Confusion matrix"),
        /** Each row divided by its sum, i.e. recall per true class: {@code normalize="true", values_format=".0%"} */
        ROW_PERCENT("Confusion matrix, normalized by true class"),
        /**
         * Each column divided by its sum, i.e. precision per predicted class: {@code normalize="pred",
         * values_format=".0%"}
         */
        COLUMN_PERCENT("Confusion matrix, normalized by predicted class"),
        /**
         * Only the errors: the diagonal left out and each row divided by its errors, the book's
         * {@code sample_weight=(y_pred != y), normalize="true"}. Shows which wrong answers dominate for each class.
         */
        ERRORS_ONLY("Errors, normalized by true class"),
        /** Count and row percent together in each cell, colored by the percent: the KNIME scorer's picture. */
        COUNTS_AND_PERCENT("Confusion matrix (counts, % of true class)");

        private final String m_title;

        Mode(final String title) {
            m_title = title;
        }

        /** @return the default title for this mode */
        public String title() {
            return m_title;
        }
    }

    private static final Color LIGHT_TEXT = Color.WHITE;

    private static final Color DARK_TEXT = new Color(0x1a, 0x1a, 0x1a);

    private ConfusionMatrixChart() {
    }

    /**
     * @param counts k x k confusion counts, rows = true class, columns = predicted class, non-negative
     * @param labels the k class labels, in the rows' order
     * @param mode what the cells show
     * @return the figure, with the mode's default title
     * @throws IllegalArgumentException if the matrix is not square, has negative counts or the labels do not fit
     */
    public static Figure of(final long[][] counts, final String[] labels, final Mode mode) {
        return of(mode.title(), counts, labels, mode);
    }

    /**
     * @param counts k x k confusion counts, rows = true class, columns = predicted class, non-negative
     * @param labels the k class labels, in the rows' order
     * @param mode what the cells show
     * @return the figure, with the mode's default title
     * @throws IllegalArgumentException if the matrix is not square, has negative counts or the labels do not fit
     */
    public static Figure of(final int[][] counts, final String[] labels, final Mode mode) {
        return of(mode.title(), widen(counts), labels, mode);
    }

    /**
     * @param title the title
     * @param counts k x k confusion counts, rows = true class, columns = predicted class, non-negative
     * @param labels the k class labels, in the rows' order
     * @param mode what the cells show
     * @return the figure
     * @throws IllegalArgumentException if the matrix is not square, has negative counts or the labels do not fit
     */
    public static Figure of(final String title, final long[][] counts, final String[] labels, final Mode mode) {
        final int k = check(counts, labels);
        final double[][] shade = shades(counts, mode);
        double max = 0;
        for (final double[] row : shade) {
            for (final double value : row) {
                max = Double.isNaN(value) ? max : Math.max(max, value);
            }
        }
        // Counts scale from 0 to the largest count, fractions from 0 to the largest fraction shown, as
        // ConfusionMatrixDisplay does, so that the errors-only view is not washed out.
        final Viridis scale = new Viridis(0, max > 0 ? max : 1);
        final XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        final SymbolAxis predicted = classAxis("Predicted label", labels);
        final SymbolAxis actual = classAxis("True label", labels);
        actual.setInverted(true);
        final XYPlot plot = new XYPlot(cells(shade), predicted, actual, renderer);
        LabStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        final int side = Math.max(360, Math.min(720, 48 * k + 100));
        labelCells(plot, counts, shade, mode, scale.getUpperBound() / 2, 10.0 * k / (side - 60));
        final JFreeChart chart = LabStyle.chart(title, plot);
        chart.addSubtitle(colorBar(scale, mode != Mode.COUNTS));
        return new Figure(chart, side + 110, side + 40);
    }

    /** @return one block per cell: x = predicted class, y = true class, z = shade */
    private static DefaultXYZDataset cells(final double[][] shade) {
        final int k = shade.length;
        final double[][] xyz = new double[3][k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                xyz[0][i * k + j] = j;
                xyz[1][i * k + j] = i;
                xyz[2][i * k + j] = shade[i][j];
            }
        }
        final DefaultXYZDataset cells = new DefaultXYZDataset();
        cells.addSeries("cells", xyz);
        return cells;
    }

    /**
     * Writes each cell's value into it, light on dark cells and dark on light ones (scikit-learn switches at the
     * middle of the color range); two-line texts sit lineOffset (in cell units) above and below the center.
     */
    private static void labelCells(final XYPlot plot, final long[][] counts, final double[][] shade, final Mode mode,
        final double midpoint, final double lineOffset) {
        final int k = counts.length;
        final Font font = new Font(Font.SANS_SERIF, Font.PLAIN, k <= 4 ? 15 : k <= 10 ? 12 : 9);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                final Color color = shade[i][j] < midpoint ? LIGHT_TEXT : DARK_TEXT;
                final String[] lines = text(counts, shade, i, j, mode);
                for (int line = 0; line < lines.length; line++) {
                    final double dy = lines.length == 1 ? 0 : line == 0 ? -lineOffset : lineOffset;
                    final XYTextAnnotation label = new XYTextAnnotation(lines[line], j, i + dy);
                    label.setFont(line == 0 ? font : font.deriveFont(font.getSize2D() - 1));
                    label.setPaint(color);
                    label.setTextAnchor(TextAnchor.CENTER);
                    plot.addAnnotation(label);
                }
            }
        }
    }

    private static int check(final long[][] counts, final String[] labels) {
        if (counts == null || labels == null) {
            throw new IllegalArgumentException("counts and labels must not be null");
        }
        final int k = counts.length;
        if (k == 0 || labels.length != k) {
            throw new IllegalArgumentException(
                "need one label per row of a non-empty matrix, got " + labels.length + " labels for " + k + " rows");
        }
        for (int i = 0; i < k; i++) {
            if (counts[i] == null || counts[i].length != k) {
                throw new IllegalArgumentException("confusion matrix must be " + k + " x " + k + ", row " + i
                    + " has " + (counts[i] == null ? 0 : counts[i].length) + " values");
            }
            for (int j = 0; j < k; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException(
                        "counts must not be negative, got " + counts[i][j] + " at (" + i + ", " + j + ")");
                }
            }
        }
        return k;
    }

    private static long[][] widen(final int[][] counts) {
        if (counts == null) {
            return null;
        }
        final long[][] wide = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != null) {
                wide[i] = new long[counts[i].length];
                for (int j = 0; j < counts[i].length; j++) {
                    wide[i][j] = counts[i][j];
                }
            }
        }
        return wide;
    }

    /**
     * @return the value each cell is colored by: its count, or its fraction of the row or column (NaN: nothing to
     *         show)
     */
    static double[][] shades(final long[][] counts, final Mode mode) {
        final int k = counts.length;
        final double[][] shade = new double[k][k];
        if (mode == Mode.COLUMN_PERCENT) {
            for (int j = 0; j < k; j++) {
                long columnTotal = 0;
                for (int i = 0; i < k; i++) {
                    columnTotal += counts[i][j];
                }
                for (int i = 0; i < k; i++) {
                    shade[i][j] = columnTotal == 0 ? Double.NaN : (double)counts[i][j] / columnTotal;
                }
            }
            return shade;
        }
        for (int i = 0; i < k; i++) {
            long rowTotal = 0;
            for (int j = 0; j < k; j++) {
                if (mode != Mode.ERRORS_ONLY || i != j) {
                    rowTotal += counts[i][j];
                }
            }
            for (int j = 0; j < k; j++) {
                if (mode == Mode.COUNTS) {
                    shade[i][j] = counts[i][j];
                } else if (mode == Mode.ERRORS_ONLY && i == j || rowTotal == 0) {
                    shade[i][j] = Double.NaN;
                } else {
                    shade[i][j] = (double)counts[i][j] / rowTotal;
                }
            }
        }
        return shade;
    }

    private static String[] text(final long[][] counts, final double[][] shade, final int i, final int j,
        final Mode mode) {
        final String count = Long.toString(counts[i][j]);
        final boolean noShare = Double.isNaN(shade[i][j]);
        return switch (mode) {
            case COUNTS -> new String[]{count};
            case COUNTS_AND_PERCENT -> noShare ? new String[]{count}
                : new String[]{count, LabStyle.percent(shade[i][j], 1)};
            case ROW_PERCENT, COLUMN_PERCENT, ERRORS_ONLY -> noShare ? new String[0]
                : new String[]{LabStyle.percent(shade[i][j], 0)};
        };
    }

    private static SymbolAxis classAxis(final String label, final String[] labels) {
        final SymbolAxis axis = new SymbolAxis(label, labels.clone());
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, labels.length - 0.5);
        axis.setTickMarksVisible(false);
        return axis;
    }

    private static PaintScaleLegend colorBar(final Viridis scale, final boolean percent) {
        final NumberAxis axis = new NumberAxis();
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        // about five labelled steps, of 1, 2 or 5 times a power of ten
        final double raw = scale.getUpperBound() / 5;
        final double power = Math.pow(10, Math.floor(Math.log10(raw)));
        final double nice = raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power
            : 10 * power;
        final double step = percent ? nice : Math.max(1, nice);
        final String pattern = percent ? step >= 0.01 ? "0%" : "0.0%" : "#,##0";
        axis.setTickUnit(new NumberTickUnit(step, LabStyle.format(pattern)));
        LabStyle.style(axis);
        final PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setStripOutlineVisible(false);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(4, 12, 4, 0));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
