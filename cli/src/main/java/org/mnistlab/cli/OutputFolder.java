package org.mnistlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run's output folder, written all or nothing: files go to a hidden staging folder beside the target, which
 * replaces the target only when the run completes. A failed or interrupted run leaves the previous output as it was.
 */
final class OutputFolder implements AutoCloseable {

    private final Path m_target;

    private final Path m_staging;

    private boolean m_committed;

    private OutputFolder(final Path target, final Path staging) {
        m_target = target;
        m_staging = staging;
    }

    /**
     * Creates the staging folder, which proves the location is writable before any work starts.
     *
     * @param target the folder the user asked for
     * @return the output folder
     * @throws IOException with a message for the user if the location cannot be written
     */
    static OutputFolder open(final Path target) throws IOException {
        final Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException("output " + target + " exists and is not a folder");
        }
        final Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            // created like any folder (umask permissions), not as a private temporary directory
            final Path staging = Files.createDirectory(
                parent.resolve("." + abs.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
            return new OutputFolder(abs, staging);
        } catch (AccessDeniedException | FileAlreadyExistsException | NoSuchFileException e) {
            throw new IOException("cannot write the output folder " + target + " (" + describe(e) + ")", e);
        }
    }

    /**
     * @param name file name inside the folder
     * @return where to write it now (inside the staging folder)
     */
    Path file(final String name) {
        return m_staging.resolve(name);
    }

    /**
     * @param name file name
     * @param text UTF-8 content
     * @throws IOException if writing fails
     */
    void write(final String name, final String text) throws IOException {
        Files.writeString(file(name), text, StandardCharsets.UTF_8);
    }

    /** @return the final location */
    Path target() {
        return m_target;
    }

    /**
     * Puts the staged files in place of the target folder.
     *
     * @throws IOException if the swap fails; the previous output is then kept
     */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(m_target)) {
            old = m_target.resolveSibling("." + m_target.getFileName() + ".old-" + ProcessHandle.current().pid());
            deleteTree(old);
            Files.move(m_target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(m_staging, m_target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, m_target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        m_committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!m_committed) {
            try {
                deleteTree(m_staging);
            } catch (IOException e) {
                System.err.println("lab105: could not remove " + m_staging + ": " + describe(e));
            }
        }
    }

    private static void deleteTree(final Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (final Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String describe(final IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder: " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: " + e.getMessage();
        }
        return e.getMessage();
    }
}
