package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.w3c.dom.Element;

/**
 * Who provides our nodes, as KNIME records it in every node's settings.xml ({@code NodeAndBundleInformationPersistor}):
 * the bundle's name, symbolic name, vendor and version, and the feature that installed it. KNIME takes the feature's
 * id as its p2 installable unit ({@code <id>.feature.group}) and its label with {@code %keys} resolved. Versions are
 * written without qualifier, because a workflow is written before the release build stamps one.
 *
 * @param bundleName {@code Bundle-Name}
 * @param bundleSymbolicName {@code Bundle-SymbolicName} without directives
 * @param bundleVendor {@code Bundle-Vendor}
 * @param bundleVersion major.minor.micro of {@code Bundle-Version}
 * @param featureName the feature's label
 * @param featureSymbolicName the feature's installable unit
 * @param featureVendor the feature's provider
 * @param featureVersion major.minor.micro of the feature version
 */
public record Extension(String bundleName, String bundleSymbolicName, String bundleVendor, String bundleVersion,
    String featureName, String featureSymbolicName, String featureVendor, String featureVersion) {

    /**
     * Reads the running {@code org.mnistlab.knime} bundle's headers and {@code features/org.mnistlab.feature}.
     *
     * @return the identity of this build's nodes
     * @throws IOException if the feature cannot be read
     */
    public static Extension current() throws IOException {
        final Bundle b = FrameworkUtil.getBundle(MnistReaderNodeFactory.class);
        final Path feature = Repository.feature();
        final Element f;
        try (InputStream in = Files.newInputStream(feature.resolve("feature.xml"))) {
            final var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f = factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new IOException("Cannot read " + feature.resolve("feature.xml") + ": " + e.getMessage(), e);
        }
        final Properties texts = new Properties();
        try (InputStream in = Files.newInputStream(feature.resolve("feature.properties"))) {
            texts.load(in);
        }
        return new Extension(b.getHeaders("").get("Bundle-Name"), b.getSymbolicName(),
            b.getHeaders("").get("Bundle-Vendor"), unqualified(b.getVersion()), resolve(f.getAttribute("label"), texts),
            f.getAttribute("id") + ".feature.group", resolve(f.getAttribute("provider-name"), texts),
            unqualified(Version.parseVersion(f.getAttribute("version"))));
    }

    private static String unqualified(final Version v) {
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    private static String resolve(final String text, final Properties texts) {
        return text.startsWith("%") ? texts.getProperty(text.substring(1), text) : text;
    }
}
