package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDStop;
import org.mnistlab.engine.linear.SGDTrainingLog;

class TrainingLossChartTest {

    /** A problem whose loss falls from first to last, geometrically. */
    private static SGDProblemLog problem(final String positive, final int epochs, final double first,
        final double last, final SGDStop stop) {
        final List<SGDEpoch> list = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            final double loss = first * Math.pow(last / first, (e - 1.0) / Math.max(1, epochs - 1));
            list.add(new SGDEpoch(e, 10, 5, 0.5, 100L * e, loss, e * 0.01));
        }
        return new SGDProblemLog(positive, list, stop, epochs * 0.01);
    }

    @Test
    void binary_oneLine_logAxisForLossesOverOrdersOfMagnitude() {
        final SGDTrainingLog log = new SGDTrainingLog(List.of(problem("True", 239, 96_002, 77.9, SGDStop.CONVERGED)),
            false);
        final Figure figure = TrainingLossChart.of(log);
        final XYPlot plot = figure.chart().getXYPlot();
        assertEquals(1, plot.getSeriesCount());
        assertEquals(239, plot.getDataset().getItemCount(0));
        assertEquals(96_002, plot.getDataset().getYValue(0, 0));
        assertInstanceOf(LogAxis.class, plot.getRangeAxis());
        final String svg = figure.svg();
        for (final String text : new String[] {TrainingLossChart.TITLE, "Epoch", "Average loss (log scale)",
            "Converged after 239 epochs"}) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
        assertTrue(Pixels.count(figure.image(), LabStyle.BLUE) > 200, "the line");
    }

    @Test
    void multiclass_oneLinePerClass_withLegend_andTheConvergenceWarning() {
        final List<SGDProblemLog> problems = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            problems.add(problem(Integer.toString(c), 5 + c, 3 + c, 2, c == 9 ? SGDStop.MAX_ITER : SGDStop.CONVERGED));
        }
        final Figure figure = TrainingLossChart.of(new SGDTrainingLog(problems, true));
        final XYPlot plot = figure.chart().getXYPlot();
        assertEquals(10, plot.getSeriesCount());
        assertEquals(14, plot.getDataset().getItemCount(9));
        assertInstanceOf(NumberAxis.class, plot.getRangeAxis(), "losses within a factor of 100: linear");
        final String svg = figure.svg();
        assertTrue(svg.contains(">0 vs rest</text>") && svg.contains(">9 vs rest</text>"), "legend");
        // the subtitle wraps the long warning over two lines
        assertTrue(svg.contains(">ConvergenceWarning: Maximum number of iteration reached before convergence."));
        assertTrue(Pixels.count(figure.image(), LabStyle.PALETTE[3]) > 30, "the fourth class's color");
    }

    @Test
    void noStoppingRule_saysSo() {
        final SGDTrainingLog log = new SGDTrainingLog(List.of(problem("b", 7, 2, 1, SGDStop.MAX_ITER)), false);
        assertTrue(TrainingLossChart.of(log).svg().contains(">Ran 7 epochs (no stopping rule)</text>"));
    }

    @Test
    void badInput_throwsNamingTheProblem() {
        assertThrows(IllegalArgumentException.class,
            () -> TrainingLossChart.of("t", new String[] {"a"}, new double[][] {{1}, {2}}, null));
        assertThrows(IllegalArgumentException.class,
            () -> TrainingLossChart.of("t", new String[] {"a"}, new double[][] {{}}, null));
        final IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
            () -> TrainingLossChart.of("t", new String[] {"a"}, new double[][] {{1, Double.NaN}}, null));
        assertTrue(nan.getMessage().contains("epoch 2"), nan.getMessage());
    }
}
