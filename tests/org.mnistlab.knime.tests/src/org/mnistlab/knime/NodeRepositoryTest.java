package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.extension.CategoryExtension;
import org.knime.core.node.extension.NodeSpec;
import org.knime.core.node.extension.NodeSpecCollectionProvider;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.LabNodes.LabNode;
import org.mnistlab.knime.testing.TestWorkflow;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Our nodes as KNIME finds them: the factories plugin.xml contributes to KNIME's extension point, instantiated by
 * KNIME's {@code NodeFactoryProvider} (as for the node repository and for loading a workflow), listed by the node
 * repository's {@code NodeSpecCollectionProvider} in our categories with name, icon and ports, and created as nodes
 * of a workflow.
 */
class NodeRepositoryTest {

    private static final String NODES = "org.mnistlab.knime.LabNodes#contributedNodes";

    @Test
    void pluginXml_contributesOurFourteenNodes() {
        final List<String> contributed = LabNodes.contributed();
        assertEquals(14, contributed.size(), contributed.toString());
        assertEquals(LabNodes.expected().keySet(), Set.copyOf(contributed));
    }

    /**
     * The names a KNIME user sees in the node repository and under each node of a workflow: a node that computes what
     * a scikit-learn estimator or function computes is named after it and says "(scikit-learn)"; the reader and the
     * picture, which have no counterpart, are named after MNIST and its digits. No name is one of KNIME Base's (0.1.0
     * had "SVM Learner", "SVM Predictor" and "Scorer"); the factory classes stay, so saved workflows still load.
     */
    @Test
    void names_tellOurNodesApartFromKnimeBasesAtAGlance() {
        final Map<String, String> expected = Map.ofEntries(
            Map.entry("MnistReaderNodeFactory", "MNIST Reader"),
            Map.entry("DigitGridNodeFactory", "Digit Grid"),
            Map.entry("OrderedSplitNodeFactory", "Train-Test Split (scikit-learn)"),
            Map.entry("StandardScalerLearnerNodeFactory", "Standard Scaler Learner (scikit-learn)"),
            Map.entry("StandardScalerApplierNodeFactory", "Standard Scaler Applier (scikit-learn)"),
            Map.entry("SGDLearnerNodeFactory", "SGD Learner (scikit-learn)"),
            Map.entry("SGDPredictorNodeFactory", "SGD Predictor (scikit-learn)"),
            Map.entry("SVMLearnerNodeFactory", "SVC Learner (scikit-learn)"),
            Map.entry("SVMPredictorNodeFactory", "SVC Predictor (scikit-learn)"),
            Map.entry("CrossValidationNodeFactory", "Cross-Validation (scikit-learn)"),
            Map.entry("ScorerNodeFactory", "Classification Scorer (scikit-learn)"),
            Map.entry("ThresholdSweepNodeFactory", "Threshold Sweep (scikit-learn)"),
            Map.entry("ThresholdApplyNodeFactory", "Threshold Apply (scikit-learn)"),
            Map.entry("RocCurveNodeFactory", "ROC Curve (scikit-learn)"));
        final Map<String, String> names = LabNodes.contributedNodes().collect(Collectors.toMap(
            n -> n.factory().getSimpleName(), n -> n.knimeFactory().getNodeName()));
        assertEquals(expected, names);
        final Set<String> base = KnimeBaseNodeNames.all();
        assertTrue(base.containsAll(Set.of("SVM Learner", "SVM Predictor", "Scorer", "Normalizer", "Row Splitter")),
            "the list of KNIME Base's names is complete enough to mean something");
        assertEquals(Set.of(), names.values().stream().filter(base::contains).collect(Collectors.toSet()),
            "names of KNIME Base nodes");
        assertEquals(names.size(), Set.copyOf(names.values()).size(), "each name once");
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void knime_instantiatesTheFactoryNamedInPluginXml(final LabNode node) {
        final NodeFactory<?> factory = node.knimeFactory();
        assertSame(node.factory(), factory.getClass());
        assertTrue(factory instanceof DefaultNodeFactory, "declared with KNIME's public node API");
        assertFalse(factory.isDeprecated());
        assertFalse(factory.getNodeName().isBlank());
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void nodeRepository_listsTheNodeInItsCategoryWithNameIconAndPorts(final LabNode node) throws IOException {
        final NodeSpec spec = NodeSpecCollectionProvider.getInstance().getActiveNodes().values().stream()
            .filter(s -> s.factory().className().equals(node.factory().getName())).findFirst()
            .orElseThrow(() -> new AssertionError(node + " is not among the node repository's active nodes"));
        assertEquals("/mnistlab/" + node.category(), spec.metadata().categoryPath());
        assertEquals(node.knimeFactory().getNodeName(), spec.metadata().nodeName());
        assertFalse(spec.deprecated() || spec.hidden());
        assertFalse(spec.metadata().keywords().isEmpty(), "keywords for the repository's search");
        assertEquals(Set.of("MNIST Lab", categories().get("/mnistlab/" + node.category()).getName()),
            Set.copyOf(spec.metadata().tags()));
        assertIcon16x16(spec.icon(), node.toString());
        assertEquals(classNames(node.in()),
            spec.ports().inputPorts().stream().map(p -> p.type().getPortObjectClass()).toList());
        assertEquals(classNames(node.out()),
            spec.ports().outputPorts().stream().map(p -> p.type().getPortObjectClass()).toList());
        Stream.concat(spec.ports().inputPorts().stream(), spec.ports().outputPorts().stream()).forEach(p -> {
            assertFalse(p.name().isBlank(), node + ": port " + p.index() + " has no name");
            assertTrue(p.description().length() > 10, node + ": port " + p.name() + " is not described");
        });
    }

    @ParameterizedTest
    @MethodSource(NODES)
    void workflow_createsTheNodeWithItsPorts(final LabNode node) throws IOException {
        try (TestWorkflow w = TestWorkflow.create()) {
            final NativeNodeContainer nnc = node.addTo(w);
            assertSame(node.factory(), nnc.getNode().getFactory().getClass(), "not a MISSING node");
            assertNotNull(nnc.getNodeModel(), "KNIME created the node model");
            final List<PortType> in = new ArrayList<>();
            for (int i = 1; i < nnc.getNrInPorts(); i++) { // port 0 is KNIME's flow variable port
                in.add(nnc.getInPort(i).getPortType());
            }
            final List<PortType> out = new ArrayList<>();
            for (int i = 1; i < nnc.getNrOutPorts(); i++) {
                out.add(nnc.getOutPort(i).getPortType());
            }
            assertEquals(node.in(), in);
            assertEquals(node.out(), out);
        }
    }

    @Test
    void categories_mnistLabHoldsSixOrderedSubcategoriesWithIconsAndDescriptions() throws IOException {
        final Map<String, CategoryExtension> all = categories();
        final CategoryExtension root = all.get("/mnistlab");
        assertNotNull(root, "category /mnistlab");
        assertEquals("MNIST Lab", root.getName());
        assertTrue(root.isLocked(), "only our plugin adds to it");
        final List<CategoryExtension> subcategories =
            all.values().stream().filter(c -> c.getPath().equals("/mnistlab/")).toList();
        assertEquals(List.of("IO", "Manipulation", "Learners", "Predictors", "Evaluation", "Views"),
            inAfterOrder(subcategories).stream().map(CategoryExtension::getName).toList());
        final Bundle bundle = FrameworkUtil.getBundle(LabNodes.class);
        for (final CategoryExtension c : all.values().stream()
            .filter(c -> LabNodes.BUNDLE.equals(c.getContributingPlugin())).toList()) {
            assertFalse(c.getDescription().isBlank(), c.getCompletePath());
            assertIcon16x16(bundle.getEntry(c.getIcon()), c.getCompletePath() + " icon " + c.getIcon());
        }
        assertEquals(7, all.values().stream().filter(c -> LabNodes.BUNDLE.equals(c.getContributingPlugin())).count());
    }

    /**
     * The categories as their "after" attributes chain them: the first follows none, each next one follows the
     * previous; all siblings must be in the chain.
     */
    private static List<CategoryExtension> inAfterOrder(final List<CategoryExtension> siblings) {
        final Set<String> ids = siblings.stream().map(CategoryExtension::getLevelId).collect(Collectors.toSet());
        final List<CategoryExtension> order = new ArrayList<>();
        String previous = "";
        while (order.size() < siblings.size()) {
            final String after = previous;
            final List<CategoryExtension> next = siblings.stream()
                .filter(c -> after.isEmpty() ? !ids.contains(c.getAfterID()) : c.getAfterID().equals(after))
                .toList();
            assertEquals(1, next.size(), "categories after \"" + after + "\": " + next);
            order.add(next.get(0));
            previous = next.get(0).getLevelId();
        }
        return order;
    }

    private static Map<String, CategoryExtension> categories() {
        return NodeSpecCollectionProvider.getInstance().getCategoryExtensions();
    }

    private static List<String> classNames(final List<PortType> types) {
        return types.stream().map(t -> t.getPortObjectClass().getName()).toList();
    }

    private static void assertIcon16x16(final URL icon, final String what) throws IOException {
        assertNotNull(icon, what + ": no icon");
        try (InputStream in = icon.openStream()) {
            final BufferedImage image = ImageIO.read(in);
            assertNotNull(image, what + ": not an image");
            assertEquals(List.of(16, 16), List.of(image.getWidth(), image.getHeight()), what);
        }
    }
}
