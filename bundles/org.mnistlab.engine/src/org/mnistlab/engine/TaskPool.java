package org.mnistlab.engine;

/**
 * Threads that {@link Parallel} borrows when the application hosting the engine has a thread pool of its own (KNIME's
 * global pool, whose thread limit and node context must hold for engine work too). Without one, {@link Parallel}
 * uses a fork/join pool of its own, as the headless runner does.
 * <p>
 * Parallel asks a pool for helpers only: the calling thread always works too, and helpers take tasks from a shared
 * counter until none is left, so a helper that never starts (the pool is full) costs nothing, and a thread waits only
 * for tasks already running. Nested parallel work (classes inside cross-validation folds) therefore cannot deadlock,
 * whatever the pool's size. Implementations must be thread-safe.
 */
public interface TaskPool {

    /** A helper handed to the pool. */
    @FunctionalInterface
    interface Submitted {
        /** Takes the helper back if it has not started; it would find no task left anyway. */
        void withdraw();
    }

    /** Blocking of the calling thread until tasks running on other threads are done. */
    @FunctionalInterface
    interface Wait {
        /**
         * @throws InterruptedException if the waiting thread is interrupted
         */
        void await() throws InterruptedException;
    }

    /**
     * Runs a helper on a thread of the pool, when the pool has one free.
     *
     * @param helper the work, which catches its own failures
     * @return the handle to withdraw it
     */
    Submitted submit(Runnable helper);

    /**
     * Waits as the pool wants its threads to wait for other tasks, e.g. without holding a slot of the pool meanwhile.
     *
     * @param wait the waiting
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void block(Wait wait) throws InterruptedException;
}
