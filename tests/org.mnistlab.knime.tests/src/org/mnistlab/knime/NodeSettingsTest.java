package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.node.parameters.NodeParameters;
import org.mnistlab.knime.LabNodes.LabNode;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Dialogs;
import org.mnistlab.knime.testing.ParameterFields;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.TestWorkflow;
import org.mnistlab.knime.testing.Xml;

/**
 * Every node's settings through KNIME's own persistence, defaults and settings a user might choose: what a node
 * saves is written as KNIME's settings.xml, read back and loaded into a new node, which saves the same tree again,
 * and KNIME reads the parameters back field by field as they were applied.
 */
class NodeSettingsTest {

    private static final String NODES = "org.mnistlab.knime.LabNodes#contributedNodes";

    private static final String NODES_WITH_SETTINGS = "org.mnistlab.knime.LabNodes#contributedNodesWithParameters";

    @ParameterizedTest
    @MethodSource(NODES)
    void defaults_savedAndLoadedByKnime_comeBackEqual(final LabNode node) throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final NodeSettings saved = w.settings(node.addTo(w));
            final NodeSettings reloaded = throughSettingsXml(w, node, saved);
            ConfigTrees.assertSameTree(saved, reloaded);
            if (node.parameters().isPresent()) {
                ParameterFields.assertEqualFieldByField(Parameters.defaults(node.parametersClass()),
                    Parameters.load(node.parametersClass(), reloaded.getNodeSettings("model")));
            }
        }
    }

    @ParameterizedTest
    @MethodSource(NODES_WITH_SETTINGS)
    void proposalsForAConnectedNode_savedAndLoadedByKnime_comeBackEqual(final LabNode node) throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final NodeSettings saved = w.settings(node.addConnectedTo(w));
            final NodeSettings reloaded = throughSettingsXml(w, node, saved);
            ConfigTrees.assertSameTree(saved, reloaded);
            // what KNIME proposes for the connected inputs, e.g. the label column
            final PortObjectSpec[] specs = node.inputs().get().stream().map(PortObject::getSpec)
                .toArray(PortObjectSpec[]::new);
            ParameterFields.assertEqualFieldByField(Parameters.create(node.parametersClass(), specs),
                Parameters.load(node.parametersClass(), reloaded.getNodeSettings("model")));
        }
    }

    @ParameterizedTest
    @MethodSource(NODES_WITH_SETTINGS)
    void nonDefaults_areSettingsOfTheNodeThatDifferFromTheDefaults(final LabNode node) throws Exception {
        final NodeSettings edited = node.nonDefaultSettings();
        final NodeParameters p = Parameters.load(node.parametersClass(), edited);
        // every value is a setting KNIME reads and saves again as it was written
        ConfigTrees.assertSameTree(edited, Parameters.toSettings(p, "model"));
        assertEquals(sorted(node.nonDefaultFields()),
            sorted(ParameterFields.differences(Parameters.defaults(node.parametersClass()), p)));
    }

    @ParameterizedTest
    @MethodSource(NODES_WITH_SETTINGS)
    void nonDefaults_savedAndLoadedByKnime_comeBackEqual(final LabNode node) throws Exception {
        final NodeParameters applied = Parameters.load(node.parametersClass(), node.nonDefaultSettings());
        try (TestWorkflow w = TestWorkflow.create()) {
            final NativeNodeContainer nnc = node.addTo(w);
            w.apply(nnc, applied);
            final NodeSettings saved = w.settings(nnc);
            ConfigTrees.assertSameTree(node.nonDefaultSettings(), (NodeSettings)saved.getNodeSettings("model"));
            final NodeSettings reloaded = throughSettingsXml(w, node, saved);
            ConfigTrees.assertSameTree(saved, reloaded);
            ParameterFields.assertEqualFieldByField(applied,
                Parameters.load(node.parametersClass(), reloaded.getNodeSettings("model")));
        }
    }

    @ParameterizedTest
    @MethodSource(NODES_WITH_SETTINGS)
    void nonDefaults_throughTheDialog_comeBackUnchanged(final LabNode node) throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final NativeNodeContainer nnc = node.addConnectedTo(w);
            w.apply(nnc, Parameters.load(node.parametersClass(), node.nonDefaultSettings()));
            final NodeSettings before = w.settings(nnc);
            Dialogs.ok(nnc, Dialogs.open(nnc));
            Dialogs.assertOkKept(before, w.settings(nnc));
        }
    }

    /** Writes a node's settings as KNIME's XML, reads it and loads it into a new node of the same kind. */
    private static NodeSettings throughSettingsXml(final TestWorkflow w, final LabNode node,
        final NodeSettings saved) throws IOException, InvalidSettingsException {
        final NodeSettingsRO read = Xml.parse(Xml.toString(saved));
        final NativeNodeContainer fresh = node.addTo(w);
        w.load(fresh, read);
        return w.settings(fresh);
    }

    private static List<String> sorted(final List<String> l) {
        return l.stream().sorted().toList();
    }
}
