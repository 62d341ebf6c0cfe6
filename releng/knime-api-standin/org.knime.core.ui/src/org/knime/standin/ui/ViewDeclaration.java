package org.knime.standin.ui;

import java.util.Optional;
import java.util.function.Function;

import org.knime.node.DefaultView.ViewInput;
import org.knime.node.parameters.NodeParameters;

/**
 * NOT KNIME API. A node view as declared with {@code DefaultView}.
 *
 * @param parametersClass the view parameters
 * @param description the XHTML description
 * @param page where the page comes from
 * @param initialData computes the page's initial data, if declared
 */
public record ViewDeclaration(Optional<Class<? extends NodeParameters>> parametersClass, String description,
    PageDeclaration page, Optional<Function<ViewInput, ?>> initialData) {
}
