package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowPersistor;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The one switch between checking and writing: with {@code MNISTLAB_REGENERATE=true} in the environment (see
 * {@code workflows/regenerate.sh}) the tests first build the workflows from their definitions in KNIME and save them
 * with KNIME into {@code workflows/}, and the workflow runs save their charts into {@code docs/}; then everything is
 * checked as always. Committed files are thus what KNIME and the nodes produce.
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
                for (final WorkflowDefinition w : LabWorkflows.all()) {
                    final WorkflowManager wfm = KnimeWorkflows.build(w, LabWorkflows.AUTHORED);
                    try {
                        final Path dir = Repository.workflows().resolve(w.name());
                        WorkflowFiles.delete(dir);
                        KnimeWorkflows.save(wfm, dir);
                        stamp(dir);
                    } finally {
                        KnimeWorkflows.close(wfm);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s_written = true;
        }
        return Repository.workflows().resolve(name);
    }

    /**
     * Makes a workflow KNIME saved here what it saves on a user's machine where the extension was installed from our
     * update site, and authored by the project: the author and date of the definition instead of the login name and
     * now; the KNIME release without build qualifier as the creating version (KNIME refuses workflows "created with a
     * future version", and every build of that release must open them); our bundle's version without qualifier and
     * the feature that installs it (this test runtime has no installed feature; with it, KNIME offers to install the
     * extension when a node is missing). Everything else is KNIME's own output.
     */
    private static void stamp(final Path dir) throws IOException {
        final Extension ours = Extension.current();
        editXml(dir.resolve(WorkflowPersistor.WORKFLOW_FILE), s -> {
            final Version knime = FrameworkUtil.getBundle(WorkflowManager.class).getVersion();
            s.addString("created_by", knime.getMajor() + "." + knime.getMinor() + "." + knime.getMicro());
            final NodeSettings author = (NodeSettings)s.getNodeSettings("authorInformation");
            author.addString("authored-by", LabWorkflows.AUTHOR);
            author.addString("authored-when", LabWorkflows.AUTHORED.format(KNIME_DATE));
        });
        try (Stream<Path> files = Files.walk(dir)) {
            for (final Path f : (Iterable<Path>)files.filter(p -> p.endsWith("settings.xml"))::iterator) {
                editXml(f, s -> {
                    s.addString("node-bundle-version", ours.bundleVersion());
                    s.addString("node-feature-name", ours.featureName());
                    s.addString("node-feature-symbolic-name", ours.featureSymbolicName());
                    s.addString("node-feature-vendor", ours.featureVendor());
                    s.addString("node-feature-version", ours.featureVersion());
                });
            }
        }
    }

    /** How KNIME writes dates into workflow.knime ({@code AuthorInformation}). */
    private static final DateTimeFormatter KNIME_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    interface XmlEdit {
        void apply(NodeSettings s) throws InvalidSettingsException;
    }

    /** Edits one KNIME XML file with KNIME's own config reader and writer. */
    static void editXml(final Path file, final XmlEdit edit) throws IOException {
        final NodeSettings s;
        try (InputStream in = Files.newInputStream(file)) {
            s = (NodeSettings)NodeSettings.loadFromXML(in);
        }
        try {
            edit.apply(s);
        } catch (InvalidSettingsException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            s.saveToXML(out);
        }
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
