package org.mnistlab.engine.selection;

import java.util.Arrays;

/**
 * One train/test split of a cross-validation: sample indices, each array in ascending order as scikit-learn's
 * splitters yield them.
 *
 * @param train indices of the training samples
 * @param test indices of the held-out samples
 */
public record Fold(int[] train, int[] test) {

    /** Copies the indices, so a fold never changes after it was made. */
    public Fold {
        train = train.clone();
        test = test.clone();
    }

    /** @return the training indices (a copy) */
    @Override
    public int[] train() {
        return train.clone();
    }

    /** @return the held-out indices (a copy) */
    @Override
    public int[] test() {
        return test.clone();
    }

    /** @return number of training samples */
    public int trainSize() {
        return train.length;
    }

    /** @return number of held-out samples */
    public int testSize() {
        return test.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Fold f && Arrays.equals(f.train, train) && Arrays.equals(f.test, test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[train " + train.length + ", test " + test.length + "]";
    }
}
