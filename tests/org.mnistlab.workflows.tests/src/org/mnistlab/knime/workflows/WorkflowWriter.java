package org.mnistlab.knime.workflows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.standin.testing.NodeHarness;
import org.knime.standin.testing.NodeHarness.Configured;
import org.knime.standin.testing.Parameters;
import org.knime.standin.testing.Xml;
import org.knime.standin.ui.PortDeclaration;
import org.mnistlab.knime.workflows.WorkflowDefinition.Annotation;
import org.mnistlab.knime.workflows.WorkflowDefinition.Connection;
import org.mnistlab.knime.workflows.WorkflowDefinition.Link;
import org.mnistlab.knime.workflows.WorkflowDefinition.Node;

/**
 * Writes a {@link WorkflowDefinition} as the files KNIME 5.7+ saves for a workflow that was built and configured but
 * not executed (knime-core {@code FileWorkflowPersistor}, {@code FileSingleNodeContainerPersistor},
 * {@code FileNativeNodeContainerPersistor}, {@code FileNodePersistor}, {@code NodeAndBundleInformationPersistor},
 * {@code ModifiableNodeCreationConfiguration}, {@code AnnotationData}, {@code NodeContainerMetadata}), in their key
 * order:
 * <ul>
 * <li>each node's {@code model} settings are what KNIME saves for its parameters class: a new node's parameters
 * (created from its input specs, as when the node is connected in the editor), the definition's changes applied,
 * loaded and validated as KNIME loads settings, and saved again;</li>
 * <li>nodes are configured in the order they run, so a node whose inputs all have specs is {@code CONFIGURED}, as
 * KNIME saves it; a configure error fails the generation;</li>
 * <li>no execution data: {@code hasContent=false}, no port folders.</li>
 * </ul>
 * Everything is deterministic (dates are the definition's), so regenerating gives byte-identical files.
 */
public final class WorkflowWriter {

    /** The author recorded in the workflows. */
    static final String AUTHOR = "MNIST Lab";

    private final Extension m_extension;

    private final String m_date;

    /**
     * @param extension the identity of our nodes' bundle and feature
     * @param date when the workflows were authored, {@code yyyy-MM-dd HH:mm:ss Z} as KNIME writes it
     */
    public WorkflowWriter(final Extension extension, final String date) {
        m_extension = extension;
        m_date = date;
    }

