package org.mnistlab.engine;

import java.util.Arrays;

/**
 * Decision values of n samples, row-major n x columns. A binary classifier has one column, the score of its positive
 * (second) class, as scikit-learn's {@code decision_function} returns shape (n,); a multiclass one has a column per
 * class.
 *
 * @param rows number of samples
 * @param columns scores per sample
 * @param values row-major scores, length rows * columns
 */
public record Scores(int rows, int columns, double[] values) {

    /** Checks the shape. */
    public Scores {
        if (rows < 0 || columns < 1 || (long)rows * columns != values.length) {
            throw new IllegalArgumentException(
                rows + " x " + columns + " scores need " + (long)rows * columns + " values, got " + values.length);
        }
    }

    /**
     * @param row sample
     * @param column score column
     * @return the score
     */
    public double get(final int row, final int column) {
        return values[row * columns + column];
    }

    /**
     * @param column score column
     * @return that column's scores for all samples (a copy)
     */
    public double[] column(final int column) {
        final double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = values[i * columns + column];
        }
        return c;
    }

    /**
     * @param row sample
     * @return that sample's scores (a copy)
     */
    public double[] row(final int row) {
        return Arrays.copyOfRange(values, row * columns, (row + 1) * columns);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Scores s && s.rows == rows && s.columns == columns && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Scores[" + rows + " x " + columns + "]";
    }
}
