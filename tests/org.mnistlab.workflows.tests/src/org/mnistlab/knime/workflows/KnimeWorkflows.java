package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.workflow.AnnotationData;
import org.knime.core.node.workflow.AnnotationData.TextAlignment;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.NodeContainerMetadata.ContentType;
import org.knime.core.node.workflow.NodeContainerMetadata.MetadataOptionals;
import org.knime.core.node.workflow.NodeID;
import org.knime.core.node.workflow.NodeUIInformation;
import org.knime.core.node.workflow.WorkflowAnnotation;
import org.knime.core.node.workflow.WorkflowCreationHelper;
import org.knime.core.node.workflow.WorkflowManager;
import org.knime.core.node.workflow.WorkflowMetadata;
import org.knime.core.node.workflow.WorkflowPersistor;
import org.knime.core.node.workflow.contextv2.WorkflowContextV2;
import org.knime.core.util.LockFailedException;
import org.knime.shared.workflow.def.AnnotationDataDef.ContentTypeEnum;
import org.mnistlab.knime.workflows.WorkflowDefinition.Annotation;
import org.mnistlab.knime.workflows.WorkflowDefinition.Connection;
import org.mnistlab.knime.workflows.WorkflowDefinition.Link;
import org.mnistlab.knime.workflows.WorkflowDefinition.Node;

/**
 * A {@link WorkflowDefinition} built by KNIME's own {@link WorkflowManager}, as a user builds it in the editor: nodes
 * are added from their factories at their positions, connected in the order data flows (so KNIME configures each node
 * with its input specs, and a new node's settings are the ones KNIME creates for those inputs), and then the settings
 * the definition changes are applied as a dialog applies them. Saving it is KNIME's own {@code save}.
 */
final class KnimeWorkflows {

    /** The size KNIME's editor writes into a node's bounds (the position is what matters). */
    private static final int NODE_WIDTH = 122;

    private static final int NODE_HEIGHT = 80;

    private static final int WHITE = 0xFFFFFF;

    /** KNIME 5 draws workflow annotations white with a coloured border this wide. */
    private static final int ANNOTATION_BORDER = 10;

    private static final int NODE_LABEL_FONT_SIZE = 11;

    private KnimeWorkflows() {
    }

    /**
     * @param name the project's name
     * @return an empty project in a new temporary folder
     * @throws IOException if the folder cannot be made
     */
    static WorkflowManager newProject(final String name) throws IOException {
        final Path dir = Files.createTempDirectory("mnistlab-").resolve(name);
        Files.createDirectories(dir);
        Files.createFile(dir.resolve(WorkflowPersistor.WORKFLOW_FILE));
        return WorkflowManager.ROOT.createAndAddProject(name,
            new WorkflowCreationHelper(WorkflowContextV2.forTemporaryWorkflow(dir, null)));
    }

    /**
     * @param w the definition
     * @param authored when the workflows were authored
     * @return the workflow, built by KNIME
     * @throws IOException if the project folder cannot be made
     * @throws IllegalStateException if KNIME rejects a connection or a setting, naming the node
     */
    static WorkflowManager build(final WorkflowDefinition w, final OffsetDateTime authored) throws IOException {
        final WorkflowManager wfm = newProject(w.name());
        final Map<Integer, NodeID> ids = new HashMap<>();
        for (final Node n : w.nodes()) {
            final NodeID id = wfm.createAndAddNode(n.factory());
            if (id.getIndex() != n.id()) {
                throw new IllegalStateException(w.name() + ": KNIME numbered node " + n.label() + " #"
                    + id.getIndex() + ", the definition #" + n.id());
            }
            ids.put(n.id(), id);
            final NodeContainer nc = wfm.getNodeContainer(id);
            nc.setUIInformation(NodeUIInformation.builder().setNodeLocation(n.x(), n.y(), NODE_WIDTH, NODE_HEIGHT)
                .build());
            nc.getNodeAnnotation().copyFrom(nodeLabel(n), true);
        }
        for (final Node n : w.nodes()) {
            for (final Connection c : w.connections()) {
                if (c.destId() == n.id()) {
                    connect(wfm, ids, c, w.name());
                }
            }
            applySettings(wfm, ids.get(n.id()), n, w.name());
        }
        for (final Annotation a : w.annotations()) {
            final AnnotationData d = new AnnotationData();
            d.setText(a.html());
            d.setContentType(ContentTypeEnum.HTML);
            d.setBgColor(WHITE);
            d.setDimension(a.x(), a.y(), a.width(), a.height());
            d.setAlignment(TextAlignment.LEFT);
            d.setBorderSize(ANNOTATION_BORDER);
            d.setBorderColor(a.color());
            wfm.addWorkflowAnnotation(d, -1);
        }
        final ZonedDateTime when = authored.toZonedDateTime();
        final MetadataOptionals<WorkflowMetadata> metadata = WorkflowMetadata.fluentBuilder()
            .withContentType(ContentType.PLAIN).withLastModified(when).withDescription(w.description())
            .withAuthor(LabWorkflows.AUTHOR).withCreated(when);
        for (final String tag : w.tags()) {
            metadata.addTag(tag);
        }
        for (final Link link : w.links()) {
            metadata.addLink(link.url(), link.text());
        }
        wfm.setContainerMetadata(metadata.build());
        return wfm;
    }

