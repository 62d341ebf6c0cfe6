package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.engine.data.Dataset;

import com.google.gson.JsonObject;

/**
 * Workflow 1 run headless: the Reader gives the lab's data (each image one byte vector cell), the grids are the lab's
 * pictures.
 */
class ExploreWorkflowTest {

    private static LoadedWorkflow s_run;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_run = LoadedWorkflow.executed(ExploreWorkflow.NAME);
    }

    /** The Reader's table holds 70,000 images: let it go before the next workflow runs. */
    @AfterAll
    static void release() {
        s_run.close();
        s_run = null;
    }

    @Test
    void reader_givesTheLabsDatasetShape() throws IOException {
        final JsonObject dataset = LabData.lab().getAsJsonObject("dataset");
        final BufferedDataTable digits = s_run.table(LabWorkflows.READER, 0);
        assertEquals(dataset.get("train").getAsInt() + dataset.get("test").getAsInt(), digits.size());
        assertEquals(2, digits.getDataTableSpec().getNumColumns(), "the label and the image");
        assertEquals(dataset.get("features").getAsInt(),
            digits.getDataTableSpec().getColumnSpec(1).getElementNames().size(), "784 pixels");
    }

    @Test
    void reader_rowsAreTheEnginesDigitsInOrder() throws IOException {
        final Dataset mnist = LabData.mnist();
        final int[] positions = {0, 59_999, 60_000, 69_999};
        // streamed: the 70,000 rows are not held in memory at once
        final var rows = Outputs.rowsAt(s_run.table(LabWorkflows.READER, 0), positions);
        final double[] pixels = new double[784];
        for (int k = 0; k < positions.length; k++) {
            final int i = positions[k];
            final DataRow row = rows.get(k);
            assertEquals(mnist.label(i), row.getCell(0).toString(), "row " + i);
            mnist.x().copyRow(i, pixels);
            final ByteVectorValue image = (ByteVectorValue)row.getCell(1);
            assertEquals(pixels.length, image.length());
            for (int j = 0; j < pixels.length; j++) {
                assertEquals((int)pixels[j], image.get(j), "row " + i);
            }
        }
    }

    @Test
    void grid_isTheChartOfTheFirst100Digits() throws IOException {
        final byte[] grid = Outputs.png(s_run.output(ExploreWorkflow.FIRST_100, 0));
        Regeneration.screenshot("workflow-1-first-100-digits.png", grid);
        assertArrayEquals(DigitGridChart.of(LabData.mnist().x(), 100, 10).png(), grid);
    }

    @Test
    void firstDigit_isAFiveCaptionedWithItsLabel() throws IOException {
        final Dataset mnist = LabData.mnist();
        assertEquals("5", mnist.label(0), "the lab's y[0]");
        final byte[] digit = Outputs.png(s_run.output(ExploreWorkflow.FIRST_DIGIT, 0));
        Regeneration.screenshot("workflow-1-first-digit.png", digit);
        assertArrayEquals(DigitGridChart.of(ExploreWorkflow.FIRST_DIGIT_TITLE, mnist.x(), 1, new String[]{"5"}, 1)
            .png(), digit);
    }
}
