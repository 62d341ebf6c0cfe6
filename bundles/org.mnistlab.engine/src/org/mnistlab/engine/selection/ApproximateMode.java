package org.mnistlab.engine.selection;

import java.util.Arrays;

import org.mnistlab.engine.random.RandomState;

/**
 * scikit-learn's {@code _approximate_mode}: how many of {@code nDraws} samples each class gets so that the split
 * keeps the class proportions. Each class gets the floor of its exact share; the samples still missing go to the
 * classes with the largest remainders, and among equal remainders the generator picks which classes.
 */
final class ApproximateMode {

    private ApproximateMode() {
    }

    /**
     * @param classCounts members per class
     * @param nDraws samples to distribute, at most the sum of the counts
     * @param rng breaks ties; advanced exactly as scikit-learn advances it
     * @return samples per class, summing to {@code nDraws}
     */
    static int[] of(final int[] classCounts, final int nDraws, final RandomState rng) {
        final int k = classCounts.length;
        long total = 0;
        for (final int c : classCounts) {
            total += c;
        }
        // continuous = class_counts / class_counts.sum() * n_draws, in this order of operations
        final double[] remainder = new double[k];
        final int[] floored = new int[k];
        long flooredSum = 0;
        for (int i = 0; i < k; i++) {
            final double continuous = (double)classCounts[i] / total * nDraws;
            final double f = Math.floor(continuous);
            floored[i] = (int)f;
            remainder[i] = continuous - f;
            flooredSum += floored[i];
        }
        int needToAdd = (int)(nDraws - flooredSum);
        if (needToAdd <= 0) {
            return floored;
        }
        // distinct remainders, largest first (np.sort(np.unique(remainder))[::-1])
        final double[] values = Arrays.stream(remainder).distinct().sorted().toArray();
        for (int v = values.length - 1; v >= 0 && needToAdd > 0; v--) {
            final double value = values[v];
            final int[] inds = indicesOf(remainder, value);
            final int addNow = Math.min(inds.length, needToAdd);
            // rng.choice(inds, size=add_now, replace=False) = inds[permutation(len(inds))[:add_now]]; the whole
            // permutation is drawn even when every tied class is taken
            final int[] perm = rng.permutation(inds.length);
            for (int j = 0; j < addNow; j++) {
                floored[inds[perm[j]]]++;
            }
            needToAdd -= addNow;
        }
        return floored;
    }

    private static int[] indicesOf(final double[] a, final double value) {
        int n = 0;
        for (final double x : a) {
            if (x == value) {
                n++;
            }
        }
        final int[] idx = new int[n];
        int j = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == value) {
                idx[j++] = i;
            }
        }
        return idx;
    }
}
