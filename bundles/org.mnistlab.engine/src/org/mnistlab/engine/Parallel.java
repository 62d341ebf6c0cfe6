package org.mnistlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent tasks (folds, one-vs-rest classes) on a bounded number of threads. Each task gets its index and
 * must not share mutable state or random generators with the others; results come back in index order, so the
 * outcome never depends on the thread count. Failures don't either: when tasks fail, the exception of the first
 * failing task in index order is rethrown as it was thrown, as a sequential loop would report it.
 * <p>
 * The threads are a fork/join pool of Parallel's own, or, inside {@link #using}, the host application's
 * {@link TaskPool}.
 */
public final class Parallel {

    /** The host's pool for the work running on this thread, or {@code null} for Parallel's own. */
    private static final ThreadLocal<TaskPool> POOL = new ThreadLocal<>();

    private Parallel() {
    }

    /**
     * Work whose parallel tasks run on a given pool.
     *
     * @param <T> its result
     * @param <E> what it throws
     */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /**
         * @return the result
         * @throws E the work's failure
         */
        T run() throws E;
    }

    /**
     * Runs work on the calling thread with every {@link #map} it calls, directly or from tasks, borrowing its helper
     * threads from {@code pool}.
     *
     * @param <T> the result
     * @param <E> what the work throws
     * @param pool the host's threads
     * @param work the work
     * @return its result
     * @throws E as the work throws it
     */
    public static <T, E extends Exception> T using(final TaskPool pool, final Work<T, E> work) throws E {
        final TaskPool previous = POOL.get();
        POOL.set(pool);
        try {
            return work.run();
        } finally {
            restore(previous);
        }
    }

    private static void restore(final TaskPool previous) {
        if (previous == null) {
            POOL.remove();
        } else {
            POOL.set(previous);
        }
    }

    /** @return the number of threads to use when the user did not say: the machine's processors */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Computes {@code task.apply(i)} for i in [0, count).
     *
     * @param count number of tasks
     * @param threads at most this many tasks run at once; 1 runs them in order on the calling thread
     * @param task the work; an exception it throws is rethrown unchanged once all tasks have ended (the one of the
     *            lowest failing index)
     * @return results by index
     */
    public static <T> List<T> map(final int count, final int threads, final IntFunction<T> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        final List<T> results = new ArrayList<>(count);
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                results.add(task.apply(i));
            }
            return results;
        }
        final TaskPool host = POOL.get();
        if (host != null) {
            return onPool(host, count, threads, task);
        }
        final List<RecursiveTask<Outcome<T>>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int index = i;
            tasks.add(new RecursiveTask<Outcome<T>>() {
                private static final long serialVersionUID = 1L;

                @Override
                protected Outcome<T> compute() {
                    try {
                        return new Outcome<>(task.apply(index), null);
                    } catch (RuntimeException | Error e) {
                        // kept, not thrown: ForkJoin would wrap it and report whichever task failed first in time
                        return new Outcome<>(null, e);
                    }
                }
            });
        }
        if (ForkJoinTask.inForkJoinPool()) {
            // nested parallelism (classes inside folds) shares the outer pool instead of oversubscribing
            ForkJoinTask.invokeAll(tasks);
        } else {
            final ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.invoke(new RecursiveTask<Void>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected Void compute() {
                        ForkJoinTask.invokeAll(tasks);
                        return null;
                    }
                });
            } finally {
                pool.shutdown();
            }
        }
        for (final RecursiveTask<Outcome<T>> t : tasks) {
            final Outcome<T> o = t.join();
            if (o.error() instanceof RuntimeException e) {
                throw e;
            }
            if (o.error() instanceof Error e) {
                throw e;
            }
            results.add(o.result());
        }
        return results;
    }

    /**
     * The calling thread and up to {@code threads - 1} helpers of the pool take task indices from one counter; the
     * caller then waits only for tasks that are running.
     */
    private static <T> List<T> onPool(final TaskPool pool, final int count, final int threads,
        final IntFunction<T> task) {
        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(count);
        @SuppressWarnings("unchecked")
        final Outcome<T>[] outcomes = new Outcome[count];
        final Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    outcomes[i] = new Outcome<>(task.apply(i), null);
                } catch (RuntimeException | Error e) {
                    outcomes[i] = new Outcome<>(null, e);
                }
                done.countDown();
            }
        };
        final List<TaskPool.Submitted> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, count); h++) {
            // helpers run nested maps on the same pool
            helpers.add(pool.submit(() -> using(pool, () -> {
                worker.run();
                return null;
            })));
        }
        worker.run();
        helpers.forEach(TaskPool.Submitted::withdraw);
        try {
            pool.block(done::await);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException();
        }
        final List<T> results = new ArrayList<>(count);
        for (final Outcome<T> o : Arrays.asList(outcomes)) {
            if (o.error() instanceof RuntimeException e) {
                throw e;
            }
            if (o.error() instanceof Error e) {
                throw e;
            }
            results.add(o.result());
        }
        return results;
    }

    private record Outcome<T>(T result, Throwable error) {
    }
}
