package org.knime.core.webui.page;

/** Stand-in for KNIME's x-internal {@code org.knime.core.webui.page.FromFilePage}. */
public final class FromFilePage extends Page {

    FromFilePage(final Class<?> bundleClass, final String bundleId, final String basePath,
        final String relativeFilePath) {
        super(bundleClass, bundleId, basePath, relativeFilePath, null);
    }

    /**
     * @param relativeFilePath a file the page loads, below the base path
     * @return this
     */
    public FromFilePage addResourceFile(final String relativeFilePath) {
        m_resourceFiles.add(relativeFilePath);
        return this;
    }

    /**
     * @param relativeDirPath a directory of files the page loads, below the base path
     * @return this
     */
    public FromFilePage addResourceDirectory(final String relativeDirPath) {
        m_resourceDirectories.add(relativeDirPath);
        return this;
    }
}
