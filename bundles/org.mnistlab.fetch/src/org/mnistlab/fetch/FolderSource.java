package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.Mnist;

/** A folder the user named; it must already hold the four files. */
final class FolderSource implements MnistSource {

    private final String m_what;

    private final Path m_folder;

    /**
     * @param what how the user named the folder, for messages
     * @param folder the folder, or {@code null} if the user named none (an unset variable)
     */
    FolderSource(final String what, final Path folder) {
        m_what = what;
        m_folder = folder;
    }

    @Override
    public String describe() {
        return m_folder == null || m_what.equals(m_folder.toString()) ? m_what : m_what + " (" + m_folder + ")";
    }

    @Override
    public Path find(final Monitor monitor, final Consumer<String> log) throws IOException {
        if (m_folder == null) {
            throw new IOException("not set");
        }
        Mnist.checkFiles(m_folder);
        return m_folder;
    }
}