    /**
     * The text under a node as KNIME's editor stores it when the user types it: centred below the node on white,
     * as wide as the longest line needs.
     */
    private static AnnotationData nodeLabel(final Node n) {
        final String[] lines = n.label().split("\n");
        final int width = Math.max(NODE_WIDTH, 10 + 7 * Arrays.stream(lines).mapToInt(String::length).max().orElse(0));
        final AnnotationData label = new AnnotationData();
        label.setText(n.label());
        label.setBgColor(WHITE);
        label.setBorderColor(WHITE);
        label.setAlignment(TextAlignment.CENTER);
        label.setDefaultFontSize(NODE_LABEL_FONT_SIZE);
        label.setDimension(n.x() + NODE_WIDTH / 2 - width / 2, n.y() + NODE_HEIGHT, width, 4 + 15 * lines.length);
        return label;
    }

    private static void connect(final WorkflowManager wfm, final Map<Integer, NodeID> ids, final Connection c,
        final String workflow) {
        // KNIME's ports count the flow variable port as 0 (Connection.VARIABLES + 1)
        final NodeID source = ids.get(c.sourceId());
        final NodeID dest = ids.get(c.destId());
        if (source == null || !wfm.canAddConnection(source, c.sourcePort() + 1, dest, c.destPort() + 1)) {
            throw new IllegalStateException(workflow + ": KNIME does not connect " + c);
        }
        wfm.addConnection(source, c.sourcePort() + 1, dest, c.destPort() + 1);
    }

    /**
     * The definition's changes to a node's settings and their flow variables, applied over what KNIME created for the
     * connected node.
     */
    private static void applySettings(final WorkflowManager wfm, final NodeID id, final Node n,
        final String workflow) {
        if (n.settings().isEmpty() && n.usedVariables().isEmpty() && n.exposedVariables().isEmpty()) {
            return;
        }
        // the settings a dialog opens with: for a node that never had settings, those KNIME creates for its inputs
        final NodeSettings s = wfm.getNodeContainer(id).getNodeSettings();
        try {
            final NodeSettings model = (NodeSettings)s.getNodeSettings("model");
            n.settings().forEach((key, value) -> SettingsEdit.set(model, key, value));
            SettingsEdit.variables(s, n.usedVariables(), n.exposedVariables());
            wfm.loadNodeSettings(id, s);
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            throw new IllegalStateException(workflow + ", node " + n.label() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves a workflow as KNIME saves it, into a folder that must not exist yet.
     *
     * @param wfm the workflow
     * @param dir where to save it
     * @throws IOException if saving fails
     */
    static void save(final WorkflowManager wfm, final Path dir) throws IOException {
        try {
            wfm.save(dir.toFile(), new ExecutionMonitor(), false);
        } catch (CanceledExecutionException | LockFailedException e) {
            throw new IOException("KNIME could not save " + wfm.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Closes a project, as closing it in the editor does.
     *
     * @param wfm a project
     */
    static void close(final WorkflowManager wfm) {
        if (WorkflowManager.ROOT.containsNodeContainer(wfm.getID())) {
            WorkflowManager.ROOT.removeProject(wfm.getID());
        }
    }

    /**
     * What a user sees of each node in the editor: factory, position, the text under it, and its model settings.
     * Two workflows that agree on this and on {@link #layout} are the same workflow to a user.
     *
     * @param wfm a workflow
     * @return one line per node, by id
     */
    static List<Object> nodes(final WorkflowManager wfm) {
        final List<Object> nodes = new ArrayList<>();
        for (final NodeContainer nc : wfm.getNodeContainers()) {
            final NodeSettings s = nc.getNodeSettings();
            final int[] bounds = nc.getUIInformation().getBounds();
            nodes.add(List.of(nc.getID().getIndex(), ((NativeNodeContainer)nc).getNode().getFactory().getClass()
                .getName(), nc.getNodeAnnotation().getText(), List.of(bounds[0], bounds[1]), model(s),
                sub(s, SettingsEdit.VARIABLES)));
        }
        return nodes;
    }

    /** @return a node's model settings (empty for a node without), which compare entry by entry and by type */
    private static NodeSettingsRO model(final NodeSettings nodeSettings) {
        return sub(nodeSettings, "model");
    }

    /** @return a part of a node's settings (empty if it has none) */
    private static NodeSettingsRO sub(final NodeSettings nodeSettings, final String key) {
        try {
            return nodeSettings.containsKey(key) ? nodeSettings.getNodeSettings(key) : new NodeSettings(key);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param wfm a workflow
     * @return its connections, annotations and metadata as comparable values
     */
    static List<Object> layout(final WorkflowManager wfm) {
        final List<Object> layout = new ArrayList<>();
        wfm.getConnectionContainers().stream()
            .map(c -> List.of(c.getSource().getIndex(), c.getSourcePort(), c.getDest().getIndex(), c.getDestPort()))
            .sorted(Comparator.comparing(Object::toString)).forEach(layout::add);
        for (final WorkflowAnnotation a : wfm.getWorkflowAnnotations()) {
            layout.add(List.of(a.getText(), a.getX(), a.getY(), a.getWidth(), a.getHeight(), a.getBorderColor()));
        }
        final WorkflowMetadata m = wfm.getMetadata();
        layout.add(List.of(m.getAuthor(), m.getDescription(), m.getTags(), m.getLinks(),
            m.getCreated().map(ZonedDateTime::toInstant)));
        return layout;
    }
}
