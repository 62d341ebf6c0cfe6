package org.knime.core.webui.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.knime.standin.ui.PageDeclaration;
import org.knime.standin.ui.UiInternals;

/**
 * Stand-in for KNIME's x-internal {@code org.knime.core.webui.page.Page} (the fluent creation API only), reached
 * without an import inside {@code DefaultView.page(p -> ...)}. It records where the page comes from so tests can
 * check that the page and its resources exist in the bundle.
 */
public class Page {

    static {
        UiInternals.registerPages(Page::declaration);
    }

    final Class<?> m_bundleClass;

    final String m_bundleId;

    final String m_basePath;

    final String m_relativePath;

    final Supplier<String> m_content;

    final List<String> m_resourceFiles = new ArrayList<>();

    final List<String> m_resourceDirectories = new ArrayList<>();

    Page(final Class<?> bundleClass, final String bundleId, final String basePath, final String relativePath,
        final Supplier<String> content) {
        m_bundleClass = bundleClass;
        m_bundleId = bundleId;
        m_basePath = basePath;
        m_relativePath = relativePath;
        m_content = content;
    }

    private PageDeclaration declaration() {
        return new PageDeclaration(m_bundleClass, m_bundleId, m_basePath, m_relativePath, m_content,
            List.copyOf(m_resourceFiles), List.copyOf(m_resourceDirectories));
    }

    /** @return the first creation stage */
    public static RequireFromFileOrString create() {
        return new RequireFromFileOrString() {
            @Override
            public RequireBundle fromFile() {
                return new RequireBundle() {
                    @Override
                    public RequireBasePath bundleClass(final Class<?> clazz) {
                        return base -> file -> new FromFilePage(clazz, null, base, file);
                    }

                    @Override
                    public RequireBasePath bundleID(final String bundleID) {
                        return base -> file -> new FromFilePage(null, bundleID, base, file);
                    }
                };
            }

            @Override
            public RequireRelativePath fromString(final StringSupplier content) {
                return path -> new Page(null, null, null, path, content);
            }
        };
    }

    /** First stage. */
    public interface RequireFromFileOrString {
        /** @return a page from a file of a bundle */
        RequireBundle fromFile();

        /** @param content the page text @return the path stage */
        RequireRelativePath fromString(StringSupplier content);
    }

    /** Bundle stage. */
    public interface RequireBundle {
        /** @param clazz a class of the bundle @return the base path stage */
        RequireBasePath bundleClass(Class<?> clazz);

        /** @param bundleID the bundle's symbolic name @return the base path stage */
        RequireBasePath bundleID(String bundleID);
    }

    /** Base path stage. */
    public interface RequireBasePath {
        /** @param basePath a directory below the bundle root @return the file stage */
        RequireRelativeFilePath basePath(String basePath);
    }

    /** File stage. */
    public interface RequireRelativeFilePath {
        /** @param relativeFilePath the page file below the base path @return the page */
        FromFilePage relativeFilePath(String relativeFilePath);
    }

    /** Path stage of a page from a string. */
    public interface RequireRelativePath {
        /** @param relativePath the page's path (its extension decides the type) @return the page */
        Page relativePath(String relativePath);
    }

    /** Supplies page text. */
    @FunctionalInterface
    public interface StringSupplier extends Supplier<String> {
    }
}
