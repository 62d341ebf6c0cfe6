package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.models.Models;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/** The training log around the kernel: formatting as Python prints it, per-class logs, persistence untouched. */
class SGDTrainingLogTest {

    /** 200 samples of 6 features in three classes; the data of the saved model fixture (see below). */
    private static final double[][] X = new double[200][6];

    private static final String[] LABELS = new String[200];

    static {
        final SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < X.length; i++) {
            final int c = r.nextInt(3);
            LABELS[i] = "c" + c;
            for (int j = 0; j < 6; j++) {
                X[i][j] = r.nextInt(3) == 0 ? 0.0 : r.nextGaussian() + (j % 3 == c ? 1.5 : 0);
            }
        }
    }

    private static final FeatureMatrix MATRIX = DenseMatrix.of(X);

    private static final Target THREE = Target.of(LABELS, Target.LEXICOGRAPHIC);

    @Test
    void pyFormat_roundsTheExactValueHalfEven_asPython() {
        // 0.125 and 0.375 are exact binary ties: Python's '%.2f' rounds them to even
        assertEquals("0.12", PyFormat.fixed(0.125, 2));
        assertEquals("0.38", PyFormat.fixed(0.375, 2));
        // 1.005 is 1.00499999999999989... in binary: Python says 1.00 where a half-up decimal rounding says 1.01
        assertEquals("1.00", PyFormat.fixed(1.005, 2));
        assertEquals("2.675000", PyFormat.fixed(2.675, 6));
        assertEquals("-0.000000", PyFormat.fixed(-1e-9, 6));
        assertEquals("-0.00", PyFormat.fixed(-0.0, 2));
        assertEquals("0.00", PyFormat.fixed(0.0, 2));
        // every digit of the binary value, where Java's %.2f pads its 17 significant digits with zeros
        assertEquals("1180591620717411303424.00", PyFormat.fixed(Math.pow(2, 70), 2));
        assertEquals("nan", PyFormat.fixed(Double.NaN, 2));
        assertEquals("inf", PyFormat.fixed(Double.POSITIVE_INFINITY, 6));
        assertEquals("-inf", PyFormat.fixed(Double.NEGATIVE_INFINITY, 6));
    }

    @Test
    void epochLine_isSklearnsFormat() {
        final SGDEpoch e = new SGDEpoch(3, 42.604, 4, 0.2104136, 90, 1.0160504, 0.004);
        assertEquals("Norm: 42.60, NNZs: 4, Bias: 0.210414, T: 90, Avg. loss: 1.016050", e.line());
    }

    @Test
    void problemLines_epochBlocks_thenConvergenceOnlyWhenConverged() {
        final List<SGDEpoch> epochs = List.of(new SGDEpoch(1, 1, 2, 3, 10, 4, 0.001),
            new SGDEpoch(2, 1, 2, 3, 20, 4, 0.016));
        assertEquals(List.of("-- Epoch 1", "Norm: 1.00, NNZs: 2, Bias: 3.000000, T: 10, Avg. loss: 4.000000",
            "Total training time: 0.00 seconds.", "-- Epoch 2",
            "Norm: 1.00, NNZs: 2, Bias: 3.000000, T: 20, Avg. loss: 4.000000", "Total training time: 0.02 seconds.",
            "Convergence after 2 epochs took 0.02 seconds"),
            new SGDProblemLog("b", epochs, SGDStop.CONVERGED, 0.017).lines());
        assertEquals(6, new SGDProblemLog("b", epochs, SGDStop.MAX_ITER, 0.017).lines().size());
    }

    @Test
    void fit_withoutLog_hasNone() {
        assertEquals(Optional.empty(),
            SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS, 1, Monitor.NONE).trainingLog());
    }

    @Test
    void multiclass_oneLogPerClass_inClassOrder_samplesCountedPerProblem() {
        final SGDTrainingLog log = SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS, 2, Monitor.NONE, true)
            .trainingLog().orElseThrow();
        assertEquals(List.of("c0", "c1", "c2"), log.problems().stream().map(SGDProblemLog::positiveClass).toList());
        for (final SGDProblemLog p : log.problems()) {
            for (final SGDEpoch e : p.epochs()) {
                assertEquals(200L * e.epoch(), e.t());
                assertTrue(e.nnz() >= 0 && e.nnz() <= 6);
            }
        }
        assertEquals(log.problems().stream().mapToInt(p -> p.lines().size()).sum(), log.lines().size());
    }

    @Test
    void binary_logsTheEpochsItRan_andConverges() {
        final Target y = Target.binary(LABELS, "c1");
        final SGDClassifier m = SGDClassifier.fit(MATRIX, y, SGDParams.DEFAULTS, 1, Monitor.NONE, true);
        final SGDTrainingLog log = m.trainingLog().orElseThrow();
        assertEquals(1, log.problems().size());
        final SGDProblemLog p = log.problems().get(0);
        assertEquals("True", p.positiveClass());
        assertEquals(m.nIter(), p.epochs().size());
        assertEquals(SGDStop.CONVERGED, p.stop());
        assertFalse(log.maxIterReached());
        assertEquals(Optional.empty(), log.warning());
        assertEquals(m.intercept()[0], p.epochs().get(p.epochs().size() - 1).bias(), "the last bias is the intercept");
    }

    @Test
    void maxIterReached_warnsAsSklearn_butNotWithoutTol() {
        final SGDTrainingLog capped = SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS.withMaxIter(2), 1,
            Monitor.NONE, true).trainingLog().orElseThrow();
        assertTrue(capped.maxIterReached());
        assertEquals(Optional.of("Maximum number of iteration reached before convergence. Consider increasing max_iter "
            + "to improve the fit."), capped.warning());
        capped.problems().forEach(p -> assertEquals(SGDStop.MAX_ITER, p.stop()));

        final SGDTrainingLog noTol = SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS.withTol(null).withMaxIter(3),
            1, Monitor.NONE, true).trainingLog().orElseThrow();
        assertFalse(noTol.maxIterReached());
        noTol.problems().forEach(p -> assertEquals(SGDStop.MAX_ITER, p.stop()));
    }

    @Test
    void samplesSeen_wrapsLikeACUnsignedInt() {
        // 100,000 samples for 50,000 epochs: 5e9 samples, printed by scikit-learn as 5e9 - 2^32
        final SGDEpoch e = new SGDEpoch(50_000, 1, 1, 0, (100_000L * 50_000) & 0xFFFF_FFFFL, 0, 0);
        assertEquals(5_000_000_000L - (1L << 32), e.t());
    }

    /**
     * The log is not saved: a model fitted with a log writes the same bytes as one fitted without, which are the
     * bytes that the release before training logs wrote for this fit (fixtures/models/sgd-body1.bin), and a model
     * read back has no log.
     */
    @Test
    void save_ignoresTheLog_bytesAsBeforeLogsExisted() throws IOException {
        final SGDClassifier logged = SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS, 2, Monitor.NONE, true);
        final SGDClassifier plain = SGDClassifier.fit(MATRIX, THREE, SGDParams.DEFAULTS, 2, Monitor.NONE);
        final byte[] withLog = bytes(logged);
        assertArrayEquals(bytes(plain), withLog);
        final byte[] golden;
        try (InputStream in = SGDTrainingLogTest.class.getResourceAsStream("/fixtures/models/sgd-body1.bin")) {
            golden = in.readAllBytes();
        }
        assertArrayEquals(golden, withLog, "saved bytes changed: bump the body version instead");
        final SGDClassifier back = (SGDClassifier)Models.read(new ByteArrayInputStream(golden));
        assertEquals(Optional.empty(), back.trainingLog());
        assertArrayEquals(logged.coef(), back.coef());
    }

    private static byte[] bytes(final SGDClassifier m) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        Models.write(m, out);
        return out.toByteArray();
    }
}
