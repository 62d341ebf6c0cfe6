package org.mnistlab.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source tree the tests run in. tycho-surefire runs a test bundle in {@code bundles/<bundle>/target/work} (also
 * the OSGi install area), Maven's surefire in the module folder: both lie below the repository root, which is found
 * by walking up from there.
 */
public final class Repository {

    /** A folder only this repository has. */
    private static final String MARK = "bundles/org.mnistlab.testdata";

    private static Path s_root;

    private Repository() {
    }

    /**
     * @return the repository root (the folder holding {@code mvnw} and {@code bundles/})
     * @throws IllegalStateException if the tests do not run inside the source tree
     */
    public static synchronized Path root() {
        if (s_root == null) {
            s_root = findRoot();
        }
        return s_root;
    }

    /**
     * @param module a module's folder relative to the root, e.g. {@code bundles/org.mnistlab.engine}
     * @return the folder the build compiles that module's classes into
     */
    public static Path classes(final String module) {
        return root().resolve(module).resolve("target").resolve("classes");
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
                if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve(MARK))) {
                    return p;
                }
            }
        }
        throw new IllegalStateException(
            "The repository root (with mvnw and " + MARK + ") is not above " + starts + "; run the tests in it");
    }
}
