package org.mnistlab.knime.workflows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source tree the tests run in: shipped workflows ({@code workflows/}), their {@code .knwf} exports
 * ({@code workflows/target/}), the lab fixtures and the screenshots ({@code docs/}). tycho-surefire runs the tests in
 * {@code bundles/<test bundle>/target/work}, which is also the OSGi install area, so the repository root is found by
 * walking up from there.
 */
public final class Repository {

    private static final Path ROOT = findRoot();

    private Repository() {
    }

    /** @return the repository root (the folder holding {@code mvnw}, {@code bundles/} and {@code workflows/}) */
    public static Path root() {
        return ROOT;
    }

    /** @return the folder of the shipped workflows */
    public static Path workflows() {
        return ROOT.resolve("workflows");
    }

    /** @return the folder the build writes the {@code .knwf} exports into */
    public static Path knwfFolder() {
        return workflows().resolve("target");
    }

    /** @return the folder of the README's screenshots */
    public static Path docs() {
        return ROOT.resolve("docs");
    }

    /**
     * @param name a fixture file name
     * @return the scikit-learn fixture the reference scripts recorded
     */
    public static Path fixture(final String name) {
        return ROOT.resolve("bundles/org.mnistlab.engine.tests/fixtures").resolve(name);
    }

    private static Path findRoot() {
        final List<Path> starts = new ArrayList<>();
        starts.add(Path.of(System.getProperty("user.dir")).toAbsolutePath());
        final String installArea = System.getProperty("osgi.install.area");
        if (installArea != null && installArea.startsWith("file:")) {
            starts.add(Path.of(installArea.substring("file:".length())));
        }
        for (final Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("bundles"))
                    && Files.isDirectory(p.resolve("workflows"))) {
                    return p;
                }
            }
        }
        throw new IllegalStateException("The repository root (with mvnw, bundles/ and workflows/) is not above "
            + starts + "; run the tests from the source tree");
    }
}
