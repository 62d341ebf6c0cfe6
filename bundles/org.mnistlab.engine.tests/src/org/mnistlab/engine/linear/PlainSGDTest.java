package org.mnistlab.engine.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;

/**
 * The fast kernel (zero skipping, packed byte rows, prefetching) against {@link ReferenceSGD}, the literal dense
 * transcription, on random data: identical bits for every loss, penalty and learning rate.
 */
class PlainSGDTest {

    private static final long SEED = 1_273_642_419L;

    /** Random samples: about a third exact zeros, the rest of both signs on different scales (or bytes). */
    private static double[][] data(final int n, final int d, final boolean bytes, final long seed) {
        final SplittableRandom r = new SplittableRandom(seed);
        final double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            scale[j] = 0.1 + 3 * r.nextDouble();
        }
        final double[][] x = new double[n][d];
        for (final double[] row : x) {
            for (int j = 0; j < d; j++) {
                if (r.nextInt(3) > 0) {
                    row[j] = bytes ? r.nextInt(1, 256) : (r.nextDouble() * 2 - 1) * scale[j];
                }
            }
        }
        return x;
    }

    /** Labels from a random linear rule plus noise, split at the median score so both classes are common. */
    private static double[] targets(final double[][] x, final long seed) {
        final SplittableRandom r = new SplittableRandom(seed);
        final double[] w = new double[x[0].length];
        for (int j = 0; j < w.length; j++) {
            w[j] = r.nextDouble() * 2 - 1;
        }
        final double[] score = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w.length; j++) {
                score[i] += w[j] * x[i][j];
            }
            score[i] *= 1 + 0.3 * r.nextGaussian();
        }
        final double median = Arrays.stream(score).sorted().toArray()[x.length / 2];
        final double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = score[i] > median ? 1.0 : -1.0;
        }
        return y;
    }

    static Stream<Arguments> settings() {
        final Stream.Builder<Arguments> b = Stream.builder();
        int k = 0;
        for (final Loss loss : Loss.values()) {
            for (final Penalty penalty : Penalty.values()) {
                for (final LearningRate rate : LearningRate.values()) {
                    SGDParams p = new SGDParams(loss, penalty, 1e-4, 0.3, true, 40, 1e-3, true, 0.2, 42, rate,
                        rate == LearningRate.OPTIMAL ? 0.0 : 0.01, 0.5, 5);
                    // vary the rest as well, one setting at a time
                    switch (k++ % 5) {
                        case 1 -> p = p.withShuffle(false);
                        case 2 -> p = p.withFitIntercept(false);
                        case 3 -> p = p.withTol(null).withMaxIter(6);
                        case 4 -> p = p.withAlpha(0.01).withNIterNoChange(2);
                        default -> {
                        }
                    }
                    b.add(Arguments.of(p));
                }
            }
        }
        return b.build();
    }

    private static void assertSameFit(final double[][] dense, final FeatureMatrix x, final SGDParams p,
        final Class<? extends TrainingRows> layout) {
        final double[] y = targets(dense, 5);
        final TrainingRows rows = TrainingRows.of(x);
        assertInstanceOf(layout, rows);
        final ReferenceSGD.Fit expected;
        try {
            expected = ReferenceSGD.fit(dense, y, p, SEED);
        } catch (IllegalArgumentException overflow) {
            assertThrows(IllegalArgumentException.class,
                () -> PlainSGD.fit(rows, y, p, SEED, VerboseLog.NONE, Monitor.NONE));
            return;
        }
        final PlainSGD.Result actual = PlainSGD.fit(rows, y, p, SEED, VerboseLog.NONE, Monitor.NONE);
        assertEquals(expected.nIter(), actual.nIter(), "epochs");
        assertEquals(Double.doubleToRawLongBits(expected.intercept()), Double.doubleToRawLongBits(actual.intercept()),
            () -> "intercept " + expected.intercept() + " vs " + actual.intercept());
        assertArrayEquals(expected.coef(), actual.coef());
        assertEquals(null, actual.log(), "no log unless asked for");

        final PlainSGD.Result logged = PlainSGD.fit(rows, y, p, SEED, VerboseLog.recording(rows, "1"), Monitor.NONE);
        assertArrayEquals(actual.coef(), logged.coef(), "recording the log changes no weight");
        assertEquals(Double.doubleToRawLongBits(actual.intercept()), Double.doubleToRawLongBits(logged.intercept()));
        assertSameLog(expected, logged.log());
    }

    /** Every logged number bit for bit as the literal WeightVector64 bookkeeping gives it; times aside. */
    private static void assertSameLog(final ReferenceSGD.Fit expected, final SGDProblemLog log) {
        assertEquals("1", log.positiveClass());
        assertEquals(expected.converged() ? SGDStop.CONVERGED : SGDStop.MAX_ITER, log.stop());
        assertEquals(expected.epochs().size(), log.epochs().size(), "logged epochs");
        for (int k = 0; k < log.epochs().size(); k++) {
            final SGDEpoch e = expected.epochs().get(k);
            final SGDEpoch a = log.epochs().get(k);
            final SGDEpoch untimed = new SGDEpoch(a.epoch(), a.norm(), a.nnz(), a.bias(), a.t(), a.avgLoss(), 0);
            assertEquals(e, untimed, "epoch " + (k + 1));
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void doubleData_fastKernelEqualsReference(final SGDParams p) {
        final double[][] x = data(70, 9, false, 11);
        assertSameFit(x, DenseMatrix.of(x), p, TrainingRows.MatrixRows.class);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void byteData_packedKernelEqualsReference(final SGDParams p) {
        final double[][] x = data(70, 9, true, 12);
        // pixel values need a tiny step size, or every fit overflows
        final SGDParams small = p.learningRate() == LearningRate.OPTIMAL ? p : p.withEta0(1e-6);
        assertSameFit(x, DenseMatrix.of(x), small, PackedByteRows.class);
    }

    @Test
    void byteMatrixSubset_packedKernelEqualsReference() {
        final double[][] all = data(300, 40, true, 13);
        final ByteMatrix.Builder b = ByteMatrix.builder(40, 300);
        final byte[] row = new byte[40];
        for (final double[] r : all) {
            for (int j = 0; j < 40; j++) {
                row[j] = (byte)r[j];
            }
            b.addRow(row, 0);
        }
        // every third row, in reverse, as a cross-validation fold might select them
        final int[] pick = new int[100];
        final double[][] dense = new double[100][];
        for (int i = 0; i < 100; i++) {
            pick[i] = 297 - 3 * i;
            dense[i] = all[pick[i]];
        }
        assertSameFit(dense, b.build().selectRows(pick), SGDParams.DEFAULTS.withMaxIter(30), PackedByteRows.class);
    }

    @Test
    void wideSparseBytes_packedKernelEqualsReference() {
        // gaps of hundreds of columns between non-zero pixels need the packed layout's gap entries
        final SplittableRandom r = new SplittableRandom(14);
        final double[][] x = new double[60][600];
        for (final double[] row : x) {
            for (int k = 0; k < 4; k++) {
                row[r.nextInt(600)] = r.nextInt(1, 256);
            }
        }
        assertSameFit(x, DenseMatrix.of(x), SGDParams.DEFAULTS.withMaxIter(25), PackedByteRows.class);
        assertSameFit(x, DenseMatrix.of(x), SGDParams.DEFAULTS.withPenalty(Penalty.ELASTICNET).withMaxIter(25),
            PackedByteRows.class);
    }

    @Test
    void layout_nonByteValues_readsTheMatrix() {
        assertInstanceOf(TrainingRows.MatrixRows.class, TrainingRows.of(DenseMatrix.of(new double[][]{{1, 256}})));
        assertInstanceOf(TrainingRows.MatrixRows.class, TrainingRows.of(DenseMatrix.of(new double[][]{{1, 2.5}})));
        assertInstanceOf(TrainingRows.MatrixRows.class, TrainingRows.of(DenseMatrix.of(new double[][]{{-1, 2}})));
        assertInstanceOf(PackedByteRows.class, TrainingRows.of(DenseMatrix.of(new double[][]{{0, 255}, {3, 0}})));
    }

    @Test
    void shuffle_restartsTheGeneratorButPermutesThePreviousOrder() {
        final int[] once = {0, 1, 2, 3, 4, 5, 6, 7};
        PlainSGD.shuffle(once, 42);
        final int[] twice = once.clone();
        PlainSGD.shuffle(twice, 42);
        // the same permutation applied twice: twice[i] = once[once[i]]
        for (int i = 0; i < once.length; i++) {
            assertEquals(once[once[i]], twice[i]);
        }
    }
}
