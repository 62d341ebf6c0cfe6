package org.mnistlab.charts;

import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDStop;
import org.mnistlab.engine.linear.SGDTrainingLog;

/**
 * An SGD fit's average loss per epoch, the "Avg. loss" of scikit-learn's verbose output: one line for a binary fit,
 * one per class (that class against the rest) for a one-vs-all fit. The loss axis is logarithmic when the losses span
 * two orders of magnitude or more (the lab's binary fit falls from about 96,000 to 78), linear otherwise; the subtitle
 * says how training stopped.
 */
public final class TrainingLossChart {

    /** Default title */
    public static final String TITLE = "SGD training: average loss per epoch";

    private static final int WIDTH = 720;

    private static final int HEIGHT = 440;

    /** Losses spanning at least this factor get a logarithmic axis. */
    private static final double LOG_SPAN = 100;

    /** Up to this many epochs each one is marked with a dot. */
    private static final int MARKED_EPOCHS = 30;

    private TrainingLossChart() {
    }

    /**
     * @param log the training log of a fit
     * @return the figure, with the default title
     * @throws IllegalArgumentException if the log has no epoch
     */
    public static Figure of(final SGDTrainingLog log) {
        return of(TITLE, log);
    }

    /**
     * @param title the title
     * @param log the training log of a fit
     * @return the figure
     * @throws IllegalArgumentException if the log has no epoch
     */
    public static Figure of(final String title, final SGDTrainingLog log) {
        final List<SGDProblemLog> problems = log.problems();
        final String[] names = new String[problems.size()];
        final double[][] losses = new double[problems.size()][];
        int epochs = 0;
        for (int c = 0; c < names.length; c++) {
            final SGDProblemLog p = problems.get(c);
            names[c] = names.length == 1 ? "Average loss" : p.positiveClass() + " vs rest";
            losses[c] = p.epochs().stream().mapToDouble(SGDEpoch::avgLoss).toArray();
            epochs = Math.max(epochs, losses[c].length);
        }
        final boolean noRule = problems.stream().allMatch(p -> p.stop() == SGDStop.MAX_ITER) && !log.maxIterReached();
        final String how = log.warning().map(w -> "ConvergenceWarning: " + w)
            .orElse(noRule ? "Ran " + epochs + " epochs (no stopping rule)" : "Converged after " + epochs + " epochs");
        return of(title, names, losses, how);
    }

    /**
     * @param title the title
     * @param names a name per line (class), shown in a legend when there are several
     * @param losses per line, the average loss of epochs 1, 2, ...
     * @param subtitle a line under the title, or null for none
     * @return the figure
     * @throws IllegalArgumentException if the arrays do not fit together, a line has no epoch or a loss is negative
     *             or not finite
     */
    public static Figure of(final String title, final String[] names, final double[][] losses, final String subtitle) {
        if (names.length == 0 || names.length != losses.length) {
            throw new IllegalArgumentException(
                "need one loss array per name, got " + names.length + " names and " + losses.length + " arrays");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        int epochs = 0;
        final DefaultXYDataset data = new DefaultXYDataset();
        for (int c = 0; c < names.length; c++) {
            if (losses[c].length == 0) {
                throw new IllegalArgumentException("'" + names[c] + "' has no epoch");
            }
            final double[][] xy = new double[2][losses[c].length];
            for (int e = 0; e < losses[c].length; e++) {
                final double v = losses[c][e];
                if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("losses must be finite and >= 0, got " + v + " for epoch "
                        + (e + 1) + " of '" + names[c] + "'");
                }
                xy[0][e] = e + 1;
                xy[1][e] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            epochs = Math.max(epochs, losses[c].length);
            data.addSeries(names[c], xy);
        }
        final NumberAxis epochAxis = new NumberAxis("Epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setRange(epochs == 1 ? 0 : 1, epochs == 1 ? 2 : epochs);
        final ValueAxis lossAxis;
        if (min > 0 && max / min >= LOG_SPAN) {
            final LogAxis log = new LogAxis("Average loss (log scale)");
            log.setNumberFormatOverride(LabStyle.format("#,##0.###"));
            // a tick per power of ten (the unit counts in log10); the span covers at least two
            log.setTickUnit(new NumberTickUnit(1.0), false, true);
            log.setRange(min / 1.5, max * 1.5);
            lossAxis = log;
        } else {
            final NumberAxis linear = new NumberAxis("Average loss");
            linear.setNumberFormatOverride(LabStyle.format("#,##0.###"));
            linear.setRange(0, max > 0 ? max * 1.05 : 1);
            lossAxis = linear;
        }
        final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, epochs <= MARKED_EPOCHS);
        for (int c = 0; c < names.length; c++) {
            lines.setSeriesPaint(c, LabStyle.PALETTE[c % LabStyle.PALETTE.length]);
            lines.setSeriesStroke(c, LabStyle.LINE);
            lines.setSeriesShape(c, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        final XYPlot plot = new XYPlot(data, epochAxis, lossAxis, lines);
        LabStyle.style(plot);
        final JFreeChart chart = LabStyle.chart(title, plot);
        if (subtitle != null) {
            chart.addSubtitle(LabStyle.subtitle(subtitle));
        }
        if (names.length > 1) {
            plot.addAnnotation(
                new XYTitleAnnotation(0.98, 0.98, LabStyle.columnLegend(plot), RectangleAnchor.TOP_RIGHT));
        }
        return new Figure(chart, WIDTH, HEIGHT);
    }
}
