package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.knime.core.node.workflow.NodeContainer;

/**
 * A workflow saved with release 0.1.0 ({@code fixtures/workflows-0.1.0}: shipped workflow 4 as it was, with the nodes
 * then called "SVM Learner", "SVM Predictor", "Scorer" and "Ordered Split", and the MNIST Reader's settings of then)
 * opens in KNIME without a problem: the factory classes are the same, the nodes show their new names, and the
 * Reader's old settings load.
 */
class OldWorkflowsTest {

    private static final Path WORKFLOW = org.mnistlab.testdata.Repository.root()
        .resolve("tests/org.mnistlab.workflows.tests/fixtures/workflows-0.1.0/MNIST Lab 4 - Support vector machines");

    @Test
    void workflowOf010_opensCleanlyWithTheNewNamesAndTheReadersOldBehaviour()
        throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(WORKFLOW)) {
            assertEquals(List.of(), w.problems());
            assertEquals(Set.of("MNIST Reader", "Train-Test Split (scikit-learn)", "SVC Learner (scikit-learn)",
                "SVC Predictor (scikit-learn)", "Classification Scorer (scikit-learn)", "Digit Grid"),
                w.manager().getNodeContainers().stream().map(NodeContainer::getName).collect(Collectors.toSet()));
            // the Reader's settings of 0.1.0 (no mirrors, no checksum option, an empty cache folder) load and
            // configure; MnistReaderNodeTest checks what they are migrated to
            assertTrue(w.node(LabWorkflows.READER).getNodeContainerState().isConfigured());
        }
    }
}
