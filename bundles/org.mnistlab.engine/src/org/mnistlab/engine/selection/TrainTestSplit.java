package org.mnistlab.engine.selection;

import java.util.Arrays;

import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;

/**
 * scikit-learn's {@code train_test_split} as indices: ordered ({@code shuffle=False}), shuffled
 * ({@code ShuffleSplit}) and stratified ({@code StratifiedShuffleSplit}), drawing from numpy's {@code RandomState}
 * exactly as scikit-learn 1.2 does, so a seed gives the rows scikit-learn gives.
 * <p>
 * Sizes follow {@code _validate_shuffle_split}: a fractional test size is rounded up, a fractional train size down;
 * a missing side is the rest; with neither given the test size is {@link #DEFAULT_TEST_SIZE}.
 */
public final class TrainTestSplit {

    /** scikit-learn's default when neither size is given: a quarter of the samples for testing. */
    public static final SplitSize DEFAULT_TEST_SIZE = SplitSize.fraction(0.25);

    private TrainTestSplit() {
    }

    /**
     * The first rows for training, the following ones for testing: {@code train_test_split(..., shuffle=False)}, the
     * lab's {@code X[:60000], X[60000:]}.
     *
     * @param nSamples number of samples
     * @param testSize test size, or {@code null}
     * @param trainSize train size, or {@code null}
     * @return train {@code 0..nTrain-1}, test {@code nTrain..nTrain+nTest-1}
     * @throws IllegalArgumentException if the sizes do not fit (scikit-learn's message)
     */
    public static Split ordered(final int nSamples, final SplitSize testSize, final SplitSize trainSize) {
        final int[] sizes = sizes(nSamples, testSize, trainSize);
        return new Split(range(0, sizes[0]), range(sizes[0], sizes[0] + sizes[1]));
    }

    /**
     * The first {@code nTrain} rows for training and all others for testing.
     *
     * @param nSamples number of samples
     * @param nTrain number of training samples, 1..nSamples-1
     * @return the split
     */
    public static Split head(final int nSamples, final int nTrain) {
        return ordered(nSamples, null, SplitSize.count(nTrain));
    }

    /**
     * A seeded random split: {@code train_test_split(..., shuffle=True, random_state=seed)}, i.e. one
     * {@code ShuffleSplit}: {@code permutation(n)}, the first {@code nTest} entries for testing, the next
     * {@code nTrain} for training.
     *
     * @param nSamples number of samples
     * @param testSize test size, or {@code null}
     * @param trainSize train size, or {@code null}
     * @param randomState the numpy seed, 0..2^32-1
     * @return the split, indices in drawn order
     * @throws IllegalArgumentException if the sizes do not fit (scikit-learn's message)
     */
    public static Split shuffled(final int nSamples, final SplitSize testSize, final SplitSize trainSize,
        final long randomState) {
        final int[] sizes = sizes(nSamples, testSize, trainSize);
        final int[] perm = new RandomState(randomState).permutation(nSamples);
        return new Split(Arrays.copyOfRange(perm, sizes[1], sizes[1] + sizes[0]), Arrays.copyOf(perm, sizes[1]));
    }

