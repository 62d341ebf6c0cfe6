package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.models.Models;

/** The model around the kernel: one-vs-all, threads, persistence, input checks, progress and cancellation. */
class SGDClassifierTest {

    /** 400 samples of 12 features in four classes, with zeros and negative values. */
    private static final double[][] X = new double[400][12];

    private static final String[] LABELS = new String[400];

    static {
        final SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < X.length; i++) {
            final int c = r.nextInt(4);
            LABELS[i] = "class" + c;
            for (int j = 0; j < 12; j++) {
                X[i][j] = r.nextInt(4) == 0 ? 0.0 : r.nextGaussian() + (j % 4 == c ? 1.5 : 0);
            }
        }
    }

    private static final FeatureMatrix MATRIX = DenseMatrix.of(X);

    private static final Target FOUR = Target.of(LABELS, Target.LEXICOGRAPHIC);

    private static SGDClassifier fit(final Target y, final int threads) {
        return SGDClassifier.fit(MATRIX, y, SGDParams.DEFAULTS, threads, Monitor.NONE);
    }

    @Test
    void multiclass_threadCount_changesNoBit() {
        final SGDClassifier one = fit(FOUR, 1);
        final SGDClassifier four = fit(FOUR, 4);
        assertEquals(4, one.coef().length);
        assertEquals(one.nIter(), four.nIter());
        assertArrayEquals(one.intercept(), four.intercept());
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(one.coef()[k], four.coef()[k]);
        }
    }

    @Test
    void binary_hasOneRowScoringTheSecondClass() {
        final SGDClassifier m = fit(Target.binary(LABELS, "class2"), 1);
        assertArrayEquals(new String[]{Target.FALSE, Target.TRUE}, m.classes());
        assertEquals(1, m.coef().length);
        assertEquals(12, m.coef()[0].length);
        final Scores s = m.decisionFunction(MATRIX);
        assertEquals(1, s.columns());
        final int[] pred = m.predict(MATRIX);
        for (int i = 0; i < pred.length; i++) {
            assertEquals(s.get(i, 0) > 0 ? 1 : 0, pred[i]);
        }
    }

    @Test
    void multiclass_predictsTheFirstLargestScore() {
        final SGDClassifier m = fit(FOUR, 2);
        final Scores s = m.decisionFunction(MATRIX);
        final int[] pred = m.predict(MATRIX);
        for (int i = 0; i < pred.length; i++) {
            for (int c = 0; c < 4; c++) {
                assertTrue(s.get(i, c) < s.get(i, pred[i]) || s.get(i, c) == s.get(i, pred[i]) && c >= pred[i]);
            }
        }
    }

    @Test
    void saveAndLoad_givesBitIdenticalModel() throws IOException {
        final SGDClassifier m = SGDClassifier.fit(MATRIX, FOUR,
            SGDParams.DEFAULTS.withLoss(Loss.LOG_LOSS).withPenalty(Penalty.ELASTICNET).withTol(null).withMaxIter(3),
            2, Monitor.NONE);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Models.write(m, bytes);
        final SGDClassifier back = assertInstanceOf(SGDClassifier.class,
            Models.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertArrayEquals(m.classes(), back.classes());
        assertEquals(m.numFeatures(), back.numFeatures());
        assertEquals(m.nIter(), back.nIter());
        assertEquals(m.converged(), back.converged());
        assertEquals(m.params(), back.params());
        assertArrayEquals(m.intercept(), back.intercept());
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(m.coef()[k], back.coef()[k]);
        }
        assertEquals(m.decisionFunction(MATRIX), back.decisionFunction(MATRIX));
        // and the bytes are a fixed point
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        Models.write(back, again);
        assertArrayEquals(bytes.toByteArray(), again.toByteArray());
    }

    @Test
    void read_unknownBodyVersion_throws() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fit(Target.binary(LABELS, "class1"), 1).writeBody(new DataOutputStream(bytes));
        final IOException e = assertThrows(IOException.class,
            () -> SGDClassifier.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), 2));
        assertTrue(e.getMessage().contains("format 2"), e.getMessage());
    }

    @Test
    void read_truncatedBody_throws() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        fit(FOUR, 1).writeBody(new DataOutputStream(bytes));
        final byte[] half = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThrows(IOException.class, () -> SGDClassifier.read(new DataInputStream(new ByteArrayInputStream(half)),
            1));
    }

    @Test
    void accessors_returnCopies() {
        final SGDClassifier m = fit(FOUR, 1);
        final double before = m.coef()[0][0];
        m.coef()[0][0] = 123;
        m.intercept()[0] = 123;
        m.classes()[0] = "changed";
        assertEquals(before, m.coef()[0][0]);
        assertFalse(m.intercept()[0] == 123);
        assertEquals("class0", m.classes()[0]);
    }

    @Test
    void learner_fitsTheSameModel() {
        final Classifier c = SGDClassifier.learner(SGDParams.DEFAULTS, 2).fit(MATRIX, FOUR, Monitor.NONE);
        assertEquals(fit(FOUR, 1).decisionFunction(MATRIX), c.decisionFunction(MATRIX));
    }

    @Test
    void fit_oneClass_throws() {
        final String[] same = new String[X.length];
        Arrays.fill(same, "a");
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> fit(Target.of(same, Target.LEXICOGRAPHIC), 1));
        assertEquals("The number of classes has to be greater than one; got 1 class", e.getMessage());
    }

    @Test
    void fit_mismatchedLengths_throws() {
        final Target y = Target.of(Arrays.copyOf(LABELS, 10), Target.LEXICOGRAPHIC);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit(y, 1));
        assertEquals("Found input variables with inconsistent numbers of samples: [400, 10]", e.getMessage());
    }

    @Test
    void fit_noSamplesOrFeatures_throws() {
        final Target none = Target.of(new String[0], Target.LEXICOGRAPHIC);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SGDClassifier.fit(DenseMatrix.wrap(0, 3, new double[0]), none, SGDParams.DEFAULTS, 1, Monitor.NONE));
        assertEquals("Found array with 0 sample(s) (shape=(0, 3)) while a minimum of 1 is required by SGDClassifier.",
            e.getMessage());
        final Target two = Target.of(new String[]{"a", "b"}, Target.LEXICOGRAPHIC);
        final IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
            () -> SGDClassifier.fit(DenseMatrix.wrap(2, 0, new double[0]), two, SGDParams.DEFAULTS, 1, Monitor.NONE));
        assertTrue(f.getMessage().startsWith("Found array with 0 feature(s)"), f.getMessage());
    }

    @Test
    void fit_nanOrInfinity_throwsNamingTheCell() {
        for (final double bad : new double[]{Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            final double[][] x = {{1, 2}, {3, bad}};
            final Target y = Target.of(new String[]{"a", "b"}, Target.LEXICOGRAPHIC);
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SGDClassifier.fit(DenseMatrix.of(x), y, SGDParams.DEFAULTS, 1, Monitor.NONE));
            assertTrue(e.getMessage().startsWith(Double.isNaN(bad) ? "Input X contains NaN" : "Input X contains infinity")
                && e.getMessage().contains("row 1, column 1"), e.getMessage());
        }
    }

    @Test
    void fit_badThreadCount_throws() {
        assertThrows(IllegalArgumentException.class, () -> fit(FOUR, 0));
    }

    @Test
    void decisionFunction_otherFeatureCount_throws() {
        final SGDClassifier m = fit(FOUR, 1);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> m.decisionFunction(DenseMatrix.of(new double[][]{{1, 2, 3}})));
        assertEquals("X has 3 features, but SGDClassifier is expecting 12 features as input.", e.getMessage());
    }

    @Test
    void fit_overflow_throwsSklearnsMessageAndNoModel() {
        final double[][] huge = new double[X.length][];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = X[i].clone();
            for (int j = 0; j < huge[i].length; j++) {
                huge[i][j] *= 1e200;
            }
        }
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SGDClassifier.fit(DenseMatrix.of(huge), FOUR, SGDParams.DEFAULTS.withLoss(Loss.SQUARED_ERROR), 2,
                Monitor.NONE));
        assertTrue(e.getMessage().startsWith("Floating-point under-/overflow occurred at epoch #"), e.getMessage());
    }

    @Test
    void convergence_maxIterReached_isReported() {
        assertFalse(SGDClassifier.fit(MATRIX, FOUR, SGDParams.DEFAULTS.withMaxIter(2), 1, Monitor.NONE).converged());
        assertTrue(SGDClassifier.fit(MATRIX, FOUR, SGDParams.DEFAULTS.withMaxIter(2).withTol(null), 1, Monitor.NONE)
            .converged(), "no stopping rule, no warning");
        assertTrue(fit(FOUR, 1).converged());
    }

    /** Records progress; cancels once {@code cancelAfter} reports arrived. */
    private static final class Recorder extends ProgressMonitor {

        private final List<Double> m_reports = new ArrayList<>();

        private final int m_cancelAfter;

        Recorder(final int cancelAfter) {
            m_cancelAfter = cancelAfter;
        }

        @Override
        protected synchronized void report(final double fraction, final String message) {
            m_reports.add(fraction);
        }

        @Override
        protected synchronized boolean isCanceled() {
            return m_reports.size() >= m_cancelAfter;
        }
    }

    @Test
    void progress_risesPerEpochToOne() {
        final Recorder r = new Recorder(Integer.MAX_VALUE);
        final SGDClassifier m = SGDClassifier.fit(MATRIX, FOUR, SGDParams.DEFAULTS, 1, r);
        assertTrue(r.m_reports.size() >= m.nIter(), "a report per epoch and class");
        for (int i = 1; i < r.m_reports.size(); i++) {
            assertTrue(r.m_reports.get(i) >= r.m_reports.get(i - 1));
        }
        assertEquals(1.0, r.m_reports.get(r.m_reports.size() - 1), 1e-12);
    }

    @Test
    void cancel_stopsTheFitWithinAnEpoch() {
        final Recorder r = new Recorder(3);
        assertThrows(CanceledException.class, () -> SGDClassifier.fit(MATRIX, FOUR, SGDParams.DEFAULTS, 2, r));
        assertTrue(r.m_reports.size() < 3 + 4, "at most one more epoch per class after the cancel");
    }
}
