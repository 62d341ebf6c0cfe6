package org.mnistlab.engine.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeSet;

import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

/**
 * Counts of (true class, predicted class) pairs, scikit-learn's {@code confusion_matrix}: row = true class, column =
 * predicted class, classes in the given order.
 *
 * @param classes class names, one per row and column
 * @param counts {@code counts[t][p]}: samples of true class t predicted as p
 */
public record ConfusionMatrix(String[] classes, long[][] counts) {

    /** Checks the shape and copies. */
    public ConfusionMatrix {
        final int k = classes.length;
        if (k == 0) {
            throw new IllegalArgumentException("'labels' should contains at least one label.");
        }
        if (counts.length != k) {
            throw new IllegalArgumentException(k + " classes but " + counts.length + " rows of counts");
        }
        final long[][] copy = new long[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException("row " + t + " has " + counts[t].length + " counts, expected " + k);
            }
            for (final long c : counts[t]) {
                if (c < 0) {
                    throw new IllegalArgumentException("counts must not be negative, got " + c);
                }
            }
            copy[t] = counts[t].clone();
        }
        classes = classes.clone();
        counts = copy;
    }

    /**
     * The confusion matrix over given classes, as {@code confusion_matrix(y_true, y_pred, labels=classes)}.
     *
     * @param classes class names
     * @param truth true class index per sample, into {@code classes}
     * @param predicted predicted class index per sample, into {@code classes}
     * @return the matrix
     */
    public static ConfusionMatrix of(final String[] classes, final int[] truth, final int[] predicted) {
        Validation.checkConsistentLength(truth.length, predicted.length);
        final int k = classes.length;
        final long[][] counts = new long[k][k];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || truth[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("sample " + i + " has class index outside 0.." + (k - 1));
            }
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    /**
     * The confusion matrix over a target's classes.
     *
     * @param truth the true labels
     * @param predicted predicted class index per sample, into the target's classes
     * @return the matrix
     */
    public static ConfusionMatrix of(final Target truth, final int[] predicted) {
        return of(truth.classes(), truth.codes(), predicted);
    }

    /**
     * The confusion matrix of label strings over the sorted union of the labels that occur, scikit-learn's default
     * {@code labels=None}.
     *
     * @param truth true label per sample
     * @param predicted predicted label per sample
     * @param order how labels sort, e.g. {@link Target#LEXICOGRAPHIC} as numpy sorts strings
     * @return the matrix
     */
    public static ConfusionMatrix ofLabels(final String[] truth, final String[] predicted,
        final Comparator<String> order) {
        Validation.checkConsistentLength(truth.length, predicted.length);
        final TreeSet<String> union = new TreeSet<>(order);
        union.addAll(Arrays.asList(truth));
        union.addAll(Arrays.asList(predicted));
        if (union.isEmpty()) {
            throw new IllegalArgumentException("no samples to count");
        }
        final String[] classes = union.toArray(new String[0]);
        final int[] t = new int[truth.length];
        final int[] p = new int[truth.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Arrays.binarySearch(classes, truth[i], order);
            p[i] = Arrays.binarySearch(classes, predicted[i], order);
        }
        return of(classes, t, p);
    }

    /** @return the class names (a copy) */
    @Override
    public String[] classes() {
        return classes.clone();
    }

    /** @return the counts (a copy) */
    @Override
    public long[][] counts() {
        final long[][] copy = new long[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /**
     * @param k class index
     * @return the name of class k
     */
    public String className(final int k) {
        return classes[k];
    }

    /** @return number of classes */
    public int numClasses() {
        return classes.length;
    }

    /**
     * @param trueClass row
     * @param predictedClass column
     * @return samples of {@code trueClass} predicted as {@code predictedClass}
     */
    public long count(final int trueClass, final int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** @return number of samples counted */
    public long total() {
        long s = 0;
        for (final long[] row : counts) {
            for (final long c : row) {
                s += c;
            }
        }
        return s;
    }

    /** @return number of correctly predicted samples (the diagonal) */
    public long correct() {
        long s = 0;
        for (int k = 0; k < counts.length; k++) {
            s += counts[k][k];
        }
        return s;
    }

    /** @return samples per true class (row sums), scikit-learn's support */
    public long[] trueCounts() {
        final long[] s = new long[counts.length];
        for (int t = 0; t < counts.length; t++) {
            for (final long c : counts[t]) {
                s[t] += c;
            }
        }
        return s;
    }

    /** @return predictions per class (column sums) */
    public long[] predictedCounts() {
        final long[] s = new long[counts.length];
        for (final long[] row : counts) {
            for (int p = 0; p < row.length; p++) {
                s[p] += row[p];
            }
        }
        return s;
    }

    /**
     * {@code accuracy_score}: correct / total.
     *
     * @return the fraction of correct predictions
     */
    public double accuracy() {
        return (double)correct() / Metrics.checkTotal(total());
    }

    /**
     * The matrix with the diagonal set to 0: only the errors, as the lab's {@code sample_weight=(y_pred != y_true)}.
     *
     * @return the errors' matrix
     */
    public ConfusionMatrix errorsOnly() {
        final long[][] c = counts();
        for (int k = 0; k < c.length; k++) {
            c[k][k] = 0;
        }
        return new ConfusionMatrix(classes, c);
    }

    /**
     * The counts divided by row sums, column sums or the total; a 0/0 cell becomes 0, as scikit-learn's
     * {@code np.nan_to_num}.
     *
     * @param how what to divide by
     * @return fractions, row = true class
     */
    public double[][] normalized(final Normalize how) {
        final int k = counts.length;
        final long[] rows = trueCounts();
        final long[] cols = predictedCounts();
        final long all = total();
        final double[][] f = new double[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                final long d = switch (how) {
                    case TRUE -> rows[t];
                    case PRED -> cols[p];
                    case ALL -> all;
                };
                f[t][p] = d == 0 ? 0.0 : (double)counts[t][p] / d;
            }
        }
        return f;
    }

    /**
     * @return whether each class occurs among the true or the predicted labels: the classes scikit-learn's metrics
     *         consider when not given explicit labels
     */
    public boolean[] present() {
        final long[] rows = trueCounts();
        final long[] cols = predictedCounts();
        final boolean[] present = new boolean[counts.length];
        for (int k = 0; k < present.length; k++) {
            present[k] = rows[k] + cols[k] > 0;
        }
        return present;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ConfusionMatrix m && Arrays.equals(m.classes, classes) && Arrays.deepEquals(m.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(classes) + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.toString(classes) + Arrays.deepToString(counts);
    }
}
