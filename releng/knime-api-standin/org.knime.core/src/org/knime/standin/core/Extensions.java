package org.knime.standin.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * NOT KNIME API. Reads {@code org.knime.core.PortType} extensions from the plugin.xml of every bundle of the running
 * OSGi framework, which is where KNIME's {@code PortTypeRegistry} gets them (through the Eclipse extension registry).
 * So a port type that a bundle forgets to register in plugin.xml is missing in the stand-in, too. Outside OSGi
 * (plain class path) nothing is found.
 */
public final class Extensions {

    /** The extension point KNIME's port type registry reads. */
    public static final String PORT_TYPE_POINT = "org.knime.core.PortType";

    private Extensions() {
    }

    /** @return the port types registered by installed bundles */
    public static List<PortTypeExtension> portTypes() {
        final List<PortTypeExtension> result = new ArrayList<>();
        for (final Bundle b : bundles()) {
            final URL pluginXml = (b.getHeaders().get("Fragment-Host") == null) ? b.getEntry("plugin.xml") : null;
            if (pluginXml != null) {
                readPortTypes(b, pluginXml, result);
            }
        }
        return result;
    }

    private static Bundle[] bundles() {
        final Bundle self = FrameworkUtil.getBundle(Extensions.class);
        if (self == null) {
            return new Bundle[0];
        }
        BundleContext context = self.getBundleContext();
        if (context == null) {
            context = self.adapt(BundleContext.class);
        }
        return context == null ? new Bundle[]{self} : context.getBundles();
    }

    private static void readPortTypes(final Bundle bundle, final URL pluginXml, final List<PortTypeExtension> into) {
        final Element root;
        try (InputStream in = pluginXml.openStream()) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Unreadable plugin.xml of bundle " + bundle.getSymbolicName(), e);
        }
        final NodeList extensions = root.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            final Element ext = (Element)extensions.item(i);
            if (!PORT_TYPE_POINT.equals(ext.getAttribute("point"))) {
                continue;
            }
            final NodeList types = ext.getElementsByTagName("portType");
            for (int j = 0; j < types.getLength(); j++) {
                final Element t = (Element)types.item(j);
                into.add(new PortTypeExtension(t.getAttribute("name"), emptyToNull(t.getAttribute("color")),
                    Boolean.parseBoolean(t.getAttribute("hidden")), load(bundle, t, "objectClass"),
                    load(bundle, t, "objectSerializer"), load(bundle, t, "specClass"),
                    load(bundle, t, "specSerializer")));
            }
        }
    }

    private static Class<?> load(final Bundle bundle, final Element e, final String attribute) {
        final String name = emptyToNull(e.getAttribute(attribute));
        if (name == null) {
            return null;
        }
        try {
            return bundle.loadClass(name);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(
                "plugin.xml of " + bundle.getSymbolicName() + ": " + attribute + " " + name + " does not exist", ex);
        }
    }

    private static String emptyToNull(final String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
