package org.mnistlab.engine.selection;

import java.util.ArrayList;
import java.util.List;

import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.ParameterException;

/** What {@link KFold} and {@link StratifiedKFold} share: scikit-learn's {@code _BaseKFold} checks and fold assembly. */
final class KFolds {

    private KFolds() {
    }

    /**
     * The checks of {@code _BaseKFold.__init__}, plus ours: shuffling needs an explicit seed.
     *
     * @throws ParameterException naming n_splits or random_state
     */
    static void checkParams(final int nSplits, final boolean shuffle, final Long randomState) {
        if (nSplits <= 1) {
            throw new ParameterException("n_splits", "k-fold cross-validation requires at least one train/test split "
                + "by setting n_splits=2 or more, got n_splits=" + nSplits + ".");
        }
        if (!shuffle && randomState != null) {
            throw new ParameterException("random_state", "Setting a random_state has no effect since shuffle is "
                + "False. You should leave random_state to its default (None), or set shuffle=True.");
        }
        // scikit-learn would draw from numpy's global generator; we never use hidden randomness
        if (shuffle && randomState == null) {
            throw new ParameterException("random_state", "shuffle=True needs a random_state (a seed), so that folds "
                + "can be reproduced");
        }
        if (randomState != null && (randomState < 0 || randomState > RandomState.MAX_SEED)) {
            throw new ParameterException("random_state",
                "random_state must be between 0 and 2**32 - 1, got " + randomState);
        }
    }

    /** {@code _BaseKFold.split}'s check. */
    static void checkSamples(final int nSplits, final int nSamples) {
        if (nSplits > nSamples) {
            throw new IllegalArgumentException("Cannot have number of splits n_splits=" + nSplits
                + " greater than the number of samples: n_samples=" + nSamples + ".");
        }
    }

    /**
     * Folds from each sample's test fold, as {@code BaseCrossValidator.split} turns test masks into index arrays:
     * both parts in ascending order.
     */
    static List<Split> fromTestFolds(final int[] testFold, final int nSplits) {
        final int n = testFold.length;
        final int[] sizes = new int[nSplits];
        for (final int f : testFold) {
            sizes[f]++;
        }
        final List<Split> folds = new ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            final int[] test = new int[sizes[f]];
            final int[] train = new int[n - sizes[f]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (testFold[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            folds.add(new Split(train, test));
        }
        return folds;
    }
}
