package org.mnistlab.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Precision and recall as functions of the decision threshold, the book's {@code plot_precision_recall_vs_threshold}:
 * precision dashed blue, recall solid green, the chosen threshold as a dotted vertical line with its two operating
 * points marked, and their values in the subtitle.
 */
public final class PrecisionRecallThresholdChart {

    /** Lower end of the threshold axis in the lab (the book's {@code plt.axis([-50000, 50000, 0, 1])}) */
    public static final double LAB_MIN_THRESHOLD = -50_000;

    /** Upper end of the threshold axis in the lab */
    public static final double LAB_MAX_THRESHOLD = 50_000;

    /** Default title */
    public static final String TITLE = "Precision and recall versus the decision threshold";

    private static final int WIDTH = 800;

    private static final int HEIGHT = 420;

    /** A quarter of a pixel at the default width: thinning the curves below this changes nothing visible. */
    private static final double TOLERANCE = 1.0 / (4 * WIDTH);

    private PrecisionRecallThresholdChart() {
    }

    /**
     * The lab's figure: threshold axis from -50,000 to 50,000.
     *
     * @param thresholds ascending thresholds, as returned by {@code precision_recall_curve}
     * @param precision precision per threshold (length n, or n + 1 with scikit-learn's final point, which is ignored)
     * @param recall recall per threshold, same length as precision
     * @param threshold the chosen threshold to mark, or NaN for none
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together
     */
    public static Figure of(final double[] thresholds, final double[] precision, final double[] recall,
        final double threshold) {
        return of(TITLE, thresholds, precision, recall, threshold, LAB_MIN_THRESHOLD, LAB_MAX_THRESHOLD);
    }

    /**
     * @param title the title
     * @param thresholds ascending thresholds, as returned by {@code precision_recall_curve}
     * @param precision precision per threshold (length n, or n + 1 with scikit-learn's final point, which is ignored)
     * @param recall recall per threshold, same length as precision
     * @param threshold the chosen threshold to mark, or NaN for none
     * @param minThreshold left end of the threshold axis
     * @param maxThreshold right end of the threshold axis, greater than minThreshold
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together or the axis range is empty
     */
    public static Figure of(final String title, final double[] thresholds, final double[] precision,
        final double[] recall, final double threshold, final double minThreshold, final double maxThreshold) {
        final PrecisionRecallData data = PrecisionRecallData.of(thresholds, precision, recall);
        if (!(maxThreshold > minThreshold)) {
            throw new IllegalArgumentException(
                "threshold axis must not be empty, got [" + minThreshold + ", " + maxThreshold + "]");
        }
        final double[] t = data.thresholds();
        final int n = t.length;
        // Draw only what the axis shows, plus one point on each side so the lines run to the frame.
        int from = 0;
        while (from + 1 < n && t[from + 1] < minThreshold) {
            from++;
        }
        int to = n - 1;
        while (to - 1 > from && t[to - 1] > maxThreshold) {
            to--;
        }
        final double tolX = TOLERANCE * (maxThreshold - minThreshold);
        final DefaultXYDataset curves = new DefaultXYDataset();
        curves.addSeries("Precision", series(t, data.precision(), from, to, tolX));
        curves.addSeries("Recall", series(t, data.recall(), from, to, tolX));

        final NumberAxis thresholdAxis = new NumberAxis("Threshold");
        thresholdAxis.setRange(minThreshold, maxThreshold);
        thresholdAxis.setNumberFormatOverride(LabStyle.format("#,##0"));
        final NumberAxis valueAxis = new NumberAxis("Precision, recall");
        valueAxis.setRange(0, 1);
        valueAxis.setTickUnit(new NumberTickUnit(0.2, LabStyle.format("0.0")));

        final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setDrawSeriesLineAsPath(true);
        lines.setSeriesPaint(0, LabStyle.BLUE);
        lines.setSeriesStroke(0, LabStyle.DASHED_LINE);
        lines.setSeriesPaint(1, LabStyle.GREEN);
        lines.setSeriesStroke(1, LabStyle.LINE);
        final XYPlot plot = new XYPlot(curves, thresholdAxis, valueAxis, lines);
        LabStyle.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        final JFreeChart chart = LabStyle.chart(title, plot);
        if (!Double.isNaN(threshold)) {
            final int point = data.pointAt(threshold);
            final double p = point < 0 ? Double.NaN : data.precision()[point];
            final double r = point < 0 ? Double.NaN : data.recall()[point];
            markThreshold(plot, threshold, p, r);
            chart.addSubtitle(LabStyle.subtitle(operatingPoint(threshold, p, r)));
        }
        final LegendTitle legend = LabStyle.columnLegend(plot);
        plot.addAnnotation(new XYTitleAnnotation(0.98, 0.5, legend, RectangleAnchor.RIGHT));
        return new Figure(chart, WIDTH, HEIGHT);
    }

    /**
     * @param threshold a decision threshold
     * @param precision precision there, NaN if the threshold is above every score
     * @param recall recall there
     * @return e.g. "Threshold 3,000: precision 90.3%, recall 47.9%"
     */
    static String operatingPoint(final double threshold, final double precision, final double recall) {
        final String t = "Threshold " + LabStyle.format("#,##0.###").format(threshold);
        return Double.isNaN(precision) ? t + " is above every score"
            : t + ": precision " + LabStyle.percent(precision, 1) + ", recall " + LabStyle.percent(recall, 1);
    }

    private static double[][] series(final double[] x, final double[] y, final int from, final int to,
        final double tolX) {
        final int[] keep = Decimation.keep(x, y, from, to, tolX, TOLERANCE);
        final double[][] xy = new double[2][keep.length];
        for (int i = 0; i < keep.length; i++) {
            xy[0][i] = x[keep[i]];
            xy[1][i] = y[keep[i]];
        }
        return xy;
    }

    /** The book's dotted black line at the threshold, labelled "threshold", and dots on both curves there. */
    private static void markThreshold(final XYPlot plot, final double threshold, final double precision,
        final double recall) {
        final DefaultXYDataset line = new DefaultXYDataset();
        line.addSeries("Threshold", new double[][]{{threshold, threshold}, {0, 1}});
        final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, LabStyle.DOTTED_LINE);
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        if (Double.isNaN(precision)) {
            return;
        }
        final DefaultXYDataset points = new DefaultXYDataset();
        points.addSeries("Precision at threshold", new double[][]{{threshold}, {precision}});
        points.addSeries("Recall at threshold", new double[][]{{threshold}, {recall}});
        final XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        final Ellipse2D dot = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
        for (int s = 0; s < 2; s++) {
            dots.setSeriesShape(s, dot);
            dots.setSeriesPaint(s, s == 0 ? LabStyle.BLUE : LabStyle.GREEN);
            dots.setSeriesVisibleInLegend(s, false);
        }
        plot.setDataset(2, points);
        plot.setRenderer(2, dots);
    }
}
