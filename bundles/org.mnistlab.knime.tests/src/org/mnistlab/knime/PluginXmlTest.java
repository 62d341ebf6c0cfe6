package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.standin.testing.NodeHarness;
import org.knime.standin.testing.PluginXml;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Everything plugin.xml names exists: factories, icons, categories, port type classes. */
class PluginXmlTest {

    private static Bundle s_bundle;

    private static PluginXml s_plugin;

    @BeforeAll
    static void read() throws IOException {
        s_bundle = FrameworkUtil.getBundle(MnistReaderNodeFactory.class);
        try (InputStream in = s_bundle.getEntry("plugin.xml").openStream()) {
            s_plugin = PluginXml.parse(in);
        }
    }

    static Stream<String> factories() throws IOException {
        read();
        return s_plugin.nodes().stream().map(PluginXml.Node::factoryClass);
    }

    @ParameterizedTest
    @MethodSource("factories")
    void factory_instantiatesAndHasAnIcon(final String factoryClass) throws Exception {
        final NodeHarness node = NodeHarness.of(factoryClass, MnistReaderNodeFactory.class.getClassLoader());
        final URL icon = node.icon().orElseThrow(() -> new AssertionError(factoryClass + ": icon not found"));
        try (InputStream in = icon.openStream()) {
            final var image = ImageIO.read(in);
            assertEquals(16, image.getWidth(), factoryClass);
            assertEquals(16, image.getHeight(), factoryClass);
        }
    }

    @Test
    void nodes_areInDeclaredCategoriesUnderMnistLab() {
        final Set<String> categories =
            s_plugin.categories().stream().map(PluginXml.Category::fullPath).collect(Collectors.toSet());
        assertTrue(categories.contains("/mnistlab"));
        for (final PluginXml.Node n : s_plugin.nodes()) {
            assertTrue(categories.contains(n.categoryPath()), n.factoryClass() + " in " + n.categoryPath());
            assertTrue(n.categoryPath().startsWith("/mnistlab/"), n.factoryClass());
            assertFalse(n.deprecated() || n.hidden(), n.factoryClass());
        }
    }

    @Test
    void categories_haveParentsIconsAndOrder() {
        final Set<String> levels =
            s_plugin.categories().stream().map(PluginXml.Category::levelId).collect(Collectors.toSet());
        final Set<String> paths =
            s_plugin.categories().stream().map(PluginXml.Category::fullPath).collect(Collectors.toSet());
        for (final PluginXml.Category c : s_plugin.categories()) {
            assertTrue(c.path().equals("/") || paths.contains(c.path()), c.levelId() + " has no parent");
            assertFalse(c.name().isBlank(), c.levelId());
            assertNotNull(s_bundle.getEntry(c.icon()), c.levelId() + ": icon " + c.icon());
            assertTrue(c.after().isEmpty() || levels.contains(c.after()), c.levelId() + " after " + c.after());
        }
        assertEquals(List.of("IO", "Manipulation", "Learners", "Predictors", "Evaluation", "Views"),
            s_plugin.categories().stream().filter(c -> c.path().equals("/mnistlab")).map(PluginXml.Category::name)
                .toList());
    }

    @Test
    void portTypes_classesExistAndMatch() throws Exception {
        assertEquals(1, s_plugin.portTypes().size());
        for (final PluginXml.PortTypeEntry p : s_plugin.portTypes()) {
            final Class<?> object = s_bundle.loadClass(p.objectClass());
            final Class<?> spec = s_bundle.loadClass(p.specClass());
            assertTrue(PortObject.class.isAssignableFrom(object));
            assertTrue(PortObjectSpec.class.isAssignableFrom(spec));
            assertEquals(spec, object.getMethod("getSpec").getReturnType(), "getSpec() must return the spec class");
            assertEquals(object, s_bundle.loadClass(p.objectSerializer()).getDeclaringClass());
            assertEquals(spec, s_bundle.loadClass(p.specSerializer()).getDeclaringClass());
            assertNotNull(object.getConstructor(), "public no-arg constructor");
            assertNotNull(spec.getConstructor(), "public no-arg constructor");
        }
    }
}
