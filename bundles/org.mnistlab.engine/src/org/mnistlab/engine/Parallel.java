package org.mnistlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.IntFunction;

/**
 * Runs independent tasks (folds, one-vs-rest classes) on a bounded number of threads. Each task gets its index and
 * must not share mutable state or random generators with the others; results come back in index order, so the
 * outcome never depends on the thread count. Failures don't either: when tasks fail, the exception of the first
 * failing task in index order is rethrown as it was thrown, as a sequential loop would report it.
 */
public final class Parallel {

    private Parallel() {
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

    private record Outcome<T>(T result, Throwable error) {
    }
}
