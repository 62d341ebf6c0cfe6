package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.Node;
import org.knime.core.node.NodeDescription;
import org.knime.core.node.NodeDescription.DialogOption;
import org.knime.core.node.NodeFactory;
import org.knime.core.util.Version;
import org.mnistlab.knime.LabNodes.LabNode;
import org.w3c.dom.Element;

/**
 * Every node is documented as KNIME shows it: the node description KNIME builds from the factory (its XML would fail
 * there if malformed) has the version, keywords, an introduction, every port named and described, and one described
 * option per setting of the dialog (that they match the dialog's controls is checked with the dialogs).
 */
class NodeDescriptionsTest {

    private static final String NODES = "org.mnistlab.knime.LabNodes#contributedNodes";

    /**
     * @param node a node
     * @return the description KNIME built for its factory
     */
    static NodeDescription description(final LabNode node) {
        return Node.invokeGetNodeDescription(node.knimeFactory());
    }

    /**
     * @param node a node
     * @return the options its description lists, in order
     */
    static List<DialogOption> options(final LabNode node) {
        return description(node).getDialogOptionGroups().stream().flatMap(g -> g.getOptions().stream()).toList();
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void description_hasVersionKeywordsAndIntroduction(final LabNode node) {
        final NodeDescription d = description(node);
        assertEquals(Optional.of(new Version(5, 7, 0)), d.getSinceVersion());
        assertFalse(List.of(d.getKeywords()).isEmpty());
        assertEquals(node.knimeFactory().getNodeName(), d.getNodeName());
        final String shortDescription = d.getShortDescription().orElseThrow();
        assertTrue(shortDescription.endsWith("."), shortDescription);
        assertTrue(d.getIntro().orElseThrow().length() > 100, node + ": no introduction");
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void description_namesAndDescribesEveryPort(final LabNode node) {
        final NodeFactory<?> factory = node.knimeFactory();
        final NodeDescription d = description(node);
        for (int i = 0; i < node.in().size(); i++) {
            assertFalse(d.getInportName(i).isBlank(), node + ": input " + i + " has no name");
            assertTrue(d.getInportDescription(i).length() > 10, node + ": input " + i + " is not described");
            assertEquals(d.getInportName(i), factory.getInportName(i));
        }
        for (int i = 0; i < node.out().size(); i++) {
            assertFalse(d.getOutportName(i).isBlank(), node + ": output " + i + " has no name");
            assertTrue(d.getOutportDescription(i).length() > 10, node + ": output " + i + " is not described");
            assertEquals(d.getOutportName(i), factory.getOutportName(i));
        }
        final Element xml = factory.getXMLDescription();
        assertEquals("knimeNode", xml.getLocalName() == null ? xml.getTagName() : xml.getLocalName());
        assertEquals(node.in().size(), xml.getElementsByTagName("inPort").getLength());
        assertEquals(node.out().size(), xml.getElementsByTagName("outPort").getLength());
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void description_describesEveryOption(final LabNode node) {
        final List<DialogOption> options = options(node);
        // a node without settings (an applier) has neither dialog nor options
        assertEquals(node.parameters().isPresent(), !options.isEmpty(), node + ": " + options);
        for (final DialogOption o : options) {
            assertFalse(o.getName().isBlank(), node + ": an option without name");
            assertTrue(o.getDescription().length() > 20, node + ": option " + o.getName() + " is not described");
        }
    }
}
