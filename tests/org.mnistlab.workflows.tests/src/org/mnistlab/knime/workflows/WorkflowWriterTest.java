package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettings;
import org.knime.standin.testing.Xml;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;

/** The generator writes what a definition says, and refuses definitions KNIME or the nodes would not accept. */
class WorkflowWriterTest {

    private static WorkflowWriter s_writer;

    @BeforeAll
    static void writer() throws IOException {
        s_writer = new WorkflowWriter(Extension.current(), LabWorkflows.AUTHORED);
    }

    /** @return a Reader (#1) feeding a Digit Grid (#2) */
    private static WorkflowDefinition readerAndGrid() {
        final WorkflowDefinition w = new WorkflowDefinition("Test");
        final var reader = w.node(new MnistReaderNodeFactory(), "reader", 100, 100);
        w.connect(reader, 0, w.node(new DigitGridNodeFactory(), "grid", 300, 100), 0);
        return w;
    }

    private static WorkflowDefinition.Node grid(final WorkflowDefinition w) {
        return w.nodes().get(1);
    }

    private static NodeSettings xml(final SortedMap<String, byte[]> files, final String path) throws IOException {
        return Xml.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void write_changedSettingsAndPorts_areInTheFiles() throws Exception {
        final WorkflowDefinition w = readerAndGrid();
        grid(w).set("count", 25).set("captions", true);
        final SortedMap<String, byte[]> files = s_writer.write(w);
        final NodeSettings grid = xml(files, "Digit Grid (#2)/settings.xml");
        assertEquals(25, grid.getNodeSettings("model").getInt("count"));
        assertEquals(true, grid.getNodeSettings("model").getBoolean("captions"));
        assertEquals("label", grid.getNodeSettings("model").getString("captionColumn"),
            "untouched settings are what a new node connected to the Reader proposes");
        assertEquals("grid", grid.getNodeSettings("nodeAnnotation").getString("text"));
        final NodeSettings c = xml(files, KnimeFormat.WORKFLOW_FILE).getNodeSettings("connections")
            .getNodeSettings("connection_0");
        assertEquals(1, c.getInt("sourcePort"), "port 0 of the file is the flow variable port");
        assertEquals(1, c.getInt("destPort"));
    }

    @Test
    void write_twice_givesTheSameBytes() {
        final SortedMap<String, byte[]> a = s_writer.write(ExploreWorkflow.definition());
        final SortedMap<String, byte[]> b = s_writer.write(ExploreWorkflow.definition());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void write_unknownSetting_failsNamingNodeAndKey() {
        final WorkflowDefinition w = readerAndGrid();
        grid(w).set("digitsPerRow", 5);
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertTrue(e.getMessage().startsWith("Test, node #2 Digit Grid: No setting \"digitsPerRow\""),
            e.getMessage());
    }

    @Test
    void write_settingOfAnotherType_fails() {
        final WorkflowDefinition w = readerAndGrid();
        grid(w).set("count", 2.5);
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertTrue(e.getMessage().contains("\"count\" is an xint, not a Double"), e.getMessage());
    }

    @Test
    void write_invalidSetting_failsWithTheNodesMessage() {
        final WorkflowDefinition w = readerAndGrid();
        grid(w).set("count", 0);
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertTrue(e.getMessage().endsWith("Number of digits must be at least 1, got 0."), e.getMessage());
    }

    @Test
    void write_settingThatDoesNotConfigure_fails() {
        final WorkflowDefinition w = readerAndGrid();
        grid(w).set("pixelPrefix", "px_");
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertTrue(e.getMessage().startsWith("Test, node #2 Digit Grid does not configure"), e.getMessage());
    }

    @Test
    void write_unconnectedInput_isIdleAsKnimeSavesIt() throws Exception {
        final WorkflowDefinition w = new WorkflowDefinition("Test");
        w.node(new DigitGridNodeFactory(), "grid", 300, 100);
        final SortedMap<String, byte[]> files = s_writer.write(w);
        assertEquals(KnimeFormat.IDLE, xml(files, "Digit Grid (#1)/settings.xml").getString("state"));
        assertEquals(KnimeFormat.IDLE, xml(files, KnimeFormat.WORKFLOW_FILE).getString("state"));
    }

    @Test
    void write_portThatDoesNotExist_fails() {
        final WorkflowDefinition w = new WorkflowDefinition("Test");
        final var reader = w.node(new MnistReaderNodeFactory(), "reader", 100, 100);
        final var grid = w.node(new DigitGridNodeFactory(), "grid", 300, 100);
        w.connect(reader, 0, grid, 1);
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertEquals("Test, node #2 Digit Grid has no input port 1", e.getMessage());
    }

    @Test
    void write_cycle_fails() {
        final WorkflowDefinition w = new WorkflowDefinition("Test");
        final var a = w.node(new OrderedSplitNodeFactory(), "a", 100, 100);
        final var b = w.node(new OrderedSplitNodeFactory(), "b", 300, 100);
        w.connect(a, 0, b, 0);
        w.connect(b, 0, a, 0);
        final IllegalStateException e = assertThrows(IllegalStateException.class, () -> s_writer.write(w));
        assertEquals("Test: The connections form a cycle through the nodes [1, 2]", e.getMessage());
    }
}
