package org.mnistlab.knime.workflows;

import java.nio.file.Path;

/**
 * The folders of the source tree the workflow tests read and (when regenerating) write: shipped workflows
 * ({@code workflows/}), their {@code .knwf} exports ({@code workflows/target/}) and the screenshots ({@code docs/}).
 */
final class Repository {

    private Repository() {
    }

    /** @return the folder of the shipped workflows */
    static Path workflows() {
        return org.mnistlab.testdata.Repository.root().resolve("workflows");
    }

    /** @return the folder the build writes the {@code .knwf} exports into */
    static Path knwfFolder() {
        return workflows().resolve("target");
    }

    /** @return the folder of the README's screenshots */
    static Path docs() {
        return org.mnistlab.testdata.Repository.root().resolve("docs");
    }

    /** @return the feature that installs our nodes */
    static Path feature() {
        return org.mnistlab.testdata.Repository.root().resolve("features/org.mnistlab.feature");
    }
}
