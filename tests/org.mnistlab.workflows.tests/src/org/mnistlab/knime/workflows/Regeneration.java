package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one switch between checking and writing: with {@code MNISTLAB_REGENERATE=true} in the environment (see
 * {@code workflows/regenerate.sh}) the tests first write the generated workflows into {@code workflows/}, and the
 * workflow runs save their charts into {@code docs/}; then everything is checked as always. Committed files are thus
 * what the generator and the nodes produce.
 */
final class Regeneration {

    private static boolean s_written;

    private Regeneration() {
    }

    /** @return whether this run writes the committed files */
    static boolean enabled() {
        return "true".equals(System.getenv("MNISTLAB_REGENERATE"));
    }

    /**
     * @param name a shipped workflow's name
     * @return its folder in {@code workflows/}, written from its definition first when regenerating
     */
    static synchronized Path workflow(final String name) {
        if (enabled() && !s_written) {
            try {
                final WorkflowWriter writer = new WorkflowWriter(Extension.current(), LabWorkflows.AUTHORED);
                for (final WorkflowDefinition w : LabWorkflows.all()) {
                    WorkflowFiles.replace(Repository.workflows().resolve(w.name()), writer.write(w));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s_written = true;
        }
        return Repository.workflows().resolve(name);
    }

    /**
     * Saves a chart a workflow produced as a README screenshot, when regenerating.
     *
     * @param name the file name under {@code docs/}
     * @param png the image
     * @throws IOException if writing fails
     */
    static void screenshot(final String name, final byte[] png) throws IOException {
        if (enabled()) {
            final Path file = Repository.docs().resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        }
    }
}
