package org.knime.core.node;

/** Stand-in for KNIME's {@code org.knime.core.node.CanceledExecutionException}: the user canceled the execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A cancellation with KNIME's default message. */
    public CanceledExecutionException() {
        super("Execution canceled");
    }

    /** @param s the message */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
