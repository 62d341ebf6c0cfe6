package org.mnistlab.engine.data;

import java.util.List;

/**
 * Samples with their labels, as both MNIST and arbitrary numeric tables feed the learners.
 *
 * @param x features, one row per sample
 * @param labels one label per sample
 * @param featureNames one name per column of x
 */
public record Dataset(FeatureMatrix x, String[] labels, List<String> featureNames) {

    /** Checks that the parts agree. */
    public Dataset {
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(x.rows() + " samples but " + labels.length + " labels");
        }
        if (featureNames.size() != x.cols()) {
            throw new IllegalArgumentException(x.cols() + " features but " + featureNames.size() + " feature names");
        }
        labels = labels.clone();
        featureNames = List.copyOf(featureNames);
    }

    /** @return the labels (a copy) */
    @Override
    public String[] labels() {
        return labels.clone();
    }

    /**
     * @param i sample index
     * @return the label of sample i
     */
    public String label(final int i) {
        return labels[i];
    }

    /** @return number of samples */
    public int size() {
        return labels.length;
    }

    /**
     * Some samples, in the given order, sharing storage with this dataset.
     *
     * @param rows sample indices
     * @return the subset
     */
    public Dataset select(final int[] rows) {
        final String[] l = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            l[i] = labels[rows[i]];
        }
        return new Dataset(x.selectRows(rows), l, featureNames);
    }

    /**
     * The first n samples ({@code X[:n]}).
     *
     * @param n how many
     * @return the head
     */
    public Dataset head(final int n) {
        return select(range(0, n));
    }

    /**
     * Samples from..to-1 ({@code X[from:to]}).
     *
     * @param from first sample
     * @param to one past the last sample
     * @return the slice
     */
    public Dataset slice(final int from, final int to) {
        return select(range(from, to));
    }

    /**
     * The samples in storage of their own (bytes where that is lossless), so that a large matrix they were selected
     * from can be released.
     *
     * @return a copy with equal values, labels and names
     */
    public Dataset copy() {
        final FeatureMatrixBuilder b = new FeatureMatrixBuilder(x.cols(), size());
        final double[] row = new double[x.cols()];
        for (int i = 0; i < size(); i++) {
            x.copyRow(i, row);
            b.addRow(row);
        }
        return new Dataset(b.build(), labels, featureNames);
    }

    private int[] range(final int from, final int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + ".." + to + " of " + size());
        }
        final int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
