package org.mnistlab.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.mnistlab.engine.metrics.RocCurve;
import org.mnistlab.engine.metrics.RocPoint;

/**
 * The ROC curve as the book draws it (figure 3-7): true positive rate against false positive rate in blue, with the
 * area under it in the legend, the random classifier's diagonal dotted, and a chosen threshold's point as a black dot
 * whose rates the subtitle gives.
 */
public final class RocCurveChart {

    /** Default title */
    public static final String TITLE = "ROC curve";

    private static final int WIDTH = 600;

    private static final int HEIGHT = 540;

    private static final double TOLERANCE = 1.0 / (4 * WIDTH);

    private RocCurveChart() {
    }

    /**
     * @param curve the curve ({@code roc_curve}'s result)
     * @param auc the area under it, or NaN to leave it out
     * @param threshold the chosen threshold whose point to mark (the book marks the one for 90% precision), or NaN
     *            for none; it is placed as the book places it, see {@link RocCurve#pointAt}
     * @return the figure
     * @throws IllegalArgumentException if the curve is undefined (a rate is NaN: only one class in the truth)
     */
    public static Figure of(final RocCurve curve, final double auc, final double threshold) {
        return of(TITLE, curve, auc, threshold);
    }

    /**
     * @param title the title
     * @param fpr false positive rates, non-decreasing in [0, 1]
     * @param tpr true positive rates, same length
     * @param thresholds decreasing thresholds, same length
     * @param auc the area under the curve, or NaN to leave it out
     * @param threshold the chosen threshold whose point to mark, or NaN for none
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together or a rate is outside [0, 1]
     */
    public static Figure of(final String title, final double[] fpr, final double[] tpr, final double[] thresholds,
        final double auc, final double threshold) {
        return of(title, new RocCurve(fpr, tpr, thresholds, List.of()), auc, threshold);
    }

    /**
     * @param title the title
     * @param curve the curve
     * @param auc the area under it, or NaN to leave it out
     * @param threshold the chosen threshold whose point to mark, or NaN for none
     * @return the figure
     * @throws IllegalArgumentException if the curve is empty or a rate is not in [0, 1]
     */
    public static Figure of(final String title, final RocCurve curve, final double auc, final double threshold) {
        final double[] fpr = curve.fpr();
        final double[] tpr = curve.tpr();
        if (fpr.length == 0) {
            throw new IllegalArgumentException("a ROC curve needs at least one point");
        }
        for (int i = 0; i < fpr.length; i++) {
            if (!(fpr[i] >= 0 && fpr[i] <= 1 && tpr[i] >= 0 && tpr[i] <= 1)) {
                throw new IllegalArgumentException("rates must lie in [0, 1], got fpr " + fpr[i] + " and tpr " + tpr[i]
                    + " at point " + i + (Double.isNaN(fpr[i]) || Double.isNaN(tpr[i])
                        ? " (the curve is undefined with only one class in the truth)" : ""));
            }
        }
        final int[] keep = Decimation.keep(fpr, tpr, 0, fpr.length - 1, TOLERANCE, TOLERANCE);
        final double[][] xy = new double[2][keep.length];
        for (int i = 0; i < keep.length; i++) {
            xy[0][i] = fpr[keep[i]];
            xy[1][i] = tpr[keep[i]];
        }
        final DefaultXYDataset lines = new DefaultXYDataset();
        lines.addSeries(Double.isNaN(auc) ? "ROC curve" : "ROC curve (AUC = " + LabStyle.format("0.0000").format(auc)
            + ")", xy);
        lines.addSeries("Random classifier's ROC curve", new double[][] {{0, 1}, {0, 1}});
        final XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setDrawSeriesLineAsPath(true);
        line.setSeriesPaint(0, LabStyle.BLUE);
        line.setSeriesStroke(0, LabStyle.LINE);
        line.setSeriesPaint(1, Color.BLACK);
        line.setSeriesStroke(1, LabStyle.DOTTED_LINE);

        final XYPlot plot = new XYPlot(lines, unitAxis("False positive rate (fall-out)"),
            unitAxis("True positive rate (recall)"), line);
        LabStyle.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        final JFreeChart chart = LabStyle.chart(title, plot);
        if (!Double.isNaN(threshold)) {
            final RocPoint p = curve.pointAt(threshold);
            final String label = "Threshold " + LabStyle.format("#,##0.###").format(threshold);
            final DefaultXYDataset dot = new DefaultXYDataset();
            dot.addSeries(label, new double[][] {{p.fpr()}, {p.tpr()}});
            final XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
            dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            dotRenderer.setSeriesPaint(0, Color.BLACK);
            plot.setDataset(1, dot);
            plot.setRenderer(1, dotRenderer);
            chart.addSubtitle(LabStyle.subtitle(label + ": true positive rate " + LabStyle.percent(p.tpr(), 1)
                + ", false positive rate " + LabStyle.percent(p.fpr(), 1)));
        }
        plot.addAnnotation(new XYTitleAnnotation(0.98, 0.02, LabStyle.columnLegend(plot),
            RectangleAnchor.BOTTOM_RIGHT));
        return new Figure(chart, WIDTH, HEIGHT);
    }

    private static NumberAxis unitAxis(final String label) {
        final NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, 1);
        axis.setTickUnit(new NumberTickUnit(0.2, LabStyle.format("0.0")));
        return axis;
    }
}
