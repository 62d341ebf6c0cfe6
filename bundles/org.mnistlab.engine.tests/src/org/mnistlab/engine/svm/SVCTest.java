package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.models.Models;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonObject;

/** Behaviour of {@link SVC} beyond parity: kernel paths, threads, persistence, cancel and bad input. */
class SVCTest {

    private static JsonObject data(final String name) {
        return Fixtures.load("svm_synthetic.json").getAsJsonObject("data").getAsJsonObject(name);
    }

    private static void assertSameModel(final SVC expected, final SVC actual, final FeatureMatrix x) {
        assertArrayEquals(expected.support(), actual.support());
        assertArrayEquals(expected.nSupport(), actual.nSupport());
        assertArrayEquals(expected.intercept(), actual.intercept());
        final double[][] e = expected.dualCoef();
        final double[][] a = actual.dualCoef();
        for (int r = 0; r < e.length; r++) {
            assertArrayEquals(e[r], a[r]);
        }
        assertEquals(expected.decisionFunction(x), actual.decisionFunction(x), "decision values, bit for bit");
        assertEquals(expected.ovoDecisionFunction(x), actual.ovoDecisionFunction(x));
        assertArrayEquals(expected.predict(x), actual.predict(x));
    }

    /**
     * 120 samples of 8 features in 8 classes: non-integer values, so precomputed dot products must sum in libsvm's
     * own order to match, not just be close.
     */
    private static FeatureMatrix eightClassSamples() {
        final double[][] rows = new double[120][8];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 8; j++) {
                rows[i][j] = (i * 7 + j * 13) % 17 == 0 ? 0 : ((i * 7 + j * 13) % 17) / 3.0 + (i % 8 == j ? 2.5 : 0);
            }
        }
        return DenseMatrix.of(rows);
    }

    private static Target eightClasses() {
        final String[] labels = new String[120];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = Integer.toString(i % 8);
        }
        return Target.of(labels, Target.LEXICOGRAPHIC);
    }

    @Test
    void fit_everyWayOfFeedingLibsvm_givesIdenticalModels() {
        final FeatureMatrix x = eightClassSamples();
        final Target y = eightClasses();
        final Target twoClasses = twoClasses(y);
        // 8 classes of 15 samples: pairs of 30; two classes: one pair of all 120
        final long blocks = 8 * KernelRows.blockBytes(15);
        final long crossRows = PairRows.bytes(30, 15 * 15);
        final long pairRows = PairRows.bytes(30, KernelRows.triangle(30));
        final long allRows = KernelRows.rowBytes(120);
        final long binaryRows = PairRows.bytes(120, KernelRows.triangle(120));
        for (final Kernel k : Kernel.values()) {
            final SVCParams p = SVCParams.DEFAULTS.withKernel(k).withGamma(Gamma.of(0.05)).withCoef0(0.5);
            final SVC reference = fit(x, y, p, 1, Long.MAX_VALUE, PairProblems.Form.CLASS_BLOCKS);
            // rows for two pairs at once among four threads: the other pairs wait for free rows
            assertSameModel(reference, fit(x, y, p, 4, blocks + 2 * crossRows, PairProblems.Form.CLASS_BLOCKS), x);
            assertSameModel(reference, fit(x, y, p, 1, blocks + crossRows - 1, PairProblems.Form.PAIR_ROWS), x);
            assertSameModel(reference, fit(x, y, p, 3, 2 * pairRows, PairProblems.Form.PAIR_ROWS), x);
            assertSameModel(reference, fit(x, y, p, 2, pairRows - 1, PairProblems.Form.FEATURES), x);
            // the cache size bounds a fit's kernel values whatever the pool holds
            assertSameModel(reference,
                fit(x, y, p.withCacheSize((pairRows - 1) / (double)(1 << 20)), 1, Long.MAX_VALUE,
                    PairProblems.Form.FEATURES),
                x);
            final SVC binary = fit(x, twoClasses, p, 1, Long.MAX_VALUE, PairProblems.Form.PAIR_ROWS);
            assertSameModel(binary, fit(x, twoClasses, p, 2, binaryRows - 1, PairProblems.Form.FEATURES), x);
            // kernel rows of all samples, prepared for one-vs-rest, or not when they cannot be reserved
            for (final long capacity : new long[] {allRows, allRows - 1}) {
                final KernelMemory memory = new KernelMemory(capacity);
                try (Learner.Prepared prepared = new SVCLearner(p, 2, memory).forSamples(x, Monitor.NONE)) {
                    assertEquals(capacity == allRows ? allRows : 0, memory.reserved());
                    assertSameModel(reference, (SVC)prepared.fit(x, y, Monitor.NONE), x);
                    assertSameModel(binary, (SVC)prepared.fit(x, twoClasses, Monitor.NONE), x);
                }
                assertEquals(0, memory.reserved(), "closing gives the rows back");
                assertTrue(memory.peak() <= capacity);
            }
        }
    }

    @Test
    void concurrentFits_waitingForRowsInsideForkJoinTasks_giveIdenticalModels() {
        final FeatureMatrix x = eightClassSamples();
        final Target y = eightClasses();
        final SVC reference = SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE);
        // each fit has rows for two of its 28 pairs and solves them on eight threads, inside an outer pool
        final long capacity = 8 * KernelRows.blockBytes(15) + 2 * PairRows.bytes(30, 15 * 15);
        final List<SVC> models = Parallel.map(3, 3,
            f -> SVCTraining.fit(x, y, SVCParams.DEFAULTS, 8, new KernelMemory(capacity), Monitor.NONE));
        for (final SVC model : models) {
            assertSameModel(reference, model, x);
        }
    }

    /**
     * Fits in a pool of its own after checking which form the fit chooses in it, and checks that the fit stayed
     * within the pool and gave everything back.
     */
    private static SVC fit(final FeatureMatrix x, final Target y, final SVCParams params, final int threads,
        final long capacity, final PairProblems.Form form) {
        final Target checked = SVCTraining.checkTarget(x, y, threads);
        final Groups groups = Groups.of(checked);
        final int pairs = groups.numClasses() * (groups.numClasses() - 1) / 2;
        try (PairProblems problems = PairProblems.of(TrainingSamples.of(x, params), null, groups,
            new KernelMemory(capacity).limit(SVCTraining.cacheBytes(params)), Math.min(threads, pairs), threads,
            Monitor.NONE)) {
            assertEquals(form, problems.form(), "form in a pool of " + capacity + " bytes");
        }
        final KernelMemory memory = new KernelMemory(capacity);
        final SVC model = SVCTraining.fit(x, y, params, threads, memory, Monitor.NONE);
        assertTrue(memory.peak() <= capacity, "reserved at most the pool");
        assertEquals(0, memory.reserved(), "all given back");
        return model;
    }

    private static Target twoClasses(final Target y) {
        final String[] labels = new String[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.label(i);
        }
        return Target.binary(labels, "3");
    }

    @Test
    void fit_anyThreadCount_givesIdenticalModels() {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final Target y = SvmCases.y(data("float"));
        final SVC one = SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE);
        assertSameModel(one, SVC.fit(x, y, SVCParams.DEFAULTS, 2, Monitor.NONE), x);
        assertSameModel(one, SVC.fit(x, y, SVCParams.DEFAULTS, 5, Monitor.NONE), x);
    }

    @Test
    void learnerPreparedForSamples_givesTheModelsOfPlainFits() {
        final FeatureMatrix x = SvmCases.x(data("int"));
        final Target y = SvmCases.y(data("int"));
        final Target binary = Target.binary(Fixtures.strings(data("int").get("y")), "b");
        final SVC plain = SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE);
        final Learner.Prepared prepared = SVC.learner(SVCParams.DEFAULTS, 2).forSamples(x, Monitor.NONE);
        try (prepared) {
            assertSameModel(plain, (SVC)prepared.fit(x, y, Monitor.NONE), x);
            assertSameModel(SVC.fit(x, binary, SVCParams.DEFAULTS, 1, Monitor.NONE),
                (SVC)prepared.fit(x, binary, Monitor.NONE), x);
            // other samples: fitted on their own
            assertSameModel(plain, (SVC)prepared.fit(DenseMatrix.copyOf(x), y, Monitor.NONE), x);
        }
        assertSameModel(plain, (SVC)prepared.fit(x, y, Monitor.NONE), x);
    }

    @Test
    void binary_decisionIsOneColumnPositiveForSecondClass() {
        final FeatureMatrix x = SvmCases.x(data("int"));
        final Target y = Target.binary(Fixtures.strings(data("int").get("y")), "a");
        final SVC model = SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE);
        final Scores s = model.decisionFunction(x);
        assertEquals(1, s.columns());
        assertEquals(s, model.ovoDecisionFunction(x));
        final int[] predicted = model.predict(x);
        for (int r = 0; r < x.rows(); r++) {
            assertEquals(s.get(r, 0) > 0 ? 1 : 0, predicted[r], "row " + r);
        }
        assertEquals(1, model.intercept().length);
        assertEquals(1, model.dualCoef().length);
    }

    @Test
    void ovoShape_decisionHasOneColumnPerPair() {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final SVC model = SVC.fit(x, SvmCases.y(data("float")),
            SVCParams.DEFAULTS.withDecisionFunctionShape(DecisionFunctionShape.OVO), 1, Monitor.NONE);
        final Scores s = model.decisionFunction(x);
        assertEquals(6, s.columns());
        assertEquals(s, model.ovoDecisionFunction(x));
    }

    @Test
    void saveAndLoad_givesIdenticalDecisions() throws IOException {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final SVC model = SVC.fit(x, SvmCases.y(data("float")),
            SVCParams.DEFAULTS.withKernel(Kernel.POLY).withC(3).withBreakTies(true), 1, Monitor.NONE);
        final byte[] saved = save(model);
        final SVC loaded = (SVC)Models.read(new ByteArrayInputStream(saved));
        assertSameModel(model, loaded, x);
        assertEquals(model.params(), loaded.params());
        assertEquals(Double.doubleToLongBits(model.gamma()), Double.doubleToLongBits(loaded.gamma()));
        assertArrayEquals(model.classes(), loaded.classes());
        assertArrayEquals(saved, save(loaded));
    }

    @Test
    void load_unknownBodyVersion_throws() throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final SVC model = SVC.fit(SvmCases.x(data("int")), SvmCases.y(data("int")), SVCParams.DEFAULTS, 1,
            Monitor.NONE);
        Models.write(new Persistable2(model), out);
        final IOException e =
            assertThrows(IOException.class, () -> Models.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals("saved SVC format 2 is not one this version understands (1)", e.getMessage());
    }

    /** The model under a future body version. */
    private record Persistable2(SVC model) implements org.mnistlab.engine.Persistable {
        @Override
        public String typeTag() {
            return SVC.TYPE_TAG;
        }

        @Override
        public int bodyVersion() {
            return 2;
        }

        @Override
        public void writeBody(final java.io.DataOutputStream out) throws IOException {
            model.writeBody(out);
        }
    }

    private static byte[] save(final SVC model) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        Models.write(model, out);
        return out.toByteArray();
    }

    @Test
    void fit_canceled_throwsAndReportsNoModel() {
        final AtomicInteger checks = new AtomicInteger();
        final ProgressMonitor canceled = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // not needed
            }

            @Override
            protected boolean isCanceled() {
                return checks.incrementAndGet() > 3;
            }
        };
        assertThrows(CanceledException.class,
            () -> SVC.fit(SvmCases.x(data("float")), SvmCases.y(data("float")), SVCParams.DEFAULTS, 1, canceled));
    }

    @Test
    void fit_reportsProgressUpToOne() {
        final double[] last = {0};
        final ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                assertTrue(fraction >= last[0] - 1e-12, "progress never goes back");
                last[0] = fraction;
            }

            @Override
            protected boolean isCanceled() {
                return false;
            }
        };
        SVC.fit(SvmCases.x(data("float")), SvmCases.y(data("float")), SVCParams.DEFAULTS, 2, monitor);
        assertEquals(1.0, last[0], 1e-9);
    }

    @Test
    void fit_badInput_throwsClearMessages() {
        final double[][] rows = {{0, 1}, {1, 0}, {2, 2}, {3, 1}};
        final Target y = Target.of(new String[] {"a", "b", "a", "b"}, Target.LEXICOGRAPHIC);
        rows[2][1] = Double.NaN;
        assertFit("Input X contains NaN.", DenseMatrix.of(rows), y);
        rows[2][1] = Double.NEGATIVE_INFINITY;
        assertFit("Input X contains infinity or a value too large for dtype('float64').", DenseMatrix.of(rows), y);
        rows[2][1] = 2;
        assertFit("The number of classes has to be greater than one; got 1 class", DenseMatrix.of(rows),
            Target.of(new String[] {"a", "a", "a", "a"}, Target.LEXICOGRAPHIC));
        assertFit("Found input variables with inconsistent numbers of samples: [4, 3]", DenseMatrix.of(rows),
            Target.of(new String[] {"a", "b", "a"}, Target.LEXICOGRAPHIC));
        assertFit("Found array with 0 sample(s) (shape=(0, 2)) while a minimum of 1 is required by SVC.",
            DenseMatrix.wrap(0, 2, new double[0]), Target.of(new String[0], Target.LEXICOGRAPHIC));
        assertFit("Found array with 0 feature(s) (shape=(4, 0)) while a minimum of 1 is required by SVC.",
            DenseMatrix.wrap(4, 0, new double[0]), y);
    }

    private static void assertFit(final String message, final FeatureMatrix x, final Target y) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
            () -> SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE)).getMessage());
    }

    @Test
    void predict_badInput_throwsClearMessages() {
        final SVC model = SVC.fit(SvmCases.x(data("float")), SvmCases.y(data("float")), SVCParams.DEFAULTS, 1,
            Monitor.NONE);
        assertEquals("X has 2 features, but SVC is expecting 5 features as input.",
            assertThrows(IllegalArgumentException.class,
                () -> model.predict(DenseMatrix.of(new double[][] {{1, 2}}))).getMessage());
        assertEquals("Input X contains NaN.", assertThrows(IllegalArgumentException.class,
            () -> model.decisionFunction(DenseMatrix.of(new double[][] {{1, 2, Double.NaN, 4, 5}}))).getMessage());
    }

    @Test
    void supportVectors_areTheTrainingRowsOfSupport() {
        final FeatureMatrix x = SvmCases.x(data("int"));
        final SVC model = SVC.fit(x, SvmCases.y(data("int")), SVCParams.DEFAULTS, 1, Monitor.NONE);
        final FeatureMatrix sv = model.supportVectors();
        final int[] support = model.support();
        assertEquals(support.length, sv.rows());
        for (int s = 0; s < support.length; s++) {
            for (int j = 0; j < x.cols(); j++) {
                assertEquals(x.get(support[s], j), sv.get(s, j));
            }
        }
    }
}