    /**
     * @param w the workflow
     * @return its files: path relative to the workflow folder ({@code /}-separated) to content
     */
    public SortedMap<String, byte[]> write(final WorkflowDefinition w) {
        final SortedMap<String, byte[]> files = new TreeMap<>();
        final Map<Integer, Node> nodes = new HashMap<>();
        w.nodes().forEach(n -> nodes.put(n.id(), n));
        final List<int[]> edges = w.connections().stream().map(c -> new int[]{c.sourceId(), c.destId()}).toList();
        final Map<Integer, PortObjectSpec[]> outSpecs = new HashMap<>();
        final Map<Integer, String> states = new HashMap<>();
        final List<Integer> order;
        try {
            order = Topology.order(nodes.keySet(), edges);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(w.name() + ": " + e.getMessage(), e);
        }
        for (final int id : order) {
            final Node n = nodes.get(id);
            final NodeHarness harness = NodeHarness.of(n.factory());
            final String where = w.name() + ", node #" + id + " " + harness.declaration().name();
            final PortObjectSpec[] inSpecs = inSpecs(w, n, harness, outSpecs, where);
            final NodeSettings model = modelSettings(n, harness, inSpecs, where);
            final boolean configurable = Arrays.stream(inSpecs).allMatch(s -> s != null);
            if (configurable) {
                outSpecs.put(id, configure(harness, model, inSpecs, where));
            }
            states.put(id, configurable ? KnimeFormat.CONFIGURED : KnimeFormat.IDLE);
            final String folder = KnimeFormat.nodeFolder(harness.declaration().name(), id);
            files.put(folder + "/" + KnimeFormat.SETTINGS_FILE,
                xml(nodeSettings(n, harness, model, states.get(id))));
        }
        final boolean allConfigured = states.values().stream().allMatch(KnimeFormat.CONFIGURED::equals);
        files.put(KnimeFormat.WORKFLOW_FILE,
            xml(workflowSettings(w, allConfigured ? KnimeFormat.CONFIGURED : KnimeFormat.IDLE)));
        files.put(KnimeFormat.METADATA_FILE, metadata(w).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static PortObjectSpec[] inSpecs(final WorkflowDefinition w, final Node n, final NodeHarness harness,
        final Map<Integer, PortObjectSpec[]> outSpecs, final String where) {
        final PortObjectSpec[] in = new PortObjectSpec[harness.inputTypes().length];
        for (final Connection c : w.connections()) {
            if (c.destId() == n.id()) {
                if (c.destPort() < 0 || c.destPort() >= in.length) {
                    throw new IllegalStateException(where + " has no input port " + c.destPort());
                }
                final PortObjectSpec[] source = outSpecs.get(c.sourceId());
                in[c.destPort()] = source == null ? null : source[c.sourcePort()];
            }
        }
        return in;
    }

    private static NodeSettings modelSettings(final Node n, final NodeHarness harness, final PortObjectSpec[] inSpecs,
        final String where) {
        if (harness.parametersClass().isEmpty()) {
            if (!n.settings().isEmpty()) {
                throw new IllegalStateException(where + " has no settings, but " + n.settings().keySet() + " are set");
            }
            return new NodeSettings("model");
        }
        final NodeSettings edited = Parameters.toSettings(harness.defaultParameters(inSpecs), "model");
        try {
            n.settings().forEach((key, value) -> SettingsEdit.set(edited, key, value));
            final NodeParameters loaded = harness.loadParameters(edited);
            return Parameters.toSettings(loaded, "model");
        } catch (IllegalArgumentException | InvalidSettingsException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static PortObjectSpec[] configure(final NodeHarness harness, final NodeSettings model,
        final PortObjectSpec[] inSpecs, final String where) {
        try {
            final NodeParameters p = harness.parametersClass().isEmpty() ? null : harness.loadParameters(model);
            final Configured c = harness.configure(p, inSpecs);
            return c.outSpecs().toArray(PortObjectSpec[]::new);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(where + " does not configure: " + e.getMessage(), e);
        }
    }

    private NodeSettings nodeSettings(final Node n, final NodeHarness harness, final NodeSettings model,
        final String state) {
        final String name = harness.declaration().name();
        final NodeSettings s = new NodeSettings(KnimeFormat.SETTINGS_FILE);
        s.addString("node_file", KnimeFormat.SETTINGS_FILE);
        s.addNodeSettings("flow_stack");
        s.addNodeSettings("internal_node_subsettings").addString("memory_policy", KnimeFormat.MEMORY_POLICY);
        s.addNodeSettings(model);
        nodeAnnotation(s.addNodeSettings("nodeAnnotation"), n);
        s.addString("customDescription", null);
        s.addString("state", state);
        s.addString("factory", n.factory().getClass().getName());
        s.addString("node-name", name);
        s.addString("node-bundle-name", m_extension.bundleName());
        s.addString("node-bundle-symbolic-name", m_extension.bundleSymbolicName());
        s.addString("node-bundle-vendor", m_extension.bundleVendor());
        s.addString("node-bundle-version", m_extension.bundleVersion());
        s.addString("node-feature-name", m_extension.featureName());
        s.addString("node-feature-symbolic-name", m_extension.featureSymbolicName());
        s.addString("node-feature-vendor", m_extension.featureVendor());
        s.addString("node-feature-version", m_extension.featureVersion());
        s.addNodeSettings("factory_settings");
        final List<PortDeclaration> ports = new ArrayList<>(harness.declaration().inputs());
        ports.addAll(harness.declaration().outputs());
        if (!ports.isEmpty()) {
            final NodeSettingsWO creation = s.addNodeSettings("node_creation_config");
            ports.forEach(p -> creation.addNodeSettings(p.groupId()));
        }
        s.addString("name", name);
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        final NodeSettingsWO out = s.addNodeSettings("ports");
        for (int i = 1; i <= harness.declaration().outputs().size(); i++) {
            final NodeSettingsWO port = out.addNodeSettings("port_" + i);
            port.addInt("index", i);
            port.addString("port_dir_location", null);
        }
        final NodeSettingsWO stores = s.addNodeSettings("filestores");
        stores.addString("file_store_location", null);
        stores.addString("file_store_id", null);
        return s;
    }

    /** The text under a node, centred below it as KNIME 5 draws node annotations. */
    private static void nodeAnnotation(final NodeSettingsWO a, final Node n) {
        final String[] lines = n.label().split("\n");
        final int width = Math.max(KnimeFormat.NODE_WIDTH,
            10 + 7 * Arrays.stream(lines).mapToInt(String::length).max().orElse(0));
        annotation(a, n.label(), "text/plain", KnimeFormat.WHITE, n.x() + KnimeFormat.NODE_WIDTH / 2 - width / 2,
            n.y() + KnimeFormat.NODE_HEIGHT, width, 4 + 15 * lines.length, "CENTER", 0, KnimeFormat.WHITE, 11);
    }

    private static void annotation(final NodeSettingsWO a, final String text, final String contentType,
        final int bgColor, final int x, final int y, final int width, final int height, final String alignment,
        final int borderSize, final int borderColor, final int fontSize) {
        a.addString("text", text);
        a.addString("contentType", contentType);
        a.addInt("bgcolor", bgColor);
        a.addInt("x-coordinate", x);
        a.addInt("y-coordinate", y);
        a.addInt("width", width);
        a.addInt("height", height);
        a.addString("alignment", alignment);
        a.addInt("borderSize", borderSize);
        a.addInt("borderColor", borderColor);
        a.addInt("defFontSize", fontSize);
        a.addInt("annotation-version", KnimeFormat.ANNOTATION_VERSION);
        a.addNodeSettings("styles");
    }

    private NodeSettings workflowSettings(final WorkflowDefinition w, final String state) {
        final NodeSettings s = new NodeSettings(KnimeFormat.WORKFLOW_FILE);
        s.addString("created_by", KnimeFormat.CREATED_BY);
        s.addBoolean("created_by_nightly", false);
        s.addString("version", KnimeFormat.LOAD_VERSION);
        s.addString("name", null);
        final NodeSettingsWO author = s.addNodeSettings("authorInformation");
        author.addString("authored-by", AUTHOR);
        author.addString("authored-when", m_date);
        author.addString("lastEdited-by", null);
        author.addString("lastEdited-when", null);
        s.addString("customDescription", null);
        s.addString("state", state);
        s.addNodeSettings("workflow_credentials");
        if (!w.annotations().isEmpty()) {
            final NodeSettingsWO all = s.addNodeSettings("annotations");
            for (int i = 0; i < w.annotations().size(); i++) {
                final Annotation a = w.annotations().get(i);
                annotation(all.addNodeSettings("annotation_" + i), a.html(), "text/html", KnimeFormat.WHITE, a.x(),
                    a.y(), a.width(), a.height(), "LEFT", KnimeFormat.ANNOTATION_BORDER, a.color(), -1);
            }
        }
        final NodeSettingsWO nodes = s.addNodeSettings("nodes");
        for (final Node n : w.nodes()) {
            final NodeSettingsWO c = nodes.addNodeSettings("node_" + n.id());
            c.addInt("id", n.id());
            c.addString("node_settings_file", KnimeFormat.nodeFolder(NodeHarness.of(n.factory()).declaration().name(),
                n.id()) + "/" + KnimeFormat.SETTINGS_FILE);
            c.addBoolean("node_is_meta", false);
            c.addString("node_type", "NativeNode");
            c.addString("ui_classname", KnimeFormat.NODE_UI_CLASS);
            c.addNodeSettings("ui_settings").addIntArray("extrainfo.node.bounds", n.x(), n.y(),
                KnimeFormat.NODE_WIDTH, KnimeFormat.NODE_HEIGHT);
        }
        final NodeSettingsWO connections = s.addNodeSettings("connections");
        for (int i = 0; i < w.connections().size(); i++) {
            final Connection c = w.connections().get(i);
            final NodeSettingsWO e = connections.addNodeSettings("connection_" + i);
            // the file counts the flow variable port as port 0
            e.addInt("sourceID", c.sourceId());
            e.addInt("destID", c.destId());
            e.addInt("sourcePort", c.sourcePort() + 1);
            e.addInt("destPort", c.destPort() + 1);
        }
        final NodeSettingsWO editor = s.addNodeSettings("workflow_editor_settings");
        editor.addBoolean("workflow.editor.snapToGrid", false);
        editor.addBoolean("workflow.editor.ShowGrid", false);
        editor.addInt("workflow.editor.gridX", 20);
        editor.addInt("workflow.editor.gridY", 20);
        editor.addDouble("workflow.editor.zoomLevel", 1.0);
        editor.addBoolean("workflow.editor.curvedConnections", true);
        editor.addInt("workflow.editor.connectionWidth", 2);
        return s;
    }

    /** {@code workflow-metadata.xml} as {@code NodeContainerMetadata.toXML} writes it (XMLBeans, 4-space indent). */
    private String metadata(final WorkflowDefinition w) {
        final String when = isoDate(m_date);
        final StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<workflow-metadata content-type=\"text/plain\" xmlns=\"").append(KnimeFormat.METADATA_NAMESPACE)
            .append("\">\n");
        b.append("    <author>").append(escape(AUTHOR)).append("</author>\n");
        b.append("    <created>").append(when).append("</created>\n");
        b.append("    <last-modified>").append(when).append("</last-modified>\n");
        b.append("    <description>").append(escape(w.description())).append("</description>\n");
        if (!w.tags().isEmpty()) {
            b.append("    <tags>\n");
            w.tags().forEach(t -> b.append("        <tag>").append(escape(t)).append("</tag>\n"));
            b.append("    </tags>\n");
        }
        if (!w.links().isEmpty()) {
            b.append("    <links>\n");
            for (final Link l : w.links()) {
                b.append("        <link href=\"").append(escapeAttribute(l.url())).append("\">")
                    .append(escape(l.text())).append("</link>\n");
            }
            b.append("    </links>\n");
        }
        b.append("</workflow-metadata>");
        return b.toString();
    }

    /** "2026-11-25 12:00:00 +0000" as an xs:dateTime, "2026-11-25T12:00:00.000Z" style with the offset kept. */
    private static String isoDate(final String knimeDate) {
        final String[] parts = knimeDate.split(" ");
        final String offset = parts[2].equals("+0000") ? "Z"
            : parts[2].substring(0, 3) + ":" + parts[2].substring(3);
        return parts[0] + "T" + parts[1] + ".000" + offset;
    }

    /** Element text as XMLBeans escapes it. */
    private static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Attribute values as XMLBeans escapes them. */
    private static String escapeAttribute(final String text) {
        return escape(text).replace("\"", "&quot;");
    }

    private static byte[] xml(final NodeSettings s) {
        return Xml.toString(s).getBytes(StandardCharsets.UTF_8);
    }
}
