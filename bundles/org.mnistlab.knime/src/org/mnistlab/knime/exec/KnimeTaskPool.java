package org.mnistlab.knime.exec;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.knime.core.node.KNIMEConstants;
import org.knime.core.util.ThreadPool;
import org.mnistlab.engine.TaskPool;

/**
 * The engine's parallel work (cross-validation folds, one-vs-rest classes, kernel blocks) on KNIME's thread pool, so
 * that KNIME's limit on working threads holds for it and its log lines name the node: KNIME's pool runs each helper
 * with the node context of the thread that submitted it.
 * <p>
 * Helpers go to the pool the calling thread was taken from (a node's execute runs on a worker of
 * {@link KNIMEConstants#GLOBAL_THREAD_POOL}), or to the global pool when called from elsewhere. A thread that waits for
 * running tasks does so in {@link ThreadPool#runInvisible}, as KNIME's own {@code MultiThreadWorker} does, so the pool
 * may use its slot meanwhile; the engine never waits for a helper that has not started (see {@link TaskPool}), which
 * is what keeps nested parallel work free of deadlocks when the pool is full.
 */
public final class KnimeTaskPool implements TaskPool {

    /** The one instance: it holds no state. */
    public static final KnimeTaskPool INSTANCE = new KnimeTaskPool();

    private KnimeTaskPool() {
    }

    /**
     * {@inheritDoc} A withdrawn helper stays in KNIME's queue, but empty: canceling a queued job would leave KNIME's
     * count of pending jobs too high, and the engine's work must not be held until the job's turn comes.
     */
    @Override
    public Submitted submit(final Runnable helper) {
        final ThreadPool current = ThreadPool.currentPool();
        final AtomicReference<Runnable> work = new AtomicReference<>(helper);
        (current != null ? current : KNIMEConstants.GLOBAL_THREAD_POOL).enqueue(() -> {
            final Runnable r = work.getAndSet(null);
            if (r != null) {
                r.run();
            }
        });
        return () -> work.set(null);
    }

    @Override
    public void block(final Wait wait) throws InterruptedException {
        final ThreadPool current = ThreadPool.currentPool();
        if (current == null) {
            wait.await();
            return;
        }
        try {
            current.runInvisible(() -> {
                wait.await();
                return null;
            });
        } catch (ExecutionException e) {
            // await throws nothing else
            throw new IllegalStateException(e.getCause());
        }
    }
}