    /**
     * A seeded random split that keeps the class proportions: {@code train_test_split(..., stratify=y,
     * random_state=seed)}, i.e. one {@code StratifiedShuffleSplit}. Per-class train and test counts come from
     * {@code _approximate_mode} (ties broken by the generator), each class' members are permuted and taken in that
     * order, and both sides are permuted at the end. Classes are taken in the target's class order, which must be
     * numpy's sort order of the labels scikit-learn sees (code points for strings, value for numbers).
     *
     * @param y the labels to stratify by
     * @param testSize test size, or {@code null}
     * @param trainSize train size, or {@code null}
     * @param randomState the numpy seed, 0..2^32-1
     * @return the split, indices in drawn order
     * @throws IllegalArgumentException if the sizes do not fit or a class has fewer than two members (scikit-learn's
     *             message)
     */
    public static Split stratified(final Target y, final SplitSize testSize, final SplitSize trainSize,
        final long randomState) {
        final int n = y.size();
        final int[] sizes = sizes(n, testSize, trainSize);
        final int nTrain = sizes[0];
        final int nTest = sizes[1];
        final int[] counts = y.classCounts();
        final int nClasses = counts.length;
        for (final int c : counts) {
            if (c < 2) {
                throw new IllegalArgumentException("The least populated class in y has only 1 member, which is too"
                    + " few. The minimum number of groups for any class cannot be less than 2.");
            }
        }
        if (nTrain < nClasses) {
            throw new IllegalArgumentException("The train_size = " + nTrain
                + " should be greater or equal to the number of classes = " + nClasses);
        }
        if (nTest < nClasses) {
            throw new IllegalArgumentException("The test_size = " + nTest
                + " should be greater or equal to the number of classes = " + nClasses);
        }
        final int[][] members = membersByClass(y, counts);
        final RandomState rng = new RandomState(randomState);
        final int[] trainPerClass = ApproximateMode.of(counts, nTrain, rng);
        final int[] remaining = new int[nClasses];
        for (int k = 0; k < nClasses; k++) {
            remaining[k] = counts[k] - trainPerClass[k];
        }
        final int[] testPerClass = ApproximateMode.of(remaining, nTest, rng);
        final int[] train = new int[nTrain];
        final int[] test = new int[nTest];
        int tr = 0;
        int te = 0;
        for (int k = 0; k < nClasses; k++) {
            final int[] perm = rng.permutation(counts[k]);
            for (int i = 0; i < trainPerClass[k]; i++) {
                train[tr++] = members[k][perm[i]];
            }
            for (int i = trainPerClass[k]; i < trainPerClass[k] + testPerClass[k]; i++) {
                test[te++] = members[k][perm[i]];
            }
        }
        // rng.permutation(train) then rng.permutation(test): shuffled copies, train drawn first
        rng.shuffle(train);
        rng.shuffle(test);
        return new Split(train, test);
    }

    /**
     * scikit-learn's {@code _validate_shuffle_split}.
     *
     * @param nSamples number of samples
     * @param testSize test size, or {@code null}
     * @param trainSize train size, or {@code null}
     * @return {@code {nTrain, nTest}}
     * @throws IllegalArgumentException with scikit-learn's message if the sizes do not fit
     */
    public static int[] sizes(final int nSamples, final SplitSize testSize, final SplitSize trainSize) {
        final SplitSize test = testSize == null && trainSize == null ? DEFAULT_TEST_SIZE : testSize;
        checkSide("test_size", test, nSamples);
        checkSide("train_size", trainSize, nSamples);
        if (test != null && trainSize != null && test.isFraction() && trainSize.isFraction()
            && trainSize.value() + test.value() > 1) {
            throw new IllegalArgumentException("The sum of test_size and train_size = "
                + (trainSize.value() + test.value())
                + ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
        }
        long nTest = test == null ? 0 : test.isFraction() ? (long)Math.ceil(test.value() * nSamples)
            : (long)test.value();
        long nTrain = trainSize == null ? 0 : trainSize.isFraction()
            ? (long)Math.floor(trainSize.value() * nSamples) : (long)trainSize.value();
        if (trainSize == null) {
            nTrain = nSamples - nTest;
        } else if (test == null) {
            nTest = nSamples - nTrain;
        }
        if (nTrain + nTest > nSamples) {
            throw new IllegalArgumentException("The sum of train_size and test_size = " + (nTrain + nTest)
                + ", should be smaller than the number of samples " + nSamples
                + ". Reduce test_size and/or train_size.");
        }
        if (nTrain == 0) {
            throw new IllegalArgumentException("With n_samples=" + nSamples + ", test_size=" + test
                + " and train_size=" + (trainSize == null ? "None" : trainSize)
                + ", the resulting train set will be empty. Adjust any of the aforementioned parameters.");
        }
        return new int[] {(int)nTrain, (int)nTest};
    }

    private static void checkSide(final String name, final SplitSize size, final int nSamples) {
        if (size == null) {
            return;
        }
        final double v = size.value();
        if (size.isFraction() ? v <= 0 || v >= 1 : v >= nSamples || v <= 0) {
            throw new IllegalArgumentException(name + "=" + size + " should be either positive and smaller than the"
                + " number of samples " + nSamples + " or a float in the (0, 1) range");
        }
    }

    /** Each class' sample indices, ascending (numpy's stable argsort of the class codes, split by class). */
    private static int[][] membersByClass(final Target y, final int[] counts) {
        final int[][] members = new int[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            members[k] = new int[counts[k]];
        }
        final int[] fill = new int[counts.length];
        for (int i = 0; i < y.size(); i++) {
            final int k = y.code(i);
            members[k][fill[k]++] = i;
        }
        return members;
    }

    private static int[] range(final int from, final int to) {
        final int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }
}
