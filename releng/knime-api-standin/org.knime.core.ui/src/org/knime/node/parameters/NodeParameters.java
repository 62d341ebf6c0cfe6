package org.knime.node.parameters;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.persistence.Persistable;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.NodeParameters}: a node's settings as annotated fields. Every
 * non-private, non-static field is persisted (see {@code org.knime.standin.testing.Parameters} for the exact rules);
 * fields with {@link Widget} appear in the dialog.
 */
public interface NodeParameters extends Persistable, WidgetGroup {

    /**
     * Checks values beyond what the dialog enforces; called when settings are applied or loaded.
     *
     * @throws InvalidSettingsException with a message for the user
     */
    default void validate() throws InvalidSettingsException {
    }
}
