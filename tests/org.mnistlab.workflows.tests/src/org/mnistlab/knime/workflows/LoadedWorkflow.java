package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.standin.testing.Xml;
import org.osgi.framework.Version;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A workflow folder read the way KNIME 5.7 loads it ({@code FileWorkflowPersistor}, {@code WorkflowLoadHelper},
 * {@code FileSingleNodeContainerPersistor}, {@code FileNodePersistor}), rejecting everything that would make KNIME
 * refuse the workflow, skip a node, show a load error, or ask about a "future version" (notes "knime-api.md" 6.6).
 * Because shipped workflows carry no execution data, a node must not claim any ({@code EXECUTED}, content, port
 * folders) and the folder holds nothing but the workflow file, its metadata and one settings file per node.
 *
 * @param name the workflow's name (its folder name)
 * @param workflow the content of {@code workflow.knime}
 * @param nodes the nodes, in file order
 * @param connections the connections, in file order, with the file's port numbers (0 = flow variable port)
 */
public record LoadedWorkflow(String name, NodeSettings workflow, List<LoadedNode> nodes,
    List<FileConnection> connections) {

    /**
     * @param id the node id
     * @param folder the node's folder
     * @param settings the content of its {@code settings.xml}
     * @param factory its factory class name
     * @param label the text under the node
     * @param state {@code IDLE} or {@code CONFIGURED}
     */
    public record LoadedNode(int id, String folder, NodeSettings settings, String factory, String label,
        String state) {
    }

    /**
     * @param sourceId source node
     * @param sourcePort source port as in the file (1 = first data port)
     * @param destId dest node
     * @param destPort dest port as in the file (1 = first data port)
     */
    public record FileConnection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /**
     * @param dir a workflow folder
     * @return the workflow
     * @throws WorkflowException if KNIME would not load it cleanly
     */
    public static LoadedWorkflow read(final Path dir) {
        final String name = dir.getFileName().toString();
        final NodeSettings wf = readXml(name, dir.resolve(KnimeFormat.WORKFLOW_FILE));
        try {
            return read(name, dir, wf);
        } catch (InvalidSettingsException e) {
            throw new WorkflowException(name + ": " + KnimeFormat.WORKFLOW_FILE + ": " + e.getMessage(), e);
        }
    }

    private static LoadedWorkflow read(final String name, final Path dir, final NodeSettings wf)
        throws InvalidSettingsException {
        require(name, "version " + wf.getString("version", null), KnimeFormat.LOAD_VERSION.equals(
            wf.getString("version", null)), "the format of KNIME 5.x, \"" + KnimeFormat.LOAD_VERSION + "\"");
        final Version createdBy = Version.parseVersion(wf.getString("created_by"));
        require(name, "created_by " + createdBy,
            createdBy.compareTo(Version.parseVersion(KnimeFormat.CREATED_BY)) <= 0 && !wf.getBoolean(
                "created_by_nightly"),
            "a release no newer than " + KnimeFormat.CREATED_BY + " (else KNIME asks about a future version)");
        wf.getNodeSettings("workflow_credentials");
        requireState(name, wf.getString("state"));
        final Set<String> expectedFiles = new TreeSet<>(List.of(KnimeFormat.WORKFLOW_FILE));
        if (Files.exists(dir.resolve(KnimeFormat.METADATA_FILE))) {
            checkMetadata(name, dir.resolve(KnimeFormat.METADATA_FILE));
            expectedFiles.add(KnimeFormat.METADATA_FILE);
        }
        final NodeSettings nodesConfig = wf.getNodeSettings("nodes");
        final List<LoadedNode> nodes = new ArrayList<>();
        final Set<Integer> ids = new HashSet<>();
        for (final String key : nodesConfig.keySet()) {
            final NodeSettings n = nodesConfig.getNodeSettings(key);
            final int id = n.getInt("id");
            require(name, "node id " + id, ids.add(id), "unique ids");
            final String file = n.getString("node_settings_file");
            require(name, "node " + id + " node_type " + n.getString("node_type") + ", node_is_meta "
                + n.getBoolean("node_is_meta"), "NativeNode".equals(n.getString("node_type"))
                    && !n.getBoolean("node_is_meta"), "a native node");
            require(name, "node " + id + " ui_classname " + n.getString("ui_classname"),
                KnimeFormat.NODE_UI_CLASS.equals(n.getString("ui_classname")), KnimeFormat.NODE_UI_CLASS);
            final int[] bounds = n.getNodeSettings("ui_settings").getIntArray("extrainfo.node.bounds");
            require(name, "node " + id + " bounds", bounds != null && bounds.length == 4, "x, y, width, height");
            final Path settingsFile = dir.resolve(file);
            require(name, "node " + id + " settings file " + file, Files.isRegularFile(settingsFile)
                && settingsFile.getFileName().toString().equals(KnimeFormat.SETTINGS_FILE)
                && settingsFile.getParent().getParent().equals(dir), "<node folder>/settings.xml in the workflow");
            expectedFiles.add(file);
            nodes.add(readNode(name, id, settingsFile));
        }
        final NodeSettings connectionsConfig = wf.getNodeSettings("connections");
        final List<FileConnection> connections = new ArrayList<>();
        for (final String key : connectionsConfig.keySet()) {
            final NodeSettings c = connectionsConfig.getNodeSettings(key);
            final FileConnection fc = new FileConnection(c.getInt("sourceID"), c.getInt("sourcePort"),
                c.getInt("destID"), c.getInt("destPort"));
            require(name, "connection " + fc, ids.contains(fc.sourceId()) && ids.contains(fc.destId()),
                "connections between nodes of the workflow");
            connections.add(fc);
        }
        final Set<String> files = new TreeSet<>();
        final Set<String> folders = new TreeSet<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> !p.equals(dir))
                .forEach(p -> (Files.isDirectory(p) ? folders : files).add(dir.relativize(p).toString()));
        } catch (IOException e) {
            throw new WorkflowException(name + ": cannot list the folder: " + e.getMessage(), e);
        }
        final Set<String> nodeFolders = new TreeSet<>();
        expectedFiles.stream().filter(f -> f.contains("/")).forEach(f -> nodeFolders.add(f.substring(0,
            f.lastIndexOf('/'))));
        require(name, "the files " + files + " in the folders " + folders,
            files.equals(expectedFiles) && folders.equals(nodeFolders),
            "only " + expectedFiles + " (no execution data)");
        return new LoadedWorkflow(name, wf, List.copyOf(nodes), List.copyOf(connections));
    }

    private static LoadedNode readNode(final String workflow, final int id, final Path file)
        throws InvalidSettingsException {
        final NodeSettings s = readXml(workflow, file);
        final String where = workflow + ", node " + id + " (" + file.getParent().getFileName() + ")";
        try {
            // keys whose absence makes KNIME skip the node or report a load error
            s.getNodeSettings("flow_stack");
            s.getNodeSettings("internal_node_subsettings");
            s.getNodeSettings("filestores");
            s.getNodeSettings("ports");
            final String factory = s.getString("factory");
            for (final String key : List.of("node-name", "node-bundle-name", "node-bundle-symbolic-name",
                "node-bundle-vendor")) {
                s.getString(key);
            }
            for (final String key : List.of("node-bundle-version", "node-feature-version")) {
                Version.parseVersion(s.getString(key, ""));
            }
            final String state = s.getString("state");
            requireState(where, state);
            require(where, "hasContent " + s.getBoolean("hasContent"), !s.getBoolean("hasContent"),
                "no saved content");
            final String label = s.containsKey("nodeAnnotation")
                ? s.getNodeSettings("nodeAnnotation").getString("text") : "";
            return new LoadedNode(id, file.getParent().getFileName().toString(), s, factory, label, state);
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            throw new WorkflowException(where + ": " + e.getMessage(), e);
        }
    }

    private static void requireState(final String where, final String state) {
        require(where, "state " + state, KnimeFormat.IDLE.equals(state) || KnimeFormat.CONFIGURED.equals(state),
            KnimeFormat.IDLE + " or " + KnimeFormat.CONFIGURED + " (nothing is saved executed)");
    }

    /** What XMLBeans' strict validation of {@code workflow-metadata.xml} needs: the schema's elements, in order. */
    private static void checkMetadata(final String name, final Path file) {
        final Element root;
        try (InputStream in = Files.newInputStream(file)) {
            final var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new WorkflowException(name + ": " + KnimeFormat.METADATA_FILE + ": " + e.getMessage(), e);
        }
        require(name, KnimeFormat.METADATA_FILE + " root " + root.getLocalName() + " in " + root.getNamespaceURI(),
            "workflow-metadata".equals(root.getLocalName())
                && KnimeFormat.METADATA_NAMESPACE.equals(root.getNamespaceURI()),
            "workflow-metadata in " + KnimeFormat.METADATA_NAMESPACE);
        require(name, KnimeFormat.METADATA_FILE + " content-type " + root.getAttribute("content-type"),
            List.of("text/plain", "text/html").contains(root.getAttribute("content-type")), "text/plain or text/html");
        final List<String> order = List.of("author", "created", "last-modified", "description", "tags", "links");
        final List<String> children = new ArrayList<>();
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                children.add(e.getLocalName());
            }
        }
        require(name, KnimeFormat.METADATA_FILE + " elements " + children,
            children.contains("last-modified") && children.contains("description")
                && children.stream().allMatch(order::contains)
                && children.equals(children.stream().distinct().sorted(
                    (a, b) -> order.indexOf(a) - order.indexOf(b)).toList()),
            "the schema's sequence " + order + " with last-modified and description");
    }

    private static NodeSettings readXml(final String workflow, final Path file) {
        try {
            return Xml.read(file);
        } catch (IOException e) {
            throw new WorkflowException(workflow + ": cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void require(final String where, final String what, final boolean ok, final String expected) {
        if (!ok) {
            throw new WorkflowException(where + ": " + what + ", but KNIME needs " + expected);
        }
    }
}
