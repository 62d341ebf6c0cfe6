package org.mnistlab.engine.selection;

import java.util.List;

import org.mnistlab.engine.data.Target;

/**
 * Makes the train/test folds of a k-fold cross-validation, as scikit-learn's {@code KFold} and
 * {@code StratifiedKFold} do.
 */
public interface Splitter {

    /** @return the number of folds */
    int nSplits();

    /**
     * @param y the labels of all samples (splitters that ignore labels use only its size)
     * @return {@link #nSplits()} folds whose test parts partition the sample indices
     * @throws IllegalArgumentException if the samples cannot be split this way (scikit-learn's message)
     */
    List<Split> split(Target y);

    /**
     * The warnings scikit-learn would print when splitting these labels, e.g. about a class with fewer members than
     * folds.
     *
     * @param y the labels of all samples
     * @return the warnings, empty if none
     */
    default List<String> warnings(final Target y) {
        return List.of();
    }
}
