package org.mnistlab.knime.workflows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.node.DefaultNodeFactory;

/**
 * What a shipped workflow consists of, as a user would build it in KNIME: nodes (factory, position, the text under the
 * node, the dialog settings that differ from a new node's), connections between ports, annotations explaining each
 * step, and the description shown in KNIME's description panel. {@link WorkflowWriter} turns it into KNIME's files.
 * Node ids are 1, 2, 3, ... in the order nodes are added.
 */
public final class WorkflowDefinition {

    private final String m_name;

    private String m_description = "";

    private final List<String> m_tags = new ArrayList<>();

    private final List<Link> m_links = new ArrayList<>();

    private final List<Annotation> m_annotations = new ArrayList<>();

    private final List<Node> m_nodes = new ArrayList<>();

    private final List<Connection> m_connections = new ArrayList<>();

    /** @param name the workflow's name, which is also its folder name and the {@code .knwf} file name */
    public WorkflowDefinition(final String name) {
        m_name = name;
    }

    /** @return the workflow's name */
    public String name() {
        return m_name;
    }

    /** @return the plain-text description of the workflow */
    public String description() {
        return m_description;
    }

    /** @return the tags of the workflow's metadata */
    public List<String> tags() {
        return Collections.unmodifiableList(m_tags);
    }

    /** @return the links of the workflow's metadata */
    public List<Link> links() {
        return Collections.unmodifiableList(m_links);
    }

    /** @return the workflow annotations, in drawing order */
    public List<Annotation> annotations() {
        return Collections.unmodifiableList(m_annotations);
    }

    /** @return the nodes, by id */
    public List<Node> nodes() {
        return Collections.unmodifiableList(m_nodes);
    }

    /** @return the connections */
    public List<Connection> connections() {
        return Collections.unmodifiableList(m_connections);
    }

    /**
     * @param text the plain-text description shown in KNIME's description panel
     * @return this
     */
    public WorkflowDefinition description(final String text) {
        m_description = text;
        return this;
    }

    /**
     * @param tags tags of the workflow's metadata
     * @return this
     */
    public WorkflowDefinition tags(final String... tags) {
        m_tags.addAll(List.of(tags));
        return this;
    }

    /**
     * @param url a link of the workflow's metadata
     * @param text its text
     * @return this
     */
    public WorkflowDefinition link(final String url, final String text) {
        m_links.add(new Link(url, text));
        return this;
    }

    /**
     * Adds a workflow annotation: a box of HTML text on the canvas, white with a coloured border as KNIME 5 draws
     * them.
     *
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     * @param color border colour as 0xRRGGBB
     * @param html the text, a sequence of HTML paragraphs/lists
     * @return this
     */
    public WorkflowDefinition annotation(final int x, final int y, final int width, final int height, final int color,
        final String html) {
        m_annotations.add(new Annotation(x, y, width, height, color, html));
        return this;
    }

    /**
     * Adds a node with a new node's settings; change them with {@link Node#set}.
     *
     * @param factory the node's factory
     * @param label the text under the node (its node annotation): what this node does in the lab
     * @param x left edge of the node on the canvas
     * @param y top edge of the node on the canvas
     * @return the node
     */
    public Node node(final DefaultNodeFactory factory, final String label, final int x, final int y) {
        final Node n = new Node(m_nodes.size() + 1, factory, label, x, y);
        m_nodes.add(n);
        return n;
    }

    /**
     * Connects a node's flow variable output to another node's flow variable input, as a user draws the red line
     * between the variable ports: the variables a node exposes ({@link Node#exposeVariable}) reach the other.
     *
     * @param source the node the variables come from
     * @param dest the node they go to
     * @return this
     */
    public WorkflowDefinition connectVariables(final Node source, final Node dest) {
        m_connections.add(new Connection(source.id(), Connection.VARIABLES, dest.id(), Connection.VARIABLES));
        return this;
    }

