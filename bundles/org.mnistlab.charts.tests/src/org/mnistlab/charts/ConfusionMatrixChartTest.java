package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mnistlab.charts.ConfusionMatrixChart.Mode;

class ConfusionMatrixChartTest {

    private static final String[] LABELS = {"a", "b", "c"};

    /** Nine different counts, so that every cell has its own color. */
    private static final long[][] COUNTS = {{90, 4, 6}, {12, 70, 1}, {3, 25, 60}};

    /** The color of a cell, sampled near its top-left corner, away from the centered text. */
    private static Color cellColor(final Pixels.Rendered rendered, final int row, final int col, final int k) {
        final Rectangle2D area = rendered.dataArea();
        final double w = area.getWidth() / k;
        final double h = area.getHeight() / k;
        return Pixels.color(rendered.image(), area.getX() + (col + 0.15) * w, area.getY() + (row + 0.15) * h);
    }

    @Test
    void cellColors_getBrighterWithTheCount() {
        final Pixels.Rendered rendered = Pixels.render(ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COUNTS));
        final int[] byCount = IntStream.range(0, 9).boxed()
            .sorted(Comparator.comparingLong(c -> COUNTS[c / 3][c % 3])).mapToInt(Integer::intValue).toArray();
        double previous = -1;
        for (final int cell : byCount) {
            final double lightness = Pixels.luminance(cellColor(rendered, cell / 3, cell % 3, 3));
            assertTrue(lightness > previous, "cell " + cell + " with count " + COUNTS[cell / 3][cell % 3]
                + " is not lighter than the cell with the next smaller count");
            previous = lightness;
        }
    }

    @Test
    void extremeCells_takeViridisEndColors() {
        final Pixels.Rendered rendered = Pixels.render(ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COUNTS));
        assertTrue(Pixels.close(Viridis.color(1), cellColor(rendered, 0, 0, 3)), "largest count is yellow");
        assertTrue(Pixels.close(Viridis.color(1.0 / 90), cellColor(rendered, 1, 2, 3)), "count 1 is dark purple");
    }

    @Test
    void trueLabels_runDownFromTheTop() {
        // row 0 holds the largest count: its cell must be at the top, as in scikit-learn's display
        final Pixels.Rendered rendered = Pixels.render(ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COUNTS));
        assertTrue(Pixels.luminance(cellColor(rendered, 0, 0, 3)) > Pixels.luminance(cellColor(rendered, 2, 0, 3)));
    }

    @Test
    void errorsOnly_graysOutTheDiagonal() {
        final Pixels.Rendered rendered = Pixels.render(ConfusionMatrixChart.of(COUNTS, LABELS, Mode.ERRORS_ONLY));
        for (int i = 0; i < 3; i++) {
            assertEquals(Viridis.NO_VALUE, cellColor(rendered, i, i, 3));
        }
        assertTrue(Pixels.close(Viridis.color(1), cellColor(rendered, 2, 1, 3)), "largest error share is yellow");
    }

    @Test
    void rowPercent_dividesEachRowByItsSum() {
        final double[][] shades = ConfusionMatrixChart.shades(COUNTS, Mode.ROW_PERCENT);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, Arrays.stream(shades[i]).sum(), 1e-12);
            assertEquals((double)COUNTS[i][1] / Arrays.stream(COUNTS[i]).sum(), shades[i][1], 0);
        }
    }

    @Test
    void columnPercent_dividesEachColumnByItsSum() {
        final double[][] shades = ConfusionMatrixChart.shades(COUNTS, Mode.COLUMN_PERCENT);
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += shades[i][j];
            }
            assertEquals(1.0, sum, 1e-12);
        }
        assertEquals(25.0 / 99, shades[2][1], 0);
        final double[][] empty = ConfusionMatrixChart.shades(new long[][]{{0, 2}, {0, 6}}, Mode.COLUMN_PERCENT);
        assertTrue(Double.isNaN(empty[0][0]) && Double.isNaN(empty[1][0]), "a column never predicted");
        assertEquals(0.75, empty[1][1], 0);
    }

    @Test
    void errorsOnly_leavesTheDiagonalOutAndDividesByTheRowsErrors() {
        final double[][] shades = ConfusionMatrixChart.shades(COUNTS, Mode.ERRORS_ONLY);
        for (int i = 0; i < 3; i++) {
            assertTrue(Double.isNaN(shades[i][i]));
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += i == j ? 0 : shades[i][j];
            }
            assertEquals(1.0, sum, 1e-12);
        }
        assertEquals(25.0 / 28, shades[2][1], 0);
    }

    @Test
    void emptyRow_hasNothingToNormalize() {
        final double[][] shades = ConfusionMatrixChart.shades(new long[][]{{0, 0}, {1, 3}}, Mode.ROW_PERCENT);
        assertTrue(Double.isNaN(shades[0][0]) && Double.isNaN(shades[0][1]));
        assertEquals(0.75, shades[1][1], 0);
    }

    @Test
    void svg_showsAxisLabelsClassesAndValues() {
        final String counts = ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COUNTS).svg();
        for (final String text : new String[]{"Predicted label", "True label", "Confusion matrix", "a", "c", "90",
            "25"}) {
            assertTrue(counts.contains(">" + text + "</text>"), text);
        }
        final String percent = ConfusionMatrixChart.of(COUNTS, LABELS, Mode.ROW_PERCENT).svg();
        assertTrue(percent.contains(">90%</text>"), "row a: 90 of 100");
        final String columns = ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COLUMN_PERCENT).svg();
        assertTrue(columns.contains(">86%</text>"), "column a: 90 of 105 predicted");
        final String errors = ConfusionMatrixChart.of(COUNTS, LABELS, Mode.ERRORS_ONLY).svg();
        assertTrue(errors.contains(">89%</text>"), "row c: 25 of 28 errors");
        assertFalse(errors.contains(">60</text>"), "diagonal left out");
        final String both = ConfusionMatrixChart.of(COUNTS, LABELS, Mode.COUNTS_AND_PERCENT).svg();
        assertTrue(both.contains(">12</text>") && both.contains(">14.5%</text>"), "row b: 12 of 83");
    }

    @Test
    void badInput_throwsNamingTheProblem() {
        assertThrows(IllegalArgumentException.class,
            () -> ConfusionMatrixChart.of(new long[][]{{1, 2}, {3}}, new String[]{"a", "b"}, Mode.COUNTS));
        final IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
            () -> ConfusionMatrixChart.of(new long[][]{{1, -2}, {3, 4}}, new String[]{"a", "b"}, Mode.COUNTS));
        assertTrue(negative.getMessage().contains("-2"));
        assertThrows(IllegalArgumentException.class,
            () -> ConfusionMatrixChart.of(new long[][]{{1, 2}, {3, 4}}, new String[]{"a"}, Mode.COUNTS));
        assertThrows(IllegalArgumentException.class,
            () -> ConfusionMatrixChart.of(new long[0][], new String[0], Mode.COUNTS));
    }
}
