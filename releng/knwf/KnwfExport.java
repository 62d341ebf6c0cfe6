import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports every workflow folder (a folder holding {@code workflow.knime}) of a directory as {@code <name>.knwf}, the
 * archive KNIME's "File > Import KNIME Workflow..." reads. Follows KNIME's exporter ({@code WorkflowExporter} in
 * knime-shared): all entries lie below one top-level folder named after the workflow, files are added with best
 * compression, directories only when empty. Unlike KNIME, entries are sorted and carry a fixed time, so the same
 * folder always gives the same bytes (reproducible builds).
 *
 * <p>Run by workflows/pom.xml in the package phase as a single-file program: {@code java KnwfExport.java SOURCE
 * TARGET}. Prints one line per archive; exits with 1 if SOURCE holds no workflow.
 */
public final class KnwfExport {

    /** 2026-01-01T00:00:00Z: any fixed time keeps the archives reproducible. */
    private static final long ENTRY_TIME = 1_767_225_600_000L;

    private KnwfExport() {
    }

    public static void main(final String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java KnwfExport.java SOURCE_DIR TARGET_DIR");
        }
        final Path source = Path.of(args[0]);
        final Path target = Path.of(args[1]);
        final List<Path> workflows = new ArrayList<>();
        try (Stream<Path> children = Files.list(source)) {
            children.filter(p -> Files.isRegularFile(p.resolve("workflow.knime"))).sorted().forEach(workflows::add);
        }
        if (workflows.isEmpty()) {
            System.err.println("KnwfExport: no workflow folder (with workflow.knime) in " + source);
            System.exit(1);
        }
        Files.createDirectories(target);
        for (final Path workflow : workflows) {
            final Path knwf = target.resolve(workflow.getFileName() + ".knwf");
            try (OutputStream out = Files.newOutputStream(knwf)) {
                export(workflow, out);
            }
            System.out.println("KnwfExport: " + knwf);
        }
    }

    /**
     * @param workflow a workflow folder
     * @param out where the archive goes
     * @throws IOException if reading or writing fails
     */
    static void export(final Path workflow, final OutputStream out) throws IOException {
        final Path root = workflow.getParent();
        final List<Path> paths;
        try (Stream<Path> all = Files.walk(workflow)) {
            paths = all.sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (final Path p : paths) {
                final String name = entryName(root, p);
                if (Files.isDirectory(p)) {
                    if (isEmpty(p)) {
                        zip.putNextEntry(entry(name + "/"));
                        zip.closeEntry();
                    }
                } else if (!p.getFileName().toString().equals(".knimeLock")) {
                    zip.putNextEntry(entry(name));
                    Files.copy(p, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private static String entryName(final Path root, final Path p) {
        final StringBuilder b = new StringBuilder();
        for (final Path segment : root.relativize(p)) {
            b.append(b.length() == 0 ? "" : "/").append(segment);
        }
        return b.toString();
    }

    private static boolean isEmpty(final Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static ZipEntry entry(final String name) {
        final ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        return e;
    }
}
