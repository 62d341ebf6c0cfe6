package org.mnistlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ProgressMonitorTest {

    /** Records every report; reports arrive one at a time, so no lock is needed here. */
    private static final class Recording extends ProgressMonitor {

        private final List<Double> m_reports = new ArrayList<>();

        @Override
        protected void report(final double fraction, final String message) {
            m_reports.add(fraction);
        }

        @Override
        protected boolean isCanceled() {
            return false;
        }
    }

    @Test
    void nestedShares_addUpByTheirWeights() {
        final Recording m = new Recording();
        final Monitor a = m.sub(0.25);
        final Monitor b = m.sub(0.75);
        a.progress(1, null);
        b.sub(0.5).progress(1, null);
        assertEquals(List.of(0.25, 0.625), m.m_reports);
    }

    /** Concurrent siblings (the folds of cross-validation, the classes of one-vs-rest) never move the total back. */
    @Test
    void concurrentShares_reportANeverDecreasingTotal_endingAtOne() throws Exception {
        final int threads = 4;
        final int steps = 5_000;
        for (int round = 0; round < 20; round++) {
            final Recording m = new Recording();
            final ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                final List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    final Monitor share = m.sub(1.0 / threads);
                    done.add(pool.submit(() -> {
                        for (int i = 1; i <= steps; i++) {
                            share.progress((double)i / steps, null);
                        }
                    }));
                }
                for (final Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            for (int i = 1; i < m.m_reports.size(); i++) {
                assertTrue(m.m_reports.get(i) >= m.m_reports.get(i - 1) - 1e-12,
                    "report " + i + " went back from " + m.m_reports.get(i - 1) + " to " + m.m_reports.get(i));
            }
            assertEquals(1.0, m.m_reports.get(m.m_reports.size() - 1), 1e-9);
        }
    }
}
