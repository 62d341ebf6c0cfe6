package org.knime.standin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * NOT KNIME API. The KNIME registrations of a bundle's plugin.xml: node categories
 * ({@code org.knime.workbench.repository.categories}), nodes ({@code org.knime.workbench.repository.nodes}) and port
 * types ({@code org.knime.core.PortType}), with the attributes of KNIME's extension point schemas.
 *
 * @param categories the categories
 * @param nodes the nodes
 * @param portTypes the port types
 */
public record PluginXml(List<Category> categories, List<Node> nodes, List<PortTypeEntry> portTypes) {

    /** The category extension point. */
    public static final String CATEGORIES = "org.knime.workbench.repository.categories";

    /** The node extension point. */
    public static final String NODES = "org.knime.workbench.repository.nodes";

    /** The port type extension point. */
    public static final String PORT_TYPES = "org.knime.core.PortType";

    /**
     * A category.
     *
     * @param path the parent path ("/" or "/a/b")
     * @param levelId this level's id
     * @param name shown name
     * @param description description, may be empty
     * @param icon bundle-relative icon path, may be empty
     * @param after level-id of the sibling it follows, may be empty
     */
    public record Category(String path, String levelId, String name, String description, String icon,
        String after) {

        /** @return the full path of nodes in this category: path + level-id */
        public String fullPath() {
            return (path.endsWith("/") ? path : path + "/") + levelId;
        }
    }

    /**
     * A node.
     *
     * @param factoryClass the factory class name
     * @param categoryPath the category path
     * @param after factory class of the node it follows, may be empty
     * @param deprecated whether deprecated
     * @param hidden whether hidden
     */
    public record Node(String factoryClass, String categoryPath, String after, boolean deprecated, boolean hidden) {
    }

    /**
     * A port type.
     *
     * @param name shown name
     * @param color "#RRGGBB", may be empty
     * @param objectClass port object class name
     * @param objectSerializer serializer class name (nested classes with '$')
     * @param specClass spec class name
     * @param specSerializer spec serializer class name
     * @param hidden whether hidden
     */
    public record PortTypeEntry(String name, String color, String objectClass, String objectSerializer,
        String specClass, String specSerializer, boolean hidden) {
    }

    /**
     * @param in plugin.xml (closed)
     * @return its KNIME registrations
     * @throws IOException if it is not well-formed XML
     */
    public static PluginXml parse(final InputStream in) throws IOException {
        final Element root;
        try (InputStream xml = in) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("plugin.xml is not well-formed: " + e.getMessage(), e);
        }
        return new PluginXml( //
            elements(root, CATEGORIES, "category", e -> new Category(e.getAttribute("path"),
                e.getAttribute("level-id"), e.getAttribute("name"), e.getAttribute("description"),
                e.getAttribute("icon"), e.getAttribute("after"))),
            elements(root, NODES, "node", e -> new Node(e.getAttribute("factory-class"),
                e.getAttribute("category-path").isEmpty() ? "/" : e.getAttribute("category-path"),
                e.getAttribute("after"), Boolean.parseBoolean(e.getAttribute("deprecated")),
                Boolean.parseBoolean(e.getAttribute("hidden")))),
            elements(root, PORT_TYPES, "portType", e -> new PortTypeEntry(e.getAttribute("name"),
                e.getAttribute("color"), e.getAttribute("objectClass"), e.getAttribute("objectSerializer"),
                e.getAttribute("specClass"), e.getAttribute("specSerializer"),
                Boolean.parseBoolean(e.getAttribute("hidden")))));
    }

    private static <T> List<T> elements(final Element root, final String point, final String tag,
        final Function<Element, T> read) {
        final List<T> result = new ArrayList<>();
        final NodeList extensions = root.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            final Element ext = (Element)extensions.item(i);
            if (point.equals(ext.getAttribute("point"))) {
                final NodeList children = ext.getElementsByTagName(tag);
                for (int j = 0; j < children.getLength(); j++) {
                    result.add(read.apply((Element)children.item(j)));
                }
            }
        }
        return result;
    }
}
