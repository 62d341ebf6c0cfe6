package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.Target;

/** Properties every split must have, whatever the seed. */
class TrainTestSplitTest {

    private static String[] labels(final int n, final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            // skewed classes: "0" about half, "1".."4" share the rest
            y[i] = Integer.toString(rnd.nextInt(2) == 0 ? 0 : rnd.nextInt(1, 5));
        }
        return y;
    }

    private static void assertDisjointWithin(final Split s, final int n) {
        final boolean[] seen = new boolean[n];
        for (final int[] side : new int[][] {s.train(), s.test()}) {
            for (final int i : side) {
                assertEquals(false, seen[i], "index " + i + " appears twice");
                seen[i] = true;
            }
        }
    }

    @Test
    void shuffled_partitionsAllRowsWhenOneSideIsTheRest() {
        for (long seed = 0; seed < 20; seed++) {
            final Split s = TrainTestSplit.shuffled(101, SplitSize.fraction(0.3), null, seed);
            assertEquals(31, s.testSize());
            assertEquals(70, s.trainSize());
            assertDisjointWithin(s, 101);
        }
    }

    @Test
    void sameSeed_sameSplit_otherSeed_otherSplit() {
        final Target y = Target.of(labels(200, 1), Target.LEXICOGRAPHIC);
        assertEquals(TrainTestSplit.stratified(y, null, null, 42), TrainTestSplit.stratified(y, null, null, 42));
        assertEquals(false, TrainTestSplit.stratified(y, null, null, 42)
            .equals(TrainTestSplit.stratified(y, null, null, 43)));
    }

    @Test
    void stratified_keepsEachClassWithinOneOfItsShare() {
        final Target y = Target.of(labels(500, 2), Target.LEXICOGRAPHIC);
        final int[] counts = y.classCounts();
        for (long seed = 0; seed < 20; seed++) {
            final Split s = TrainTestSplit.stratified(y, SplitSize.fraction(0.2), null, seed);
            assertDisjointWithin(s, 500);
            final int[] inTest = y.select(s.test()).classCounts();
            for (int k = 0; k < counts.length; k++) {
                final double share = counts[k] * 0.2;
                assertEquals(share, inTest[k], 1.0, "class " + k + " seed " + seed);
            }
            assertEquals(100, s.testSize());
            assertEquals(400, s.trainSize());
        }
    }

    @Test
    void head_isTheLabsFirstRows() {
        final Split s = TrainTestSplit.head(10, 7);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, s.train());
        assertArrayEquals(new int[] {7, 8, 9}, s.test());
    }

    @Test
    void binaryTargetOfTheTrainingRows_isTheLabsYTrain5() {
        final String[] y = labels(300, 3);
        final Split s = TrainTestSplit.head(300, 200);
        final Target whole = Target.binary(y, "3");
        final Target train = whole.select(s.train());
        final Target direct = Target.binary(Arrays.copyOf(y, 200), "3");
        assertArrayEquals(new String[] {Target.FALSE, Target.TRUE}, train.classes());
        assertArrayEquals(direct.codes(), train.codes());
        for (int i = 0; i < 200; i++) {
            assertEquals(y[i].equals("3") ? Target.TRUE : Target.FALSE, train.label(i));
        }
    }

    @Test
    void stratifiedOnABinaryTarget_keepsThePositiveRate() {
        final String[] y = labels(400, 4);
        final Target five = Target.binary(y, "2");
        final Split s = TrainTestSplit.stratified(five, SplitSize.count(100), null, 7);
        final int positives = five.classCounts()[1];
        assertEquals(positives * 0.25, five.select(s.test()).classCounts()[1], 1.0);
    }

    @Test
    void splitSize_rejectsFractionalCountsAndNaN() {
        assertEquals("a split size must be a whole count or a finite fraction, got 2.5",
            assertThrows(IllegalArgumentException.class, () -> new SplitSize(false, 2.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SplitSize.fraction(Double.NaN));
        assertEquals("0.25", SplitSize.fraction(0.25).toString());
        assertEquals("60000", SplitSize.count(60_000).toString());
    }

    @Test
    void split_isImmutable() {
        final int[] train = {0, 1};
        final Split s = new Split(train, new int[] {2});
        train[0] = 9;
        s.train()[1] = 9;
        assertArrayEquals(new int[] {0, 1}, s.train());
    }
}
