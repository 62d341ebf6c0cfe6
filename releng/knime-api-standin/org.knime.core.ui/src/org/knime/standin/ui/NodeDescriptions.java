package org.knime.standin.ui;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.node.parameters.WidgetGroup;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.Label;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * NOT KNIME API. Builds the node description document the way KNIME's {@code DefaultNodeDescriptionUtil} does when a
 * {@code DefaultNodeFactory} is constructed: a {@code knimeNode} element with name, short and full description, one
 * {@code option} per {@link Widget} field of the model and view parameters (enum fields list their constants' labels
 * and descriptions), links, ports, the view and keywords. Every description is parsed as an XML fragment (wrapped in
 * {@code <fragment>}), so text that is not well-formed XHTML fails with KNIME's
 * {@code IllegalStateException("Problem creating node description")}. Options are listed in field order (KNIME
 * orders them by dialog layout).
 */
public final class NodeDescriptions {

    private NodeDescriptions() {
    }

    /**
     * @param d the declaration (its {@code description} is ignored)
     * @return the description document
     * @throws IllegalStateException if a description is not well-formed XHTML
     */
    public static Document create(final NodeDeclaration d) {
        final DocumentBuilder builder;
        try {
            builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Problem creating node description", e);
        }
        final Document doc = builder.newDocument();
        final Element node = doc.createElement("knimeNode");
        node.setAttribute("icon", d.icon());
        node.setAttribute("type", d.nodeType().toString());
        append(node, "name").setTextContent(d.name());
        append(node, "shortDescription").appendChild(fragment(d.shortDescription(), builder, doc));
        final Element full = append(node, "fullDescription");
        append(full, "intro").appendChild(fragment(d.fullDescription(), builder, doc));
        final Element tab = append(full, "tab");
        tab.setAttribute("name", "Options");
        d.model().parametersClass().ifPresent(c -> addOptions(tab, c, builder, doc));
        d.view().flatMap(ViewDeclaration::parametersClass).ifPresent(c -> addOptions(tab, c, builder, doc));
        for (final ExternalResourceDeclaration r : d.externalResources()) {
            final Element link = append(full, "link");
            link.setAttribute("href", r.href());
            link.appendChild(fragment(r.description(), builder, doc));
        }
        final Element ports = append(node, "ports");
        addPorts(ports, "inPort", d.inputs(), builder, doc);
        addPorts(ports, "outPort", d.outputs(), builder, doc);
        d.view().ifPresent(v -> {
            final Element view = append(append(node, "views"), "view");
            view.setAttribute("index", "0");
            view.setAttribute("name", d.name());
            view.appendChild(fragment(v.description(), builder, doc));
        });
        if (!d.keywords().isEmpty()) {
            final Element keywords = append(node, "keywords");
            d.keywords().forEach(k -> append(keywords, "keyword").setTextContent(k));
        }
        doc.appendChild(node);
        return doc;
    }

    /**
     * @param description a description document
     * @return the option names ({@code name} attributes), in order
     */
    public static List<String> optionNames(final Document description) {
        final NodeList options = description.getElementsByTagName("option");
        final List<String> names = new ArrayList<>();
        for (int i = 0; i < options.getLength(); i++) {
            names.add(((Element)options.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static Element append(final Element parent, final String tag) {
        final Element e = parent.getOwnerDocument().createElement(tag);
        parent.appendChild(e);
        return e;
    }

    private static void addPorts(final Element ports, final String tag, final List<PortDeclaration> declared,
        final DocumentBuilder builder, final Document doc) {
        int index = 0;
        for (final PortDeclaration p : declared) {
            final Element port = doc.createElement(tag);
            port.setAttribute("name", p.name());
            port.setAttribute("index", Integer.toString(index++));
            port.appendChild(fragment(p.description(), builder, doc));
            ports.appendChild(port);
        }
    }

    private static void addOptions(final Element tab, final Class<?> parameters, final DocumentBuilder builder,
        final Document doc) {
        for (final Field f : ParameterFields.of(parameters)) {
            final Widget w = f.getAnnotation(Widget.class);
            final Class<?> elementType = elementType(f);
            if (w != null) {
                String text = w.description();
                if (f.getType().isEnum()) {
                    text += constantList(f.getType());
                } else if (elementType != null) {
                    text += childList(elementType);
                }
                final Element option = doc.createElement("option");
                option.setAttribute("name", w.title());
                option.appendChild(fragment(text, builder, doc));
                tab.appendChild(option);
            } else if (WidgetGroup.class.isAssignableFrom(f.getType())) {
                addOptions(tab, f.getType(), builder, doc);
            }
        }
    }

    /** @return the element class of an array/collection of widget groups, else null */
    private static Class<?> elementType(final Field f) {
        if (f.getType().isArray() && WidgetGroup.class.isAssignableFrom(f.getType().getComponentType())) {
            return f.getType().getComponentType();
        }
        if (Collection.class.isAssignableFrom(f.getType()) && f.getGenericType() instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> c && WidgetGroup.class.isAssignableFrom(c)) {
            return c;
        }
        return null;
    }

    private static String childList(final Class<?> element) {
        final List<String[]> items = new ArrayList<>();
        for (final Field f : ParameterFields.of(element)) {
            final Widget w = f.getAnnotation(Widget.class);
            if (w != null) {
                items.add(new String[]{w.title(), w.description()});
            }
        }
        return list(items);
    }

    private static String constantList(final Class<?> enumType) {
        final List<String[]> items = new ArrayList<>();
        for (final Object c : enumType.getEnumConstants()) {
            final String name = ((Enum<?>)c).name();
            Label label;
            try {
                label = enumType.getField(name).getAnnotation(Label.class);
            } catch (NoSuchFieldException e) {
                label = null;
            }
            if (label != null) {
                items.add(new String[]{label.value(), label.description()});
            } else {
                final String s = name.toLowerCase(Locale.ROOT).replace('_', ' ');
                items.add(new String[]{Character.toUpperCase(s.charAt(0)) + s.substring(1), null});
            }
        }
        return list(items);
    }

    /** KNIME's {@code DescriptionUtil.getDescriptionsUlString}: a list only if some item has a description. */
    private static String list(final List<String[]> items) {
        if (items.stream().noneMatch(i -> i[1] != null && !i[1].isEmpty())) {
            return "";
        }
        final StringBuilder b = new StringBuilder("\n<ul>");
        for (final String[] i : items) {
            b.append("\n<li><b>").append(escape(i[0])).append("</b>");
            if (i[1] != null && !i[1].isEmpty()) {
                b.append(": ").append(i[1]);
            }
            b.append("</li>");
        }
        return b.append("\n</ul>").toString();
    }

    private static String escape(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static DocumentFragment fragment(final String s, final DocumentBuilder builder, final Document doc) {
        final Document parsed;
        try {
            parsed = builder.parse(new InputSource(new StringReader("<fragment>" + s + "</fragment>")));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Problem creating node description", e);
        }
        final DocumentFragment fragment = doc.createDocumentFragment();
        final NodeList children = parsed.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            fragment.appendChild(doc.importNode(children.item(i), true));
        }
        return fragment;
    }
}
