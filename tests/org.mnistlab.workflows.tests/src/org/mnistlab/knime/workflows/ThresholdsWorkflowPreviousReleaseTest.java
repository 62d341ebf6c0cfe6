package org.mnistlab.knime.workflows;

import java.nio.file.Path;
import java.util.List;

/**
 * Workflow 3 as the previous release shipped it ({@link PreviousRelease}): its Scorers name the Cross-Validation's
 * binary target with the digit ({@code label = 5}), its Threshold Sweep counts {@code label} = 5 itself. It still
 * opens, the Scorers follow the renamed target with a warning, and executed it gives the lab's numbers.
 */
class ThresholdsWorkflowPreviousReleaseTest extends ThresholdsWorkflowTest {

    @Override
    Path folder() {
        return PreviousRelease.workflow(ThresholdsWorkflow.NAME);
    }

    @Override
    boolean hasRoc() {
        return false;
    }

    @Override
    void opened(final List<String> problems) {
        PreviousRelease.assertOnlyScorersFollowTheTarget(problems, 2);
    }
}
