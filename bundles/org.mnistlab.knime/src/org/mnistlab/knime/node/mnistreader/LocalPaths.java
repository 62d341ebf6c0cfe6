package org.mnistlab.knime.node.mnistreader;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;

/**
 * The folder settings of the MNIST Reader: local paths as a user types them, where a leading {@code ~} stands for the
 * home folder of the user running KNIME, so that a shared workflow's default cache ({@code ~/.cache/mnistlab/mnist})
 * means the same place on every machine. A relative path is refused: it would depend on the folder KNIME was started
 * from, which a workflow cannot see.
 */
final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * @param text the setting, e.g. {@code ~/.cache/mnistlab/mnist}, {@code /data/mnist} or {@code C:\data\mnist}
     * @param userHome the home folder {@code ~} stands for
     * @return the path
     * @throws InvalidPathException if the text is no path on this system
     */
    static Path resolve(final String text, final String userHome) {
        final String t = text.trim();
        if (t.equals("~")) {
            return Path.of(userHome);
        }
        if (t.startsWith("~/") || t.startsWith("~\\")) {
            return Path.of(userHome).resolve(t.substring(2));
        }
        return Path.of(t);
    }

    /**
     * @param title the option's title, for the message
     * @param text the setting
     * @return the absolute path it names, for the user running KNIME ({@code user.home})
     * @throws InvalidSettingsException if it is empty, no path, or relative; the message starts with the title
     */
    static Path absolute(final String title, final String text) throws InvalidSettingsException {
        if (text == null || text.isBlank()) {
            throw new InvalidSettingsException(title + ": enter a folder.");
        }
        final Path path;
        try {
            path = resolve(text, System.getProperty("user.home"));
        } catch (InvalidPathException e) {
            throw new InvalidSettingsException(title + ": '" + text.trim() + "' is not a path on this system ("
                + e.getReason() + ").", e);
        }
        if (!path.isAbsolute()) {
            throw new InvalidSettingsException(title + ": enter an absolute path (or one starting with ~ for the "
                + "home folder); '" + text.trim() + "' is relative to the folder KNIME was started from.");
        }
        return path;
    }
}
