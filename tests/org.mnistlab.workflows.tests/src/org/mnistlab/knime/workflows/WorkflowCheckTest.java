package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.workflow.WorkflowManager;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;

/**
 * The check the shipped workflows must pass ({@link LoadedWorkflow#problems()}: what KNIME reports when it opens a
 * workflow) catches the mistakes a careless hand edit or a stale workflow would make: each test edits one thing of a
 * copy of workflow 1 (Reader #1 feeding the Digit Grids #2 and #3), as KNIME saved it, and KNIME itself finds it.
 */
class WorkflowCheckTest {

    private static final String GRID = "Digit Grid (#2)/settings.xml";

    @TempDir
    Path m_temp;

    private Path m_workflow;

    @BeforeEach
    void saveWorkflow1() throws IOException {
        final WorkflowManager wfm = KnimeWorkflows.build(ExploreWorkflow.definition(), LabWorkflows.AUTHORED);
        m_workflow = m_temp.resolve(ExploreWorkflow.NAME);
        try {
            KnimeWorkflows.save(wfm, m_workflow);
        } finally {
            KnimeWorkflows.close(wfm);
        }
    }

    private void edit(final String file, final Regeneration.XmlEdit edit) throws IOException {
        Regeneration.editXml(m_workflow.resolve(file), edit);
    }

    private List<String> problems() throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(m_workflow)) {
            return w.problems();
        }
    }

    private void assertFound(final String... messageParts) throws IOException {
        final String problems = String.join("\n", problems());
        for (final String part : messageParts) {
            assertTrue(problems.contains(part), "\"" + problems + "\" should mention \"" + part + "\"");
        }
    }

    @Test
    void saved_opensCleanly() throws IOException {
        assertEquals(List.of(), problems());
    }

    @Test
    void unknownFactory_isAMissingNode() throws IOException {
        edit(GRID, s -> s.addString("factory", DigitGridNodeFactory.class.getName() + "2"));
        assertFound("Digit Grid", "MISSING");
    }

    @Test
    void settingOfTheWrongType_doesNotLoad() throws IOException {
        edit(GRID, s -> s.getNodeSettings("model").addString("count", "ten"));
        assertFound("Digit Grid", "count");
    }

    @Test
    void invalidSetting_failsValidation() throws IOException {
        edit(GRID, s -> s.getNodeSettings("model").addInt("count", 0));
        assertFound("Number of digits must be at least 1, got 0.");
    }

    @Test
    void unconnectedInput_isFound() throws IOException {
        edit("workflow.knime",
            s -> s.getNodeSettings("connections").removeConfig("connection_1"));
        assertFound("Digit Grid", "input port 1 is not connected");
    }
}
