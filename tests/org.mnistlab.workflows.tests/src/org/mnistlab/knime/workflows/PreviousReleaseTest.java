package org.mnistlab.knime.workflows;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Workflow 2 as the previous release shipped it ({@link PreviousRelease}) opens in KNIME: every node loads and
 * configures, and its Scorer follows the Cross-Validation's renamed binary columns with a warning. (Executed, it gives
 * the lab's numbers: its Scorer then does what {@code DigitChangeNodesTest} checks at the node; workflow 3 of the
 * previous release is executed by {@link ThresholdsWorkflowPreviousReleaseTest}.)
 */
class PreviousReleaseTest {

    @Test
    void binaryWorkflow_opens_theScorerFollowsTheRenamedColumns() throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(PreviousRelease.workflow(BinaryWorkflow.NAME))) {
            PreviousRelease.assertOnlyScorersFollowTheTarget(w.problems(), 1);
        }
    }
}
