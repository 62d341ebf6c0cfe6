package org.mnistlab.engine.svm;

/**
 * An allowance of heap bytes for kernel values, from which fits reserve what they are about to allocate and to which
 * they give it back when done. Reservations never wait: one that does not fit fails, and the fit falls back to a
 * form of its problem that needs less memory (see {@link PairProblems}); every form gives the same model.
 * <p>
 * All fits of the process draw on one {@link #shared() shared pool}, so that concurrent fits (one-vs-rest classes,
 * cross-validation folds, several KNIME nodes) together stay within it instead of each assuming the whole heap is
 * theirs. A fit draws through a {@link #limit limited view} of the pool that also caps its own share (the SVC's
 * {@code cache_size}). Only what grows quadratically with the samples is reserved: precomputed kernel nodes and rows,
 * and libsvm's kernel cache beyond its two-column minimum; the O(l) working arrays of a solver are not.
 * <p>
 * Thread-safe. A reservation holds its bytes until {@link Reservation#close() closed}.
 */
final class KernelMemory {

    /**
     * Share of the maximum heap that kernel values of all fits together may take. Half the heap leaves the other
     * half for the data, the models and the garbage collector's room to work; a fit that finds too little left falls
     * back to libsvm's own, slower kernel code rather than fail.
     */
    static final double HEAP_SHARE = 0.5;

    private static final KernelMemory SHARED =
        new KernelMemory((long)(Runtime.getRuntime().maxMemory() * HEAP_SHARE), null);

    private final long m_capacity;

    /** The pool this view draws from, or {@code null} for a pool. */
    private final KernelMemory m_parent;

    /** Bytes currently reserved; guarded by this. */
    private long m_reserved;

    /** Most bytes ever reserved at once; guarded by this. */
    private long m_peak;

    private KernelMemory(final long capacity, final KernelMemory parent) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        m_capacity = capacity;
        m_parent = parent;
    }

    /**
     * A pool of its own, for tests that need a small or observed allowance.
     *
     * @param capacity bytes, >= 0
     */
    KernelMemory(final long capacity) {
        this(capacity, null);
    }

    /** @return the pool of the process: {@link #HEAP_SHARE} of {@link Runtime#maxMemory()} */
    static KernelMemory shared() {
        return SHARED;
    }

    /**
     * A view for one fit: its reservations come from this pool and together stay within {@code capacity} too.
     *
     * @param capacity the fit's own cap in bytes
     * @return the view
     */
    KernelMemory limit(final long capacity) {
        return new KernelMemory(capacity, this);
    }

    /**
     * Reserves all of {@code bytes} or nothing.
     *
     * @param bytes what is about to be allocated, >= 0
     * @return the reservation, or {@code null} if that much is not free
     */
    Reservation tryReserve(final long bytes) {
        return reserve(bytes, bytes);
    }

    /**
     * Reserves as much as is free, up to {@code bytes}: for memory whose size is a matter of speed only.
     *
     * @param bytes what would be best, >= 0
     * @return the reservation, possibly of 0 bytes
     */
    Reservation reserveUpTo(final long bytes) {
        return reserve(0, bytes);
    }

    /** @return the most bytes ever reserved at once */
    synchronized long peak() {
        return m_peak;
    }

    /** @return the bytes reserved now */
    synchronized long reserved() {
        return m_reserved;
    }

    /** @return the allowance in bytes */
    long capacity() {
        return m_capacity;
    }

    private Reservation reserve(final long least, final long most) {
        if (least < 0 || most < least) {
            throw new IllegalArgumentException("invalid reservation of " + least + ".." + most + " bytes");
        }
        final long granted = take(least, most);
        return granted < 0 ? null : new Reservation(granted);
    }

    /** @return the bytes taken, between least and most, or -1 if not even least are free here and in the pool */
    private synchronized long take(final long least, final long most) {
        long granted = Math.min(most, m_capacity - m_reserved);
        if (granted < least) {
            return -1;
        }
        if (m_parent != null) {
            // the lock order is always view, then pool, so concurrent reservations cannot deadlock
            granted = m_parent.take(least, granted);
            if (granted < 0) {
                return -1;
            }
        }
        m_reserved += granted;
        m_peak = Math.max(m_peak, m_reserved);
        return granted;
    }

    private synchronized void release(final long bytes) {
        m_reserved -= bytes;
        if (m_parent != null) {
            m_parent.release(bytes);
        }
    }

    /** Reserved bytes, given back by {@link #close()} (once; later calls do nothing). */
    final class Reservation implements AutoCloseable {

        private final long m_bytes;

        private boolean m_closed;

        private Reservation(final long bytes) {
            m_bytes = bytes;
        }

        /** @return the reserved bytes */
        long bytes() {
            return m_bytes;
        }

        @Override
        public void close() {
            synchronized (KernelMemory.this) {
                if (m_closed) {
                    return;
                }
                m_closed = true;
            }
            release(m_bytes);
        }
    }
}
