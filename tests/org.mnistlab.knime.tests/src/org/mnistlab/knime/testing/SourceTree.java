package org.mnistlab.knime.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the source tree the tests run in (fixtures of other bundles). tycho-surefire runs a test bundle in its own
 * folder, which differs between the test modules that share these sources (one per KNIME release), so the repository
 * root is found by walking up to the folder that holds {@code mvnw} and {@code bundles/}.
 */
public final class SourceTree {

    private static final Path ROOT = findRoot();

    private SourceTree() {
    }

    /**
     * @param relative a path relative to the repository root
     * @return the file
     */
    public static Path file(final String relative) {
        return ROOT.resolve(relative);
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("bundles"))) {
                return dir;
            }
        }
        throw new IllegalStateException("The repository root (with mvnw and bundles/) is not above "
            + Path.of("").toAbsolutePath());
    }
}
