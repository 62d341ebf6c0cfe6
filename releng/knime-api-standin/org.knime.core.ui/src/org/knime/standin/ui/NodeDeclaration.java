package org.knime.standin.ui;

import java.util.List;
import java.util.Optional;

import org.knime.core.node.NodeFactory.NodeType;
import org.w3c.dom.Document;

/**
 * NOT KNIME API. Everything a {@code DefaultNode} declares, plus the node description KNIME would generate from it.
 *
 * @param name the node name
 * @param icon the icon path as declared
 * @param shortDescription the short description
 * @param fullDescription the full description
 * @param sinceVersion major, minor, revision
 * @param inputs the input ports, in order (model port index = list index)
 * @param outputs the output ports, in order
 * @param model the model
 * @param view the view, if any
 * @param nodeType the node type (declared, else derived as KNIME derives it)
 * @param keywords the keywords
 * @param externalResources the links
 * @param description the generated {@code knimeNode} description document
 */
public record NodeDeclaration(String name, String icon, String shortDescription, String fullDescription,
    List<Integer> sinceVersion, List<PortDeclaration> inputs, List<PortDeclaration> outputs, ModelDeclaration model,
    Optional<ViewDeclaration> view, NodeType nodeType, List<String> keywords,
    List<ExternalResourceDeclaration> externalResources, Document description) {
}
