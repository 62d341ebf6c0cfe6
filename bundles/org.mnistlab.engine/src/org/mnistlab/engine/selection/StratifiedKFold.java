package org.mnistlab.engine.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;

/**
 * scikit-learn's {@code StratifiedKFold} (1.2): folds that keep each class's share, what {@code cross_val_score} and
 * {@code cross_val_predict} use for classifiers when given {@code cv=k}.
 * <p>
 * As {@code _make_test_folds}: classes are numbered in order of first appearance in y; fold f receives, of each class,
 * as many samples as that class has among the sorted labels at positions f, f+k, f+2k, ...; within a class the
 * samples, in their order, get the fold numbers 0,0,..,1,1,..,k-1 (shuffled per class with one
 * {@code RandomState(randomState)} created before the first class, when shuffling).
 *
 * @param nSplits number of folds, at least 2 (scikit-learn's default is 5)
 * @param shuffle whether to shuffle each class's fold numbers
 * @param randomState the seed of the shuffle (0..2^32-1); {@code null} exactly when not shuffling
 */
public record StratifiedKFold(int nSplits, boolean shuffle, Long randomState) implements Splitter {

    /** Checks the parameters as scikit-learn does. */
    public StratifiedKFold {
        KFolds.checkParams(nSplits, shuffle, randomState);
    }

    /**
     * Unshuffled stratified k-fold, the lab's {@code cv=3}.
     *
     * @param nSplits number of folds, at least 2
     */
    public StratifiedKFold(final int nSplits) {
        this(nSplits, false, null);
    }

    /**
     * Shuffled stratified k-fold.
     *
     * @param nSplits number of folds, at least 2
     * @param randomState the seed, 0..2^32-1
     * @return the splitter
     */
    public static StratifiedKFold shuffled(final int nSplits, final long randomState) {
        return new StratifiedKFold(nSplits, true, randomState);
    }

    /**
     * @param n number of folds
     * @return a copy with another number of folds
     */
    public StratifiedKFold withNSplits(final int n) {
        return new StratifiedKFold(n, shuffle, randomState);
    }

    @Override
    public List<Split> split(final Target y) {
        KFolds.checkSamples(nSplits, y.size());
        final int[] encoded = encodeByAppearance(y);
        final int[] counts = counts(encoded);
        if (allBelow(counts, nSplits)) {
            throw new IllegalArgumentException(
                "n_splits=" + nSplits + " cannot be greater than the number of members in each class.");
        }
        final int[][] allocation = allocation(counts);
        final RandomState rng = shuffle ? new RandomState(randomState) : null;
        final int[] testFold = new int[encoded.length];
        for (int c = 0; c < counts.length; c++) {
            final int[] foldsForClass = new int[counts[c]];
            int p = 0;
            for (int f = 0; f < nSplits; f++) {
                for (int m = 0; m < allocation[f][c]; m++) {
                    foldsForClass[p++] = f;
                }
            }
            if (rng != null) {
                rng.shuffle(foldsForClass);
            }
            int next = 0;
            for (int i = 0; i < encoded.length; i++) {
                if (encoded[i] == c) {
                    testFold[i] = foldsForClass[next++];
                }
            }
        }
        return KFolds.fromTestFolds(testFold, nSplits);
    }

    @Override
    public List<String> warnings(final Target y) {
        final int[] counts = counts(encodeByAppearance(y));
        int min = Integer.MAX_VALUE;
        for (final int c : counts) {
            min = Math.min(min, c);
        }
        final List<String> warnings = new ArrayList<>(1);
        if (nSplits > min && !allBelow(counts, nSplits)) {
            warnings.add("The least populated class in y has only " + min
                + " members, which is less than n_splits=" + nSplits + ".");
        }
        return warnings;
    }

    /** Class numbers in order of first appearance (scikit-learn's {@code np.unique(y_idx)} trick). */
    private static int[] encodeByAppearance(final Target y) {
        final int[] byCode = new int[y.numClasses()];
        Arrays.fill(byCode, -1);
        final int[] encoded = new int[y.size()];
        int next = 0;
        for (int i = 0; i < encoded.length; i++) {
            final int code = y.code(i);
            if (byCode[code] < 0) {
                byCode[code] = next++;
            }
            encoded[i] = byCode[code];
        }
        return encoded;
    }

    /** Members per class, for the classes that occur (a target may name classes without samples). */
    private static int[] counts(final int[] encoded) {
        int numClasses = 0;
        for (final int c : encoded) {
            numClasses = Math.max(numClasses, c + 1);
        }
        final int[] counts = new int[numClasses];
        for (final int c : encoded) {
            counts[c]++;
        }
        return counts;
    }

    private static boolean allBelow(final int[] counts, final int nSplits) {
        for (final int c : counts) {
            if (c >= nSplits) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code allocation[f][c]}: how many samples of class c fold f tests, i.e. the count of c among the sorted
     * encoded labels at positions f, f + k, f + 2k, ...
     */
    private int[][] allocation(final int[] counts) {
        final int[][] allocation = new int[nSplits][counts.length];
        int position = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int m = 0; m < counts[c]; m++) {
                allocation[position % nSplits][c]++;
                position++;
            }
        }
        return allocation;
    }
}
