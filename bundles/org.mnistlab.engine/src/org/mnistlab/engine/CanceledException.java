package org.mnistlab.engine;

/**
 * Thrown by {@link Monitor#checkCanceled()} when the user stopped the work. Unchecked so that numeric kernels need no
 * throws clauses; adapters turn it into their platform's cancel signal.
 */
public final class CanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A cancellation with the default message. */
    public CanceledException() {
        super("Canceled");
    }
}
