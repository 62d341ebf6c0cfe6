package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.ParameterException;

/** Properties every split must have, on random labels. */
class SplitterTest {

    private static Target randomTarget(final long seed, final int n, final int classes) {
        final RandomState r = new RandomState(seed);
        final String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            // skewed class sizes: class c drawn about twice as often as class c + 1
            labels[i] = "c" + Math.min(classes - 1, Long.numberOfTrailingZeros(r.randint(1, 1 << 20)));
        }
        return Target.of(labels, Target.LEXICOGRAPHIC);
    }

    @Test
    void folds_partitionTheSamples_withSortedDisjointParts() {
        for (int seed = 0; seed < 20; seed++) {
            final Target y = randomTarget(seed, 50 + 17 * seed, 2 + seed % 6);
            for (final Splitter cv : List.of(new StratifiedKFold(2 + seed % 5), StratifiedKFold.shuffled(3, seed),
                new KFold(2 + seed % 9), KFold.shuffled(4, seed))) {
                final List<Split> folds = cv.split(y);
                assertEquals(cv.nSplits(), folds.size());
                final int[] timesTested = new int[y.size()];
                for (final Split f : folds) {
                    assertSorted(f.test());
                    assertSorted(f.train());
                    assertEquals(y.size(), f.trainSize() + f.testSize());
                    final boolean[] inTest = new boolean[y.size()];
                    for (final int i : f.test()) {
                        inTest[i] = true;
                        timesTested[i]++;
                    }
                    for (final int i : f.train()) {
                        assertTrue(!inTest[i], "sample " + i + " is in both parts");
                    }
                }
                for (final int t : timesTested) {
                    assertEquals(1, t);
                }
            }
        }
    }

    @Test
    void stratifiedFolds_keepEachClassWithinOneOfItsShare() {
        for (int seed = 0; seed < 20; seed++) {
            final Target y = randomTarget(seed, 300 + seed, 2 + seed % 8);
            final int k = 2 + seed % 9;
            for (final StratifiedKFold cv : List.of(new StratifiedKFold(k), StratifiedKFold.shuffled(k, seed))) {
                final int[] counts = y.classCounts();
                for (final Split f : cv.split(y)) {
                    final int[] inFold = new int[counts.length];
                    for (final int i : f.test()) {
                        inFold[y.code(i)]++;
                    }
                    for (int c = 0; c < counts.length; c++) {
                        assertTrue(Math.abs(inFold[c] - (double)counts[c] / k) < 1 + 1e-9,
                            "class " + c + ": " + inFold[c] + " of " + counts[c] + " in one of " + k + " folds");
                    }
                }
            }
        }
    }

    @Test
    void foldSizes_differByAtMostOne() {
        for (int n = 2; n < 40; n++) {
            for (int k = 2; k <= n && k <= 10; k++) {
                final int[] sizes = new KFold(k).split(n).stream().mapToInt(Split::testSize).toArray();
                assertTrue(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt() <= 1);
            }
        }
    }

    @Test
    void shuffling_withoutSeed_throws() {
        final ParameterException e =
            assertThrows(ParameterException.class, () -> new StratifiedKFold(3, true, null));
        assertTrue(e.getMessage().contains("random_state"), e.getMessage());
        assertEquals("random_state", e.parameter());
        assertEquals("random_state", assertThrows(ParameterException.class, () -> KFold.shuffled(3, -1)).parameter());
        assertThrows(ParameterException.class, () -> KFold.shuffled(3, RandomState.MAX_SEED + 1));
        assertEquals("n_splits", assertThrows(ParameterException.class, () -> new KFold(1)).parameter());
    }

    @Test
    void fold_isImmutable() {
        final int[] train = {0, 1};
        final Split f = new Split(train, new int[] {2});
        train[0] = 7;
        f.train()[1] = 9;
        assertEquals(new Split(new int[] {0, 1}, new int[] {2}), f);
    }

    private static void assertSorted(final int[] a) {
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1] < a[i], "not ascending at " + i);
        }
    }
}
