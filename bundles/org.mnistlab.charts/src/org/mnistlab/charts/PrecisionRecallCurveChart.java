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
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Precision against recall, the book's precision-recall curve: the curve in blue, the chosen threshold's operating
 * point as a black dot with dotted guides to both axes.
 */
public final class PrecisionRecallCurveChart {

    /** Default title */
    public static final String TITLE = "Precision versus recall";

    private static final int WIDTH = 600;

    private static final int HEIGHT = 540;

    private static final double TOLERANCE = 1.0 / (4 * WIDTH);

    private PrecisionRecallCurveChart() {
    }

    /**
     * @param thresholds ascending thresholds, as returned by {@code precision_recall_curve}
     * @param precision precision per threshold (length n, or n + 1 with scikit-learn's final point, which is drawn)
     * @param recall recall per threshold, same length as precision
     * @param threshold the chosen threshold whose operating point to mark, or NaN for none
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together
     */
    public static Figure of(final double[] thresholds, final double[] precision, final double[] recall,
        final double threshold) {
        return of(TITLE, thresholds, precision, recall, threshold);
    }

    /**
     * @param title the title
     * @param thresholds ascending thresholds, as returned by {@code precision_recall_curve}
     * @param precision precision per threshold (length n, or n + 1 with scikit-learn's final point, which is drawn)
     * @param recall recall per threshold, same length as precision
     * @param threshold the chosen threshold whose operating point to mark, or NaN for none
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together
     */
    public static Figure of(final String title, final double[] thresholds, final double[] precision,
        final double[] recall, final double threshold) {
        final PrecisionRecallData data = PrecisionRecallData.of(thresholds, precision, recall);
        final double[] p = data.precision();
        final double[] r = data.recall();
        final int[] keep = Decimation.keep(r, p, 0, p.length - 1, TOLERANCE, TOLERANCE);
        final double[][] xy = new double[2][keep.length];
        for (int i = 0; i < keep.length; i++) {
            xy[0][i] = r[keep[i]];
            xy[1][i] = p[keep[i]];
        }
        final DefaultXYDataset curve = new DefaultXYDataset();
        curve.addSeries("Precision/recall curve", xy);

        final NumberAxis recallAxis = unitAxis("Recall");
        final NumberAxis precisionAxis = unitAxis("Precision");
        final XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setDrawSeriesLineAsPath(true);
        line.setSeriesPaint(0, LabStyle.BLUE);
        line.setSeriesStroke(0, LabStyle.LINE);
        final XYPlot plot = new XYPlot(curve, recallAxis, precisionAxis, line);
        LabStyle.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        final JFreeChart chart = LabStyle.chart(title, plot);
        if (!Double.isNaN(threshold)) {
            final int point = data.pointAt(threshold);
            if (point >= 0) {
                markPoint(plot, r[point], p[point], "Threshold " + LabStyle.format("#,##0.###").format(threshold));
            }
            chart.addSubtitle(LabStyle.subtitle(PrecisionRecallThresholdChart.operatingPoint(threshold,
                point < 0 ? Double.NaN : p[point], point < 0 ? Double.NaN : r[point])));
        }
        plot.addAnnotation(new XYTitleAnnotation(0.02, 0.02, LabStyle.columnLegend(plot), RectangleAnchor.BOTTOM_LEFT));
        return new Figure(chart, WIDTH, HEIGHT);
    }

    private static NumberAxis unitAxis(final String label) {
        final NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2, LabStyle.format("0.0")));
        return axis;
    }

    /** The book's "ko" dot with "k:" guides from both axes. */
    private static void markPoint(final XYPlot plot, final double recall, final double precision,
        final String label) {
        final DefaultXYDataset guides = new DefaultXYDataset();
        guides.addSeries("guides", new double[][]{{recall, recall, 0}, {0, precision, precision}});
        final XYLineAndShapeRenderer guideRenderer = new XYLineAndShapeRenderer(true, false);
        guideRenderer.setSeriesPaint(0, Color.BLACK);
        guideRenderer.setSeriesStroke(0, LabStyle.DOTTED_LINE);
        guideRenderer.setSeriesVisibleInLegend(0, false);
        plot.setDataset(1, guides);
        plot.setRenderer(1, guideRenderer);

        final DefaultXYDataset dot = new DefaultXYDataset();
        dot.addSeries(label, new double[][]{{recall}, {precision}});
        final XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        dotRenderer.setSeriesPaint(0, Color.BLACK);
        plot.setDataset(2, dot);
        plot.setRenderer(2, dotRenderer);
    }
}
