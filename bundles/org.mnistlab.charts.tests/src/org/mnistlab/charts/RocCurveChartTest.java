package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.mnistlab.engine.metrics.RocAuc;
import org.mnistlab.engine.metrics.RocCurve;

class RocCurveChartTest {

    /** A curve of 2,000 samples: positives score higher on average, with overlap. */
    private static final boolean[] TRUTH = new boolean[2000];

    private static final double[] SCORES = new double[2000];

    static {
        for (int i = 0; i < TRUTH.length; i++) {
            TRUTH[i] = i % 4 == 0;
            SCORES[i] = (TRUTH[i] ? 1500 : -1500) + ((i * 7919L) % 4001 - 2000) * 2.0;
        }
    }

    private static final RocCurve CURVE = RocCurve.of(TRUTH, SCORES);

    private static final double AUC = RocAuc.binary(TRUTH, SCORES);

    @Test
    void svg_namesAxesCurveAucDiagonalAndPoint() {
        final String svg = RocCurveChart.of(CURVE, AUC, 1000).svg();
        final var p = CURVE.pointAt(1000);
        for (final String text : new String[] {RocCurveChart.TITLE, "False positive rate (fall-out)",
            "True positive rate (recall)", "ROC curve (AUC = " + LabStyle.format("0.0000").format(AUC) + ")",
            "Random classifier&apos;s ROC curve", "Threshold 1,000", "Threshold 1,000: true positive rate "
                + LabStyle.percent(p.tpr(), 1) + ", false positive rate " + LabStyle.percent(p.fpr(), 1)}) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
    }

    @Test
    void markedPoint_isDrawnWhereTheCurveHasIt() {
        final Figure figure = RocCurveChart.of(CURVE, AUC, 1000);
        final Pixels.Rendered rendered = Pixels.render(figure);
        final Rectangle2D area = rendered.dataArea();
        final XYPlot plot = figure.chart().getXYPlot();
        final var p = CURVE.pointAt(1000);
        final double x = plot.getDomainAxis().valueToJava2D(p.fpr(), area, RectangleEdge.BOTTOM);
        final double y = plot.getRangeAxis().valueToJava2D(p.tpr(), area, RectangleEdge.LEFT);
        assertTrue(Pixels.luminance(Pixels.color(rendered.image(), x, y)) < 60, "black dot at the point");
        assertTrue(Pixels.count(rendered.image(), LabStyle.BLUE) > 300, "the curve");
    }

    @Test
    void diagonal_isDottedBlack() {
        final Figure figure = RocCurveChart.of(CURVE, Double.NaN, Double.NaN);
        final Pixels.Rendered rendered = Pixels.render(figure);
        final Rectangle2D area = rendered.dataArea();
        int dark = 0;
        int light = 0;
        // along the diagonal from (0.6, 0.6) to (0.9, 0.9), away from the curve, which lies above it
        for (double v = 0.6; v < 0.9; v += 0.002) {
            final double x = area.getMinX() + v * area.getWidth();
            final double y = area.getMaxY() - v * area.getHeight();
            final Color c = Pixels.color(rendered.image(), x, y);
            if (Pixels.luminance(c) < 128) {
                dark++;
            } else {
                light++;
            }
        }
        assertTrue(dark > 10 && light > 10, "dotted: " + dark + " dark and " + light + " light samples");
        assertTrue(!figure.svg().contains("AUC ="), "no area given, none shown");
    }

    @Test
    void arrays_giveTheSameFigureAsTheCurve() {
        final String fromCurve = RocCurveChart.of(CURVE, AUC, 1000).svg().replaceAll("_\\d+clip", "clip");
        final String fromArrays = RocCurveChart.of(RocCurveChart.TITLE, CURVE.fpr(), CURVE.tpr(), CURVE.thresholds(),
            AUC, 1000).svg().replaceAll("_\\d+clip", "clip");
        assertEquals(fromCurve, fromArrays);
    }

    @Test
    void undefinedCurve_throwsSayingWhy() {
        final RocCurve onlyPositives = RocCurve.of(new boolean[] {true, true}, new double[] {1, 2});
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> RocCurveChart.of(onlyPositives, Double.NaN, 1));
        assertTrue(e.getMessage().contains("only one class"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> RocCurveChart.of("t", new double[] {0, 1.5}, new double[] {0, 1}, new double[] {2, 1}, 0.5, 1));
    }
}
