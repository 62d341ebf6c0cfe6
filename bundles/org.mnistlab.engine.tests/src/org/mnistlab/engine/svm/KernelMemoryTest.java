package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

/** The pool of precomputed kernel memory, alone and under concurrent fits. */
class KernelMemoryTest {

    @Test
    void tryReserve_allOrNothing_andCloseGivesBackOnce() {
        final KernelMemory pool = new KernelMemory(100);
        final KernelMemory.Reservation a = pool.tryReserve(60);
        assertNotNull(a);
        assertNull(pool.tryReserve(41));
        final KernelMemory.Reservation b = pool.tryReserve(40);
        assertNotNull(b);
        assertEquals(100, pool.reserved());
        a.close();
        a.close();
        assertEquals(40, pool.reserved());
        b.close();
        assertEquals(0, pool.reserved());
        assertEquals(100, pool.peak());
    }

    @Test
    void reserveUpTo_grantsWhatIsFree() {
        final KernelMemory pool = new KernelMemory(100);
        try (KernelMemory.Reservation a = pool.tryReserve(70); KernelMemory.Reservation b = pool.reserveUpTo(50);
                KernelMemory.Reservation c = pool.reserveUpTo(50)) {
            assertEquals(70, a.bytes());
            assertEquals(30, b.bytes());
            assertEquals(0, c.bytes());
        }
        assertEquals(0, pool.reserved());
    }

    @Test
    void limit_capsTheViewAndDrawsOnThePool() {
        final KernelMemory pool = new KernelMemory(100);
        final KernelMemory fit = pool.limit(50);
        assertNull(fit.tryReserve(51));
        try (KernelMemory.Reservation a = fit.tryReserve(30)) {
            assertEquals(30, pool.reserved());
            try (KernelMemory.Reservation other = pool.tryReserve(60)) {
                // the view has 20 left of its own, the pool only 10
                assertNull(fit.tryReserve(20));
                assertEquals(10, fit.reserveUpTo(50).bytes());
            }
        }
        assertEquals(10, fit.reserved(), "the unclosed reservation of 10 bytes");
        assertEquals(10, pool.reserved());
    }

    @Test
    void concurrentReservations_neverExceedTheCapacity() {
        final KernelMemory pool = new KernelMemory(1000);
        final AtomicLong granted = new AtomicLong();
        Parallel.map(64, 8, t -> {
            final KernelMemory view = pool.limit(300);
            for (int i = 0; i < 2000; i++) {
                try (KernelMemory.Reservation r = (i + t) % 2 == 0 ? view.tryReserve(7 + (i * 31 + t) % 120)
                    : view.reserveUpTo(150)) {
                    if (r != null) {
                        granted.addAndGet(r.bytes());
                    }
                }
            }
            return null;
        });
        assertTrue(granted.get() > 0);
        assertTrue(pool.peak() <= 1000, "peak " + pool.peak());
        assertEquals(0, pool.reserved());
    }

    /**
     * One-vs-rest SVC on 1,500 MNIST digits, ten binary fits on four threads, in pools smaller than an unconstrained
     * fit takes: with room for the shared kernel rows and just 4 MB for the caches of four libsvm solvers, and with
     * room for no precomputed rows at all (libsvm's own kernel, the caches competing). The models must equal the unconstrained
     * ones bit for bit and the pool must never be exceeded.
     */
    @Test
    @FullMnist
    void oneVsRestOnMnist_inSmallPools_givesTheUnconstrainedModels_withinThePool() {
        final Dataset train = MnistTestData.all().head(1500);
        final Target y = Target.of(train.labels(), Target.LEXICOGRAPHIC);
        final KernelMemory unconstrained = new KernelMemory(Long.MAX_VALUE);
        final OneVsRestClassifier reference = OneVsRestClassifier.fit(train.x(), y,
            new SVCLearner(SVCParams.DEFAULTS, 1, unconstrained), 4, Monitor.NONE);
        final long rows = KernelRows.rowBytes(1500);
        assertTrue(unconstrained.peak() > rows, "unconstrained peak " + unconstrained.peak());
        for (final long capacity : new long[] {rows + (4 << 20), rows / 2}) {
            final KernelMemory pool = new KernelMemory(capacity);
            final OneVsRestClassifier model = OneVsRestClassifier.fit(train.x(), y,
                new SVCLearner(SVCParams.DEFAULTS, 1, pool), 4, Monitor.NONE);
            assertTrue(pool.peak() <= capacity, "peak " + pool.peak() + " in a pool of " + capacity);
            assertTrue(pool.peak() > 0, "the pool was used");
            assertEquals(0, pool.reserved(), "all given back");
            assertSameModels(reference, model);
        }
    }

    private static void assertSameModels(final OneVsRestClassifier expected, final OneVsRestClassifier actual) {
        final List<Classifier> e = expected.estimators();
        final List<Classifier> a = actual.estimators();
        assertEquals(e.size(), a.size());
        for (int m = 0; m < e.size(); m++) {
            final SVC es = (SVC)e.get(m);
            final SVC as = (SVC)a.get(m);
            assertArrayEquals(es.support(), as.support(), "support of class " + m);
            assertArrayEquals(es.intercept(), as.intercept(), "intercept of class " + m);
            assertArrayEquals(flat(es.dualCoef()), flat(as.dualCoef()), "dual coefficients of class " + m);
        }
    }

    private static double[] flat(final double[][] rows) {
        final List<Double> all = new ArrayList<>();
        for (final double[] r : rows) {
            for (final double v : r) {
                all.add(v);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
