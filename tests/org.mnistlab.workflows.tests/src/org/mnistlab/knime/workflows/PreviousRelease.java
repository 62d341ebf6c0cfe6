package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

/**
 * Workflows 2 and 3 as the release before issue 17 shipped them (commit c7ab923), kept as KNIME saved them in
 * {@code tests/org.mnistlab.workflows.tests/fixtures/workflows-0.1.0}: their Scorers name the Cross-Validation's binary
 * columns with the digit ({@code label = 5}, {@code Prediction (label = 5)}), columns that are now called
 * {@code label = positive value} and {@code Prediction (label = positive value)}. A user's copies of them must keep
 * working.
 */
final class PreviousRelease {

    private PreviousRelease() {
    }

    /**
     * @param name a workflow's name
     * @return its folder as the previous release shipped it
     */
    static Path workflow(final String name) {
        return org.mnistlab.testdata.Repository.root().resolve("tests/org.mnistlab.workflows.tests/fixtures/workflows-0.1.0")
            .resolve(name);
    }

    /**
     * What KNIME reports when it opens such a workflow: nothing but a warning of each Scorer that its true class
     * column, {@code label = 5}, is followed to its new name.
     *
     * @param problems {@link LoadedWorkflow#problems()}
     * @param scorers how many Scorers the workflow has
     */
    static void assertOnlyScorersFollowTheTarget(final List<String> problems, final int scorers) {
        assertEquals(scorers, problems.size(), problems.toString());
        for (final String p : problems) {
            assertTrue(p.startsWith("Classification Scorer") && p.contains("True class column: the input table has no column "
                + "\"label = 5\"; using \"label = positive value\""), p);
        }
    }
}
