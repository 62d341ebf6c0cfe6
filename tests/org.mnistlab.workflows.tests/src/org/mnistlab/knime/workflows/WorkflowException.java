package org.mnistlab.knime.workflows;

/** A shipped workflow that KNIME would not load, configure or execute as intended; the message says where and why. */
public final class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message where and why */
    public WorkflowException(final String message) {
        super(message);
    }

    /**
     * @param message where and why
     * @param cause the underlying error
     */
    public WorkflowException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