    /**
     * Connects an output port to an input port. Port indices are the node's own (0 = its first data port), not the
     * file format's (where 0 is the flow variable port).
     *
     * @param source the node the data comes from
     * @param sourcePort its output port
     * @param dest the node the data goes to
     * @param destPort its input port
     * @return this
     */
    public WorkflowDefinition connect(final Node source, final int sourcePort, final Node dest, final int destPort) {
        m_connections.add(new Connection(source.id(), sourcePort, dest.id(), destPort));
        return this;
    }

    /**
     * A node of the workflow.
     */
    public static final class Node {

        private final int m_id;

        private final DefaultNodeFactory m_factory;

        private final String m_label;

        private final int m_x;

        private final int m_y;

        private final Map<String, Object> m_settings = new LinkedHashMap<>();

        private final Map<String, String> m_usedVariables = new LinkedHashMap<>();

        private final Map<String, String> m_exposedVariables = new LinkedHashMap<>();

        Node(final int id, final DefaultNodeFactory factory, final String label, final int x, final int y) {
            m_id = id;
            m_factory = factory;
            m_label = label;
            m_x = x;
            m_y = y;
        }

        /**
         * Changes a setting of the node's dialog from what a new node proposes. The key is the settings key
         * (the field name without {@code m_}, or its {@code @Persist} key; {@code "a/b"} for a nested field); the value
         * must have the type the parameters class persists there (an enum constant's name for enums).
         *
         * @param key the settings key
         * @param value the value
         * @return this
         */
        public Node set(final String key, final Object value) {
            m_settings.put(key, value);
            return this;
        }

        /**
         * Lets a flow variable control a setting, as a user does with the setting's variable button ("overwrite with
         * flow variable"): KNIME then takes the setting's value from the variable and the dialog shows it so.
         *
         * @param key the settings key, as for {@link #set}
         * @param variable the variable's name
         * @return this
         */
        public Node useVariable(final String key, final String variable) {
            m_usedVariables.put(key, variable);
            return this;
        }

        /**
         * Exposes a setting as a flow variable ("output as flow variable"), for the nodes connected below.
         *
         * @param key the settings key, as for {@link #set}
         * @param variable the variable's name
         * @return this
         */
        public Node exposeVariable(final String key, final String variable) {
            m_exposedVariables.put(key, variable);
            return this;
        }

        /** @return the settings controlled by flow variables: key to variable, in the order they were set */
        public Map<String, String> usedVariables() {
            return Collections.unmodifiableMap(m_usedVariables);
        }

        /** @return the settings exposed as flow variables: key to variable, in the order they were set */
        public Map<String, String> exposedVariables() {
            return Collections.unmodifiableMap(m_exposedVariables);
        }

        /** @return the node id */
        public int id() {
            return m_id;
        }

        /** @return the factory */
        public DefaultNodeFactory factory() {
            return m_factory;
        }

        /** @return the text under the node */
        public String label() {
            return m_label;
        }

        /** @return the left edge */
        public int x() {
            return m_x;
        }

        /** @return the top edge */
        public int y() {
            return m_y;
        }

        /** @return the settings that differ from a new node's, by key, in the order they were set */
        public Map<String, Object> settings() {
            return Collections.unmodifiableMap(m_settings);
        }
    }

    /**
     * @param sourceId the node the data comes from
     * @param sourcePort its output port (0-based over data ports; {@link #VARIABLES} for the flow variable port)
     * @param destId the node the data goes to
     * @param destPort its input port (0-based over data ports; {@link #VARIABLES} for the flow variable port)
     */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {

        /** The port index of a node's flow variable port, before its first data port. */
        public static final int VARIABLES = -1;
    }

    /**
     * @param x left edge
     * @param y top edge
     * @param width width
     * @param height height
     * @param color border colour 0xRRGGBB
     * @param html the text
     */
    public record Annotation(int x, int y, int width, int height, int color, String html) {
    }

    /**
     * @param url the address
     * @param text the text shown
     */
    public record Link(String url, String text) {
    }
}
