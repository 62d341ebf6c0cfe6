package org.knime.core.node;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.InvalidSettingsException} (knime-shared, bundle
 * org.knime.core.util): thrown when settings are missing, have the wrong type or an invalid value. The message is
 * what the user sees.
 */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param s the message */
    public InvalidSettingsException(final String s) {
        super(s);
    }

    /** @param cause the cause */
    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    /**
     * @param msg the message
     * @param cause the cause
     */
    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
