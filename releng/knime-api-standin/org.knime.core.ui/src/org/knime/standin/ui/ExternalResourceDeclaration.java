package org.knime.standin.ui;

/**
 * NOT KNIME API. A link of a node description.
 *
 * @param href the URL
 * @param description the XHTML text
 */
public record ExternalResourceDeclaration(String href, String description) {
}
