package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class PrecisionRecallChartsTest {

    /** A smooth synthetic curve: 20,001 thresholds from -60,000 to 60,000; precision rises, recall falls. */
    private static final int N = 20_001;

    private static final double[] THRESHOLDS = new double[N];

    private static final double[] PRECISION = new double[N + 1];

    private static final double[] RECALL = new double[N + 1];

    static {
        for (int i = 0; i < N; i++) {
            THRESHOLDS[i] = -60_000 + 6.0 * i;
            final double s = 1 / (1 + Math.exp(-THRESHOLDS[i] / 8_000));
            PRECISION[i] = 0.1 + 0.9 * s;
            RECALL[i] = 1 - s;
        }
        PRECISION[N] = 1;
        RECALL[N] = 0;
    }

    @Test
    void pointAt_isTheFirstThresholdAtOrAboveIt() {
        final PrecisionRecallData data = PrecisionRecallData.of(new double[]{1, 2, 2, 3},
            new double[]{0.5, 0.6, 0.7, 0.8, 1}, new double[]{1, 0.9, 0.8, 0.7, 0});
        assertEquals(0, data.pointAt(-10));
        assertEquals(1, data.pointAt(2));
        assertEquals(1, data.pointAt(1.5));
        assertEquals(3, data.pointAt(3));
        assertEquals(4, data.pointAt(3.5), "above all: scikit-learn's final point");
        final PrecisionRecallData withoutFinal =
            PrecisionRecallData.of(new double[]{1, 2}, new double[]{0.5, 0.6}, new double[]{1, 0.9});
        assertEquals(-1, withoutFinal.pointAt(3.5));
    }

    @Test
    void thresholdChart_marksTheThresholdWithAVerticalLine() {
        final Figure figure = PrecisionRecallThresholdChart.of(THRESHOLDS, PRECISION, RECALL, 20_000);
        final Pixels.Rendered rendered = Pixels.render(figure);
        final Rectangle2D area = rendered.dataArea();
        final double at = area.getX() + (20_000 + 50_000) / 100_000.0 * area.getWidth();
        final double elsewhere = area.getX() + (-30_000 + 50_000) / 100_000.0 * area.getWidth();
        final double marked = darkShare(rendered.image(), at, area);
        assertTrue(marked > 0.25, "dotted line covers " + marked + " of the column");
        assertTrue(darkShare(rendered.image(), elsewhere, area) < 0.05, "no line elsewhere");
    }

    /** Share of the data area's height that is dark in the pixel column closest to x (or its neighbour). */
    private static double darkShare(final BufferedImage image, final double x, final Rectangle2D area) {
        int best = 0;
        for (int column = (int)x - 1; column <= (int)x + 1; column++) {
            int dark = 0;
            for (int y = (int)area.getMinY() + 2; y < area.getMaxY() - 2; y++) {
                if (Pixels.luminance(new Color(image.getRGB(column, y))) < 110) {
                    dark++;
                }
            }
            best = Math.max(best, dark);
        }
        return best / area.getHeight();
    }

    @Test
    void thresholdChart_drawsPrecisionBlueAndRecallGreen() {
        final BufferedImage image = PrecisionRecallThresholdChart.of(THRESHOLDS, PRECISION, RECALL, Double.NaN).image();
        assertTrue(Pixels.count(image, LabStyle.BLUE) > 300, "precision curve");
        assertTrue(Pixels.count(image, LabStyle.GREEN) > 300, "recall curve");
    }

    @Test
    void thresholdChart_namesAxesCurvesAndOperatingPoint() {
        final int point = 13_330; // threshold 19,980
        final String svg = PrecisionRecallThresholdChart.of(THRESHOLDS, PRECISION, RECALL, 19_980).svg();
        for (final String text : new String[]{PrecisionRecallThresholdChart.TITLE, "Threshold", "Precision",
            "Recall", "-50,000", "50,000", "Threshold 19,980: precision " + LabStyle.percent(PRECISION[point], 1)
                + ", recall " + LabStyle.percent(RECALL[point], 1)}) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
    }

    @Test
    void thresholdChart_thinsTheCurvesButKeepsTheirEnds() {
        final Figure figure = PrecisionRecallThresholdChart.of(THRESHOLDS, PRECISION, RECALL, Double.NaN);
        final XYDataset curves = figure.chart().getXYPlot().getDataset(0);
        assertTrue(curves.getItemCount(0) < N / 2, "thinned to " + curves.getItemCount(0));
        // one point beyond each end of the axis, so the lines reach the frame
        assertTrue(curves.getXValue(0, 0) < -50_000 && curves.getXValue(0, 0) > -50_010);
        assertTrue(curves.getXValue(0, curves.getItemCount(0) - 1) > 50_000);
    }

    @Test
    void curveChart_marksTheOperatingPoint() {
        final String svg = PrecisionRecallCurveChart.of(THRESHOLDS, PRECISION, RECALL, 3_000).svg();
        for (final String text : new String[]{PrecisionRecallCurveChart.TITLE, "Recall", "Precision",
            "Precision/recall curve", "Threshold 3,000"}) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
        final BufferedImage image = PrecisionRecallCurveChart.of(THRESHOLDS, PRECISION, RECALL, 3_000).image();
        assertTrue(Pixels.count(image, LabStyle.BLUE) > 300, "curve");
    }

    @Test
    void badInput_throwsNamingTheProblem() {
        final IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
            () -> PrecisionRecallThresholdChart.of(new double[]{2, 1}, new double[]{1, 1}, new double[]{1, 1}, 0));
        assertTrue(order.getMessage().contains("ascending"));
        assertThrows(IllegalArgumentException.class,
            () -> PrecisionRecallCurveChart.of(new double[]{1, 2}, new double[]{1}, new double[]{1}, 0));
        assertThrows(IllegalArgumentException.class,
            () -> PrecisionRecallCurveChart.of(new double[]{1}, new double[]{1.5}, new double[]{1}, 0));
        assertThrows(IllegalArgumentException.class,
            () -> PrecisionRecallCurveChart.of(new double[]{1}, new double[]{0.5, 1}, new double[]{1}, 0));
        assertThrows(IllegalArgumentException.class, () -> PrecisionRecallThresholdChart.of("t", THRESHOLDS,
            PRECISION, RECALL, 0, 10, 10));
    }
}
