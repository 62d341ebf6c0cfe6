package org.mnistlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
