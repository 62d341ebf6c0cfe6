package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.engine.data.Dataset;

import com.google.gson.JsonObject;

/**
 * Workflow 1 as version 0.1.0 saved it, before images could be one vector cell (a fixture, never regenerated): it
 * still opens cleanly, its MNIST Reader still writes 784 integer columns and its Digit Grids still read them and draw
 * the lab's pictures, as a user who updates the extension finds it.
 */
class OlderWorkflowTest {

    private static final Path FOLDER =
        org.mnistlab.testdata.Repository.root()
            .resolve("tests/org.mnistlab.workflows.tests/fixtures/workflows-0.1.0/" + ExploreWorkflow.NAME);

    private static LoadedWorkflow s_run;

    @BeforeAll
    static void run() throws IOException {
        LabData.requireMnist();
        s_run = LoadedWorkflow.load(FOLDER);
        // what a user who opens it is told: nothing (no load errors, no node that fails to configure)
        assertEquals(List.of(), s_run.problems(), "the 0.1.0 workflow opens with problems");
        s_run.executeAll();
    }

    /** The Reader's table holds 55 million cells: let it go before the next workflow runs. */
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
        assertEquals(1 + dataset.get("features").getAsInt(), digits.getDataTableSpec().getNumColumns(),
            "the label and 784 pixels");
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
            for (int j = 0; j < pixels.length; j++) {
                assertEquals((int)pixels[j], ((IntValue)row.getCell(1 + j)).getIntValue(), "row " + i);
            }
        }
    }

    @Test
    void grids_areTheLabsPictures() throws IOException {
        final Dataset mnist = LabData.mnist();
        assertArrayEquals(DigitGridChart.of(mnist.x(), 100, 10).png(),
            Outputs.png(s_run.output(ExploreWorkflow.FIRST_100, 0)));
        assertArrayEquals(DigitGridChart.of(ExploreWorkflow.FIRST_DIGIT_TITLE, mnist.x(), 1, new String[]{"5"}, 1)
            .png(), Outputs.png(s_run.output(ExploreWorkflow.FIRST_DIGIT, 0)));
    }
}
