package org.mnistlab.engine.selection;

import java.util.Arrays;

/**
 * A train/test split as sample indices, in the order the splitter produced them, as scikit-learn returns them: the
 * folds of {@link KFold} and {@link StratifiedKFold} are ascending, a shuffled {@link TrainTestSplit} keeps the
 * shuffled order.
 *
 * @param train indices of the training samples
 * @param test indices of the test samples
 */
public record Split(int[] train, int[] test) {

    /** Copies the indices, so a split never changes after it was made. */
    public Split {
        train = train.clone();
        test = test.clone();
    }

    /** @return the training indices (a copy) */
    @Override
    public int[] train() {
        return train.clone();
    }

    /** @return the test indices (a copy) */
    @Override
    public int[] test() {
        return test.clone();
    }

    /** @return number of training samples */
    public int trainSize() {
        return train.length;
    }

    /** @return number of test samples */
    public int testSize() {
        return test.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Split s && Arrays.equals(s.train, train) && Arrays.equals(s.test, test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Split[train " + train.length + ", test " + test.length + "]";
    }
}
