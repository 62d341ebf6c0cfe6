package org.knime.node;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.knime.core.node.ConfigurableNodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.standin.ui.ModelDeclaration;
import org.knime.standin.ui.NodeDeclaration;
import org.knime.standin.ui.NodeDescriptions;
import org.knime.standin.ui.PortDeclaration;
import org.knime.standin.ui.UiInternals;
import org.knime.standin.ui.ViewDeclaration;

/**
 * Stand-in for KNIME's {@code org.knime.node.DefaultNodeFactory}: a node factory defined entirely by a
 * {@link DefaultNode}. Subclasses only pass the node to the constructor and have a public no-arg constructor (for
 * plugin.xml). As in KNIME, the constructor builds the node description, so malformed XHTML in any description fails
 * with {@code IllegalStateException("Problem creating node description")}, and it builds the port groups, so two
 * ports with the same name fail with {@code IllegalArgumentException}.
 */
public abstract class DefaultNodeFactory extends ConfigurableNodeFactory<NodeModel> {

    static {
        UiInternals.registerNodes(f -> f.m_declaration);
    }

    private final NodeDeclaration m_declaration;

    /** @param node the node declaration */
    protected DefaultNodeFactory(final DefaultNode node) {
        checkUniquePortNames(node);
        final NodeDeclaration withoutDescription = declare(node, null);
        m_declaration = declare(node, NodeDescriptions.create(withoutDescription));
    }

    private static void checkUniquePortNames(final DefaultNode node) {
        final Set<String> groups = new HashSet<>();
        for (final PortDeclaration p : node.m_inputs) {
            requireNew(groups, p);
        }
        for (final PortDeclaration p : node.m_outputs) {
            requireNew(groups, p);
        }
    }

    private static void requireNew(final Set<String> groups, final PortDeclaration p) {
        if (!groups.add(p.groupId())) {
            throw new IllegalArgumentException("A port group with the given name already exists");
        }
    }

    private static NodeDeclaration declare(final DefaultNode node, final org.w3c.dom.Document description) {
        final DefaultModel.StandardDefaultModel model = (DefaultModel.StandardDefaultModel)node.m_model;
        final Optional<ViewDeclaration> view = node.getView().map(v -> new ViewDeclaration(v.getParametersClass(),
            v.m_description, UiInternals.declarationOf(v.m_page), Optional.ofNullable(v.m_initialData)));
        return new NodeDeclaration(node.m_name, node.m_icon, node.m_shortDescription, node.m_fullDescription,
            List.of(node.m_sinceVersion[0], node.m_sinceVersion[1], node.m_sinceVersion[2]), List.copyOf(node.m_inputs),
            List.copyOf(node.m_outputs),
            new ModelDeclaration(model.getParametersClass(), model.m_configure, model.m_execute), view,
            nodeType(node), List.copyOf(node.m_keywords), List.copyOf(node.m_externalResources), description);
    }

    /** KNIME's rule when no type is declared: no inputs = Source, no outputs = Sink, else Manipulator. */
    private static NodeType nodeType(final DefaultNode node) {
        if (node.m_nodeType != null) {
            return node.m_nodeType;
        } else if (node.m_inputs.isEmpty()) {
            return NodeType.Source;
        } else if (node.m_outputs.isEmpty()) {
            return NodeType.Sink;
        }
        return NodeType.Manipulator;
    }
}
