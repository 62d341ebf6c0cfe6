package org.knime.standin.ui;

import java.util.Objects;
import java.util.function.Function;

import org.knime.core.webui.page.Page;
import org.knime.node.DefaultNodeFactory;

/**
 * NOT KNIME API. The stand-in's bridge from its test support to what KNIME keeps package-private: the declaration
 * behind a {@link DefaultNodeFactory} and the source of a {@link Page}. The classes register their accessors in their
 * static initializers, so the stand-in's KNIME packages expose exactly KNIME's public API.
 */
public final class UiInternals {

    private static volatile Function<DefaultNodeFactory, NodeDeclaration> s_nodes;

    private static volatile Function<Page, PageDeclaration> s_pages;

    private UiInternals() {
    }

    /** @param accessor reads a factory's declaration; called by {@link DefaultNodeFactory} */
    public static void registerNodes(final Function<DefaultNodeFactory, NodeDeclaration> accessor) {
        s_nodes = Objects.requireNonNull(accessor);
    }

    /** @param accessor reads a page's source; called by {@link Page} */
    public static void registerPages(final Function<Page, PageDeclaration> accessor) {
        s_pages = Objects.requireNonNull(accessor);
    }

    /**
     * @param factory a node factory
     * @return what it declares
     */
    public static NodeDeclaration declarationOf(final DefaultNodeFactory factory) {
        return s_nodes.apply(factory);
    }

    /**
     * @param page a page
     * @return where it comes from
     */
    public static PageDeclaration declarationOf(final Page page) {
        initialize(Page.class);
        return s_pages.apply(page);
    }

    private static void initialize(final Class<?> c) {
        try {
            Class.forName(c.getName(), true, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
