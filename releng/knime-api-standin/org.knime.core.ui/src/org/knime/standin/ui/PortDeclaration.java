package org.knime.standin.ui;

import org.knime.core.node.port.PortType;

/**
 * NOT KNIME API. A fixed port as declared with {@code RequirePorts}.
 *
 * @param groupId the port group id (KNIME: the port name)
 * @param name the port name
 * @param description the XHTML description
 * @param type the port type
 */
public record PortDeclaration(String groupId, String name, String description, PortType type) {
}
