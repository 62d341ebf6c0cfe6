package org.mnistlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cross-validation accuracy per fold as bars labelled with their value ({@code cross_val_score}'s array), one bar
 * color per compared setup (e.g. SGD on raw and on standardized pixels); the legend gives each setup's mean.
 */
public final class CrossValidationChart {

    /** Default title */
    public static final String TITLE = "Cross-validation accuracy per fold";

    private CrossValidationChart() {
    }

    /**
     * @param accuracies accuracy of each fold, in [0, 1]
     * @return the figure, with the default title
     * @throws IllegalArgumentException if there is no fold or an accuracy is outside [0, 1]
     */
    public static Figure of(final double[] accuracies) {
        return of(TITLE, new String[]{"Accuracy"}, new double[][]{accuracies});
    }

    /**
     * @param title the title
     * @param setups a name per compared setup, e.g. {"SGD", "SGD, scaled"}
     * @param accuracies per setup, the accuracy of each fold in [0, 1]; all setups have the same number of folds
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together or an accuracy is outside [0, 1]
     */
    public static Figure of(final String title, final String[] setups, final double[][] accuracies) {
        if (setups == null || accuracies == null || setups.length == 0 || setups.length != accuracies.length) {
            throw new IllegalArgumentException("need one accuracy array per setup, got "
                + (setups == null ? 0 : setups.length) + " setups and "
                + (accuracies == null ? 0 : accuracies.length) + " arrays");
        }
        final int folds = accuracies[0] == null ? 0 : accuracies[0].length;
        if (folds == 0) {
            throw new IllegalArgumentException("need at least one fold");
        }
        final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        final double[] means = new double[setups.length];
        for (int s = 0; s < setups.length; s++) {
            if (accuracies[s] == null || accuracies[s].length != folds) {
                throw new IllegalArgumentException("setup '" + setups[s] + "' has "
                    + (accuracies[s] == null ? 0 : accuracies[s].length) + " folds, expected " + folds);
            }
            double sum = 0;
            for (int f = 0; f < folds; f++) {
                final double a = accuracies[s][f];
                if (!(a >= 0 && a <= 1)) {
                    throw new IllegalArgumentException(
                        "accuracy must lie in [0, 1], got " + a + " for fold " + (f + 1) + " of '" + setups[s] + "'");
                }
                sum += a;
            }
            means[s] = sum / folds;
            final String series = setups.length == 1 ? setups[s] : setups[s] + " (mean " + accuracy(means[s]) + ")";
            for (int f = 0; f < folds; f++) {
                dataset.addValue(accuracies[s][f], series, "Fold " + (f + 1));
            }
        }

        final CategoryAxis foldAxis = new CategoryAxis("Fold");
        foldAxis.setCategoryMargin(0.25);
        final NumberAxis accuracyAxis = new NumberAxis("Accuracy");
        accuracyAxis.setRange(0, 1.08);
        accuracyAxis.setTickUnit(new NumberTickUnit(0.2, LabStyle.format("0.0")));
        final BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.06);
        bars.setMaximumBarWidth(0.18);
        for (int s = 0; s < setups.length; s++) {
            bars.setSeriesPaint(s, LabStyle.PALETTE[s % LabStyle.PALETTE.length]);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", LabStyle.format("0.0000")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(LabStyle.TICK_FONT);
        bars.setDefaultItemLabelPaint(LabStyle.TEXT);
        bars.setDefaultPositiveItemLabelPosition(
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        bars.setItemLabelInsets(new RectangleInsets(3, 3, 3, 3));

        final CategoryPlot plot = new CategoryPlot(dataset, foldAxis, accuracyAxis, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeGridlinePaint(LabStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        LabStyle.style(foldAxis);
        LabStyle.style(accuracyAxis);

        final JFreeChart chart = LabStyle.chart(title, plot);
        if (setups.length == 1) {
            chart.addSubtitle(LabStyle.subtitle(setups[0] + ": mean " + accuracy(means[0]) + " over " + folds + " folds"));
        } else {
            final LegendTitle legend = LabStyle.legend(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(legend);
        }
        return new Figure(chart, Math.max(520, 120 + folds * setups.length * 70), 420);
    }

    private static String accuracy(final double value) {
        return LabStyle.format("0.0000").format(value);
    }
}
