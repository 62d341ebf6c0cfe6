package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.mnistlab.testdata.Fixtures;

class CrossValidationChartTest {

    @Test
    void barTops_standAtTheAccuracies() {
        final double[] accuracies = {0.55, 0.95, 0.75};
        final Figure figure = CrossValidationChart.of(accuracies);
        final Pixels.Rendered rendered = Pixels.render(figure);
        final Rectangle2D area = rendered.dataArea();
        final CategoryPlot plot = figure.chart().getCategoryPlot();
        final CategoryAxis folds = plot.getDomainAxis();
        for (int f = 0; f < accuracies.length; f++) {
            final int x = (int)folds.getCategoryMiddle(f, accuracies.length, area, RectangleEdge.BOTTOM);
            int top = (int)area.getMinY();
            while (!Pixels.close(Pixels.color(rendered.image(), x, top), LabStyle.BLUE) && top < area.getMaxY()) {
                top++;
            }
            final double expected = plot.getRangeAxis().valueToJava2D(accuracies[f], area, RectangleEdge.LEFT);
            assertEquals(expected, top, 1.5, "top of bar " + (f + 1));
        }
    }

    /** The lab's binary cross-validation accuracies as scikit-learn computed them, labelled as the notebook prints. */
    @Test
    void svg_labelsFoldsBarsAndMean() {
        final double[] lab = Fixtures.doubles(Fixtures.load("lab_default.json").getAsJsonObject("binary_sgd")
            .get("cv_accuracy"));
        final String svg = CrossValidationChart.of(lab).svg();
        for (final String text : new String[]{CrossValidationChart.TITLE, "Fold 1", "Fold 3", "Accuracy", "0.9504",
            "0.9604", "Accuracy: mean 0.9570 over 3 folds"}) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
    }

    @Test
    void severalSetups_getALegendWithTheirMeans() {
        final String svg = CrossValidationChart.of("Multiclass SGD", new String[]{"raw", "scaled"},
            new double[][]{{0.87, 0.86, 0.88}, {0.89, 0.90, 0.91}}).svg();
        assertTrue(svg.contains(">raw (mean 0.8700)</text>"));
        assertTrue(svg.contains(">scaled (mean 0.9000)</text>"));
    }

    @Test
    void badInput_throwsNamingTheProblem() {
        final IllegalArgumentException range =
            assertThrows(IllegalArgumentException.class, () -> CrossValidationChart.of(new double[]{0.5, 1.2}));
        assertTrue(range.getMessage().contains("1.2"));
        assertThrows(IllegalArgumentException.class, () -> CrossValidationChart.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> CrossValidationChart.of("t", new String[]{"a", "b"},
            new double[][]{{0.5, 0.6}, {0.5}}));
        assertThrows(IllegalArgumentException.class,
            () -> CrossValidationChart.of("t", new String[]{"a"}, new double[][]{{0.5}, {0.6}}));
    }
}
