package org.mnistlab.engine.selection;

import java.util.List;

import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;

/**
 * scikit-learn's {@code KFold}: consecutive blocks of samples as test folds, the first {@code n % k} folds one sample
 * larger. With shuffling, the blocks are cut from {@code arange(n)} shuffled by {@code RandomState(randomState)}, and
 * each test fold is then reported in ascending order, as scikit-learn's test masks do.
 *
 * @param nSplits number of folds, at least 2 (scikit-learn's default is 5)
 * @param shuffle whether to shuffle the indices before cutting the blocks
 * @param randomState the seed of the shuffle (0..2^32-1); {@code null} exactly when not shuffling
 */
public record KFold(int nSplits, boolean shuffle, Long randomState) implements Splitter {

    /** Checks the parameters as scikit-learn does. */
    public KFold {
        KFolds.checkParams(nSplits, shuffle, randomState);
    }

    /**
     * Unshuffled k-fold.
     *
     * @param nSplits number of folds, at least 2
     */
    public KFold(final int nSplits) {
        this(nSplits, false, null);
    }

    /**
     * Shuffled k-fold.
     *
     * @param nSplits number of folds, at least 2
     * @param randomState the seed, 0..2^32-1
     * @return the splitter
     */
    public static KFold shuffled(final int nSplits, final long randomState) {
        return new KFold(nSplits, true, randomState);
    }

    /**
     * @param n number of folds
     * @return a copy with another number of folds
     */
    public KFold withNSplits(final int n) {
        return new KFold(n, shuffle, randomState);
    }

    @Override
    public List<Split> split(final Target y) {
        return split(y.size());
    }

    /**
     * @param nSamples number of samples, at least {@link #nSplits()}
     * @return the folds
     */
    public List<Split> split(final int nSamples) {
        KFolds.checkSamples(nSplits, nSamples);
        final int[] indices = new int[nSamples];
        for (int i = 0; i < nSamples; i++) {
            indices[i] = i;
        }
        if (shuffle) {
            new RandomState(randomState).shuffle(indices);
        }
        final int[] testFold = new int[nSamples];
        int start = 0;
        for (int f = 0; f < nSplits; f++) {
            final int size = nSamples / nSplits + (f < nSamples % nSplits ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                testFold[indices[i]] = f;
            }
            start += size;
        }
        return KFolds.fromTestFolds(testFold, nSplits);
    }
}
