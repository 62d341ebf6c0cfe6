package org.knime.core.node;

import java.util.Objects;

import org.knime.core.node.message.Message;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.KNIMEException}: an execution failure whose {@link Message} KNIME
 * shows as the node's error as is (other exceptions appear as "Execute failed: ...").
 */
public final class KNIMEException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message m_message;

    /**
     * @param message the message
     * @param cause the cause
     */
    public KNIMEException(final String message, final Throwable cause) {
        super(message, cause);
        m_message = Message.fromSummary(Objects.requireNonNullElse(message, "<no message>"));
    }

    /** @param message the message */
    public KNIMEException(final String message) {
        this(message, null);
    }

    private KNIMEException(final Message message, final Throwable cause) {
        super(message.getSummary(), cause);
        m_message = message;
    }

    /** @return the message the user sees */
    public Message getKNIMEMessage() {
        return m_message;
    }

    /**
     * @param message the message
     * @return the exception
     */
    public static KNIMEException of(final Message message) {
        return new KNIMEException(Objects.requireNonNull(message), null);
    }

    /**
     * @param message the message
     * @param cause the cause
     * @return the exception
     */
    public static KNIMEException of(final Message message, final Throwable cause) {
        return new KNIMEException(Objects.requireNonNull(message), cause);
    }
}
