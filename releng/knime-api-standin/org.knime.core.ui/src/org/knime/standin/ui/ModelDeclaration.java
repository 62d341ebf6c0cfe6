package org.knime.standin.ui;

import java.util.Optional;

import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOrRearrangerConsumer;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteConsumer;
import org.knime.node.parameters.NodeParameters;

/**
 * NOT KNIME API. A node model as declared with {@code DefaultModel}.
 *
 * @param parametersClass the model parameters, empty for {@code withoutParameters()}
 * @param configure the configure function
 * @param execute the execute function
 */
public record ModelDeclaration(Optional<Class<? extends NodeParameters>> parametersClass,
    ConfigureOrRearrangerConsumer<ConfigureInput, ConfigureOutput> configure, ExecuteConsumer execute) {
}
