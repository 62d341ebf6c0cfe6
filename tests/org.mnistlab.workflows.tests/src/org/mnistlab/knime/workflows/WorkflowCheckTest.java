package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.standin.testing.Xml;

/**
 * A broken or edited workflow fails the runner's checks, with a message naming the node and the problem: each test
 * edits one thing of a copy of workflow 1 (Reader #1 feeding the Digit Grids #2 and #3) as a careless hand edit or a
 * stale generator would.
 */
class WorkflowCheckTest {

    private static final String READER = "MNIST Reader (#1)/settings.xml";

    private static final String GRID = "Digit Grid (#2)/settings.xml";

    private static Extension s_extension;

    @TempDir
    Path m_temp;

    private Path m_workflow;

    @BeforeAll
    static void extension() throws IOException {
        s_extension = Extension.current();
    }

    @BeforeEach
    void copyWorkflow1() throws IOException {
        final Map<String, byte[]> files = new WorkflowWriter(s_extension, LabWorkflows.AUTHORED)
            .write(ExploreWorkflow.definition());
        m_workflow = m_temp.resolve(ExploreWorkflow.NAME);
        WorkflowFiles.replace(m_workflow, files);
    }

    private interface Edit {
        void apply(NodeSettings s) throws InvalidSettingsException;
    }

    private void edit(final String file, final Edit edit) throws Exception {
        final Path p = m_workflow.resolve(file);
        final NodeSettings s = Xml.read(p);
        edit.apply(s);
        Xml.write(s, p);
    }

    private void assertRejected(final String... messageParts) {
        final WorkflowException e =
            assertThrows(WorkflowException.class, () -> WorkflowRunner.check(m_workflow, s_extension));
        for (final String part : messageParts) {
            assertTrue(e.getMessage().contains(part), "\"" + e.getMessage() + "\" should mention \"" + part + "\"");
        }
    }

    @Test
    void unedited_passes() {
        WorkflowRunner.check(m_workflow, s_extension);
    }

    @Test
    void factoryOfAnotherVendor_isRejected() throws Exception {
        edit(GRID, s -> s.addString("factory", "org.knime.base.node.io.filereader.FileReaderNodeFactory"));
        assertRejected("node 2", "FileReaderNodeFactory is not a node of ours");
    }

    @Test
    void factoryNotInPluginXml_isRejected() throws Exception {
        edit(GRID, s -> s.addString("factory", "org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory2"));
        assertRejected("node 2", "not a node of ours registered in plugin.xml");
    }

    @Test
    void settingOfTheWrongType_doesNotLoad() throws Exception {
        edit(READER, s -> s.getNodeSettings("model").addLong("rowLimit", 0));
        assertRejected("node 1", "settings do not load", "rowLimit");
    }

    @Test
    void missingSetting_doesNotLoad() throws Exception {
        edit(GRID, s -> s.getNodeSettings("model").removeConfig("columns"));
        assertRejected("node 2", "settings do not load", "columns");
    }

    @Test
    void invalidSetting_failsValidation() throws Exception {
        edit(GRID, s -> s.getNodeSettings("model").addInt("count", 0));
        assertRejected("node 2", "Number of digits must be at least 1, got 0.");
    }

    @Test
    void unknownSetting_isNotWhatTheNodeSaves() throws Exception {
        edit(GRID, s -> s.getNodeSettings("model").addInt("digitsPerRow", 10));
        assertRejected("node 2", "not what the node saves");
    }

    @Test
    void portTypesThatDoNotFit_areRejected() throws Exception {
        // the first connection then feeds grid #2 the image of grid #3 instead of the Reader's table
        edit(KnimeFormat.WORKFLOW_FILE,
            s -> s.getNodeSettings("connections").getNodeSettings("connection_0").addInt("sourceID", 3));
        assertRejected("connection 3:1 -> 2:1", "does not connect");
    }

    @Test
    void portThatDoesNotExist_isRejected() throws Exception {
        edit(KnimeFormat.WORKFLOW_FILE,
            s -> s.getNodeSettings("connections").getNodeSettings("connection_0").addInt("destPort", 2));
        assertRejected("connection 1:1 -> 2:2", "input ports 1..1");
    }

    @Test
    void unconnectedInput_isRejected() throws Exception {
        edit(KnimeFormat.WORKFLOW_FILE, s -> s.getNodeSettings("connections").removeConfig("connection_1"));
        assertRejected("node 3 Digit Grid", "input port 1 is not connected");
    }

    @Test
    void futureKnimeVersion_isRejected() throws Exception {
        edit(KnimeFormat.WORKFLOW_FILE, s -> s.addString("created_by", "5.9.0"));
        assertRejected("created_by 5.9.0", "no newer than 5.7.0");
    }

    @Test
    void executedStateWithoutData_isRejected() throws Exception {
        edit(GRID, s -> s.addString("state", "EXECUTED"));
        assertRejected("node 2", "state EXECUTED");
    }

    @Test
    void missingRequiredKey_isRejected() throws Exception {
        edit(GRID, s -> s.removeConfig("flow_stack"));
        assertRejected("node 2", "flow_stack");
    }

    @Test
    void otherBundle_isRejected() throws Exception {
        edit(READER, s -> s.addString("node-bundle-symbolic-name", "org.mnistlab.knime.samples"));
        assertRejected("node 1", "node-bundle-symbolic-name");
    }

    @Test
    void portsOfAnotherNode_areRejected() throws Exception {
        edit(GRID, s -> s.getNodeSettings("node_creation_config").addNodeSettings("Scores"));
        assertRejected("node 2", "node_creation_config");
    }

    @Test
    void executionData_isRejected() throws Exception {
        Files.createDirectories(m_workflow.resolve("Digit Grid (#2)/port_1"));
        Files.writeString(m_workflow.resolve("Digit Grid (#2)/port_1/spec.zip"), "");
        assertRejected("no execution data");
    }

    @Test
    void metadataOutOfSchemaOrder_isRejected() throws Exception {
        final Path p = m_workflow.resolve(KnimeFormat.METADATA_FILE);
        final String xml = Files.readString(p);
        final String author = xml.substring(xml.indexOf("    <author>"), xml.indexOf("    <created>"));
        Files.writeString(p, xml.replace(author, "").replace("</description>\n", "</description>\n" + author));
        assertRejected(KnimeFormat.METADATA_FILE, "sequence");
    }
}
