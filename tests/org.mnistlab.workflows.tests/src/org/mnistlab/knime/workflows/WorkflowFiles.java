package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files as a map from relative path ({@code /}-separated) to content, and back. */
final class WorkflowFiles {

    private WorkflowFiles() {
    }

    /**
     * @param dir a folder
     * @return every regular file below it
     * @throws IOException if reading fails
     */
    static SortedMap<String, byte[]> read(final Path dir) throws IOException {
        final SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (final Path p : (Iterable<Path>)all.filter(Files::isRegularFile)::iterator) {
                files.put(relative(dir, p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * Deletes a folder and everything below it, if it exists.
     *
     * @param dir the folder
     * @throws IOException if deleting fails
     */
    static void delete(final Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (final Path p : (Iterable<Path>)all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * @param root a folder
     * @param p a path below it
     * @return the relative path with {@code /} separators
     */
    static String relative(final Path root, final Path p) {
        final StringBuilder b = new StringBuilder();
        for (final Path segment : root.relativize(p)) {
            b.append(b.length() == 0 ? "" : "/").append(segment);
        }
        return b.toString();
    }
}
