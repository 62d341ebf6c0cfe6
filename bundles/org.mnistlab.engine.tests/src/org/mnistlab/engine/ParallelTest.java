package org.mnistlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void map_returnsResultsInIndexOrder_forAnyThreadCount() {
        for (final int threads : new int[] {1, 2, 5}) {
            final List<Integer> r = Parallel.map(20, threads, i -> {
                // nested parallel calls share the pool
                final List<Integer> inner = Parallel.map(3, threads, j -> i * 3 + j);
                return inner.stream().mapToInt(Integer::intValue).sum();
            });
            for (int i = 0; i < 20; i++) {
                assertEquals(9 * i + 3, r.get(i));
            }
        }
    }

    @Test
    void map_rethrowsTheLowestFailingTasksOwnException_forAnyThreadCount() {
        for (final int threads : new int[] {1, 2, 4}) {
            final IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(6, threads, i -> {
                if (i == 4) {
                    throw new IllegalStateException("task 4 failed");
                }
                if (i == 2) {
                    // fails later in time than task 4 but comes first in index order
                    sleep(50);
                    throw new IllegalStateException("task 2 failed");
                }
                return i;
            }));
            assertEquals("task 2 failed", e.getMessage());
            assertNull(e.getCause());
        }
    }

    /** A host pool of a fixed number of threads, counting the helpers it started. */
    private static final class FixedPool implements TaskPool, AutoCloseable {
        private final ExecutorService m_threads;

        private final AtomicInteger m_started = new AtomicInteger();

        FixedPool(final int threads) {
            m_threads = Executors.newFixedThreadPool(threads, r -> {
                final Thread t = new Thread(r, "host-pool");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public Submitted submit(final Runnable helper) {
            final Future<?> f = m_threads.submit(() -> {
                m_started.incrementAndGet();
                helper.run();
            });
            return () -> f.cancel(false);
        }

        @Override
        public void block(final Wait wait) throws InterruptedException {
            wait.await();
        }

        @Override
        public void close() {
            m_threads.shutdownNow();
        }
    }

    @Test
    void map_onAHostPool_givesTheSameResultsAndRunsTasksOnItsThreads() {
        final List<Integer> expected = Parallel.map(20, 1, i -> i * i);
        for (final int poolThreads : new int[] {1, 2, 4}) {
            try (FixedPool pool = new FixedPool(poolThreads)) {
                final Set<String> threadNames = ConcurrentHashMap.newKeySet();
                final CountDownLatch twoThreads = new CountDownLatch(2);
                final List<Integer> r = Parallel.using(pool, () -> Parallel.map(20, 4, i -> {
                    threadNames.add(Thread.currentThread().getName());
                    if (i < 2) {
                        // the first two tasks meet, so a helper surely took one
                        meet(twoThreads);
                    }
                    return i * i;
                }));
                assertEquals(expected, r);
                assertTrue(threadNames.contains("host-pool"), "helpers run on the host's threads: " + threadNames);
            }
        }
    }

    @Test
    void nestedMaps_onAHostPoolOfOneThread_doNotDeadlock() {
        // every level waits only for tasks that are running, so even one borrowed thread suffices
        try (FixedPool pool = new FixedPool(1)) {
            final List<Integer> r = Parallel.using(pool, () -> Parallel.map(6, 3, i -> Parallel.map(4, 3,
                j -> Parallel.map(3, 2, k -> i * 100 + j * 10 + k).stream().mapToInt(Integer::intValue).sum())
                .stream().mapToInt(Integer::intValue).sum()));
            for (int i = 0; i < 6; i++) {
                assertEquals(1200 * i + 180 + 12, r.get(i));
            }
        }
    }

    @Test
    void map_onAHostPoolThatNeverStartsHelpers_runsEverythingOnTheCaller() {
        final TaskPool full = new TaskPool() {
            @Override
            public Submitted submit(final Runnable helper) {
                return () -> {
                    // never started: nothing to take back
                };
            }

            @Override
            public void block(final Wait wait) throws InterruptedException {
                wait.await();
            }
        };
        final String caller = Thread.currentThread().getName();
        final List<String> r = Parallel.using(full, () -> Parallel.map(5, 4, i -> Thread.currentThread().getName()));
        assertEquals(List.of(caller, caller, caller, caller, caller), r);
    }

    @Test
    void map_onAHostPool_rethrowsTheLowestFailingTasksOwnException() {
        try (FixedPool pool = new FixedPool(3)) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Parallel.using(pool, () -> Parallel.map(6, 4, i -> {
                    if (i == 4) {
                        throw new IllegalStateException("task 4 failed");
                    }
                    if (i == 1) {
                        sleep(50);
                        throw new IllegalStateException("task 1 failed");
                    }
                    return i;
                })));
            assertEquals("task 1 failed", e.getMessage());
        }
    }

    @Test
    void using_restoresTheCallersPool() throws Exception {
        try (FixedPool outer = new FixedPool(2); FixedPool inner = new FixedPool(2)) {
            Parallel.using(outer, () -> {
                Parallel.using(inner, () -> Parallel.map(4, 2, i -> i));
                final int before = outer.m_started.get();
                final CountDownLatch twoThreads = new CountDownLatch(2);
                Parallel.map(2, 2, i -> {
                    meet(twoThreads);
                    return i;
                });
                assertTrue(outer.m_started.get() > before, "the outer pool serves maps after the inner scope");
                return null;
            });
        }
    }

    private static void meet(final CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void progress_ofConcurrentSharesAddsUp() {
        final AtomicReference<Double> last = new AtomicReference<>(0.0);
        final ProgressMonitor root = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                last.set(fraction);
            }

            @Override
            protected boolean isCanceled() {
                return false;
            }
        };
        Parallel.map(4, 2, i -> {
            final Monitor part = root.sub(0.25);
            final Monitor half = part.sub(0.5);
            half.progress(1.0, "first half");
            part.sub(0.5).progress(1.0, "second half");
            return i;
        });
        assertEquals(1.0, last.get(), 1e-12);
    }

    @Test
    void canceledMonitor_stopsWork() {
        final ProgressMonitor root = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // not needed
            }

            @Override
            protected boolean isCanceled() {
                return true;
            }
        };
        assertThrows(CanceledException.class, () -> root.sub(0.5).sub(0.5).checkCanceled());
    }
}
