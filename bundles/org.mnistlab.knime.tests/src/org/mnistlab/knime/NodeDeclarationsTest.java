package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.node.DefaultNodeFactory;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.WidgetGroup;
import org.knime.standin.testing.NodeHarness;
import org.knime.standin.ui.NodeDeclaration;
import org.knime.standin.ui.NodeDescriptions;
import org.knime.standin.ui.ParameterFields;
import org.knime.standin.ui.PortDeclaration;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.scalerapplier.StandardScalerApplierNodeFactory;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerNodeFactory;
import org.mnistlab.knime.node.svmpredictor.SVMPredictorNodeFactory;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyNodeFactory;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepNodeFactory;

/**
 * Every node is fully documented: KNIME builds its description when the factory is created (malformed XHTML would
 * fail there), every setting is a described dialog option, every port is described, keywords and version are set.
 */
class NodeDeclarationsTest {

    static Stream<DefaultNodeFactory> factories() {
        return Stream.concat(Stream.of(new MnistReaderNodeFactory(), new DigitGridNodeFactory(),
            new OrderedSplitNodeFactory()), Stream.concat(modelNodes(), evaluationNodes()));
    }

    private static Stream<DefaultNodeFactory> modelNodes() {
        return Stream.of(new SGDLearnerNodeFactory(), new SGDPredictorNodeFactory(), new SVMLearnerNodeFactory(),
            new SVMPredictorNodeFactory(), new StandardScalerLearnerNodeFactory(),
            new StandardScalerApplierNodeFactory());
    }

    private static Stream<DefaultNodeFactory> evaluationNodes() {
        return Stream.of(new CrossValidationNodeFactory(), new ScorerNodeFactory(), new ThresholdSweepNodeFactory(),
            new ThresholdApplyNodeFactory());
    }

    @ParameterizedTest
    @MethodSource("factories")
    void everySetting_isADescribedOption(final DefaultNodeFactory factory) {
        final NodeDeclaration d = NodeHarness.of(factory).declaration();
        final List<Widget> widgets = new ArrayList<>();
        d.model().parametersClass().ifPresent(c -> collect(c, widgets, d.name()));
        // a node without parameters (e.g. an applier) has neither dialog nor options
        assertEquals(d.model().parametersClass().isPresent(), !widgets.isEmpty(), d.name());
        for (final Widget w : widgets) {
            assertFalse(w.title().isBlank(), d.name());
            assertTrue(w.description().length() > 20, d.name() + ": " + w.title() + " is not described");
        }
        assertEquals(widgets.stream().map(Widget::title).toList(), NodeDescriptions.optionNames(d.description()));
    }

    private static void collect(final Class<?> parameters, final List<Widget> into, final String node) {
        for (final Field f : ParameterFields.of(parameters)) {
            if (WidgetGroup.class.isAssignableFrom(f.getType())) {
                collect(f.getType(), into, node);
            } else {
                final Widget w = f.getAnnotation(Widget.class);
                assertNotNull(w, node + ": setting " + f.getName() + " has no @Widget (no dialog option)");
                into.add(w);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("factories")
    void node_isDescribedWithPortsKeywordsAndVersion(final DefaultNodeFactory factory) {
        final NodeDeclaration d = NodeHarness.of(factory).declaration();
        assertTrue(d.shortDescription().endsWith("."), d.name());
        assertTrue(d.fullDescription().contains("<p>"), d.name());
        assertEquals(List.of(5, 7, 0), d.sinceVersion(), d.name());
        assertFalse(d.keywords().isEmpty(), d.name());
        Stream.concat(d.inputs().stream(), d.outputs().stream()).map(PortDeclaration::description)
            .forEach(desc -> assertTrue(desc.length() > 10, d.name() + ": port not described"));
        assertEquals(d.inputs().size() + d.outputs().size(),
            d.description().getElementsByTagName("inPort").getLength()
                + d.description().getElementsByTagName("outPort").getLength());
    }
}
