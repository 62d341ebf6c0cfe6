package org.mnistlab.knime.node.scorer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Initial data of the Classification Scorer node's interactive view (page {@code js-src/dist/scorer-view.html}):
 * what the node's {@code initialData} function returns and KNIME serializes with Jackson. Plain data, no KNIME
 * types; build it with {@link #builder(String[], int[], int[], String[])}.
 * <p>
 * The page receives it as the result of {@code JsonDataService.initialData()}, i.e. this JSON (record components
 * become members of the same name; samples: {@code js-src/test/fixtures/scorer-small.json} and, with the lab's
 * numbers and real digits, {@code scorer-mnist.json.gz}):
 *
 * <pre>
 * {
 *   "title": "Scorer: label vs. prediction",        heading of the view
 *   "classes": ["0", "1", ...],                      k class names; index i everywhere below means classes[i]
 *   "counts": [[178, 0, ...], ...],                  k x k, counts[t][p] = rows of true class t predicted as p
 *   "total": 2000,                                   rows scored (sum of counts)
 *   "correct": 1688,                                 rows on the diagonal
 *   "accuracy": 0.844,                               correct / total
 *   "perClass": [                                    one entry per class, in class order
 *     {"label": "0", "precision": 0.894..., "recall": 0.931..., "f1": 0.912..., "support": 191}, ...],
 *   "imageWidth": 28, "imageHeight": 28,             size of the row images; both 0 when rows have no pixels
 *   "scoreLabel": "Decision score",                  what the rows' "score" is, or null when there are no scores
 *   "maxExamplesPerCell": 50,                        cap on the rows listed per cell
 *   "cells": [                                       every cell with total &gt; 0 (and no other), row-major order
 *     {"truth": 9, "predicted": 7, "total": 15,      class indices and counts[truth][predicted]
 *      "rows": [                                     the first min(total, maxExamplesPerCell) such rows, in row order
 *        {"rowKey": "Row33",                         the row's key
 *         "pixels": "AAAA...",                       base64 of imageWidth*imageHeight unsigned bytes, row-major,
 *                                                    0 = background (the page draws them dark on light), or null
 *         "score": 346.6}, ...]}, ...]              a number, or null
 * }
 * </pre>
 *
 * Precision, recall and F1 are scikit-learn's {@code precision_recall_fscore_support(average=None)} with its
 * default zero-division behaviour: 0 where the denominator is 0 (a class never predicted, absent, or both).
 *
 * @param title heading of the view
 * @param classes class names
 * @param counts k x k confusion counts, row = true class, column = predicted class (copied)
 * @param total number of rows
 * @param correct number of correctly classified rows
 * @param accuracy correct / total
 * @param perClass precision, recall, F1 and support per class
 * @param imageWidth width of the row images, 0 without images
 * @param imageHeight height of the row images, 0 without images
 * @param scoreLabel what the examples' scores are, null without scores
 * @param maxExamplesPerCell cap on the examples listed per cell
 * @param cells the non-empty cells with their example rows
 */
public record ScorerViewData(String title, List<String> classes, int[][] counts, int total, int correct,
    double accuracy, List<ClassMetrics> perClass, int imageWidth, int imageHeight, String scoreLabel,
    int maxExamplesPerCell, List<Cell> cells) {

    /** Rows listed per cell unless set otherwise. */
    public static final int DEFAULT_MAX_EXAMPLES_PER_CELL = 50;

    /**
     * Checks consistency and copies.
     *
     * @throws IllegalArgumentException if shapes, sums or indices disagree
     */
    public ScorerViewData {
        Objects.requireNonNull(title, "title");
        classes = List.copyOf(classes);
        perClass = List.copyOf(perClass);
        cells = List.copyOf(cells);
        final int k = classes.size();
        if (k == 0) {
            throw new IllegalArgumentException("classes must not be empty");
        }
        if (counts.length != k || perClass.size() != k) {
            throw new IllegalArgumentException("counts has " + counts.length + " rows and perClass "
                + perClass.size() + " entries, expected one per class (" + k + ")");
        }
        counts = copy(counts);
        long sum = 0;
        long diagonal = 0;
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException("counts[" + t + "] has " + counts[t].length + " columns, expected " + k);
            }
            for (int p = 0; p < k; p++) {
                sum += counts[t][p];
            }
            diagonal += counts[t][t];
        }
        if (sum != total || diagonal != correct) {
            throw new IllegalArgumentException("total " + total + " and correct " + correct
                + " disagree with the counts (" + sum + ", " + diagonal + ")");
        }
        if (imageWidth < 0 || imageHeight < 0 || (imageWidth == 0) != (imageHeight == 0)) {
            throw new IllegalArgumentException(
                "image size must be positive or 0 x 0, got " + imageWidth + " x " + imageHeight);
        }
        if (maxExamplesPerCell < 0) {
            throw new IllegalArgumentException("maxExamplesPerCell must be >= 0, got " + maxExamplesPerCell);
        }
        for (final Cell cell : cells) {
            if (cell.truth() >= k || cell.predicted() >= k) {
                throw new IllegalArgumentException("cell (" + cell.truth() + ", " + cell.predicted()
                    + ") is outside the " + k + " classes");
            }
            if (cell.total() == 0 || cell.total() != counts[cell.truth()][cell.predicted()]
                || cell.rows().size() > Math.min(cell.total(), maxExamplesPerCell)) {
                throw new IllegalArgumentException("cell (" + cell.truth() + ", " + cell.predicted()
                    + ") disagrees with the counts or lists too many rows");
            }
        }
    }

    /** @return the confusion counts, {@code counts[t][p]} (a copy) */
    @Override
    public int[][] counts() {
        return copy(counts);
    }

    private static int[][] copy(final int[][] m) {
        return Arrays.stream(m).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * Starts a builder over the scored rows.
     *
     * @param classes class names, k &ge; 1
     * @param truth true class index per row, into {@code classes}
     * @param predicted predicted class index per row, into {@code classes}
     * @param rowKeys key per row
     * @return a builder with title "Scorer", no images, no scores, {@value #DEFAULT_MAX_EXAMPLES_PER_CELL} examples
     *         per cell
     * @throws IllegalArgumentException if the arrays differ in length, are empty or hold an index outside 0..k-1
     */
    public static ScorerViewDataBuilder builder(final String[] classes, final int[] truth, final int[] predicted,
        final String[] rowKeys) {
        return new ScorerViewDataBuilder(classes, truth, predicted, rowKeys);
    }

    /**
     * Metrics of one class, a row of scikit-learn's {@code classification_report}.
     *
     * @param label class name
     * @param precision correct / predicted as this class (0 when never predicted)
     * @param recall correct / rows of this class (0 when absent)
     * @param f1 harmonic mean of precision and recall (0 when both are 0)
     * @param support rows of this class
     */
    public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
    }

    /**
     * A non-empty confusion-matrix cell and its first rows.
     *
     * @param truth true class index
     * @param predicted predicted class index
     * @param total rows in the cell, {@code counts[truth][predicted]} &gt; 0
     * @param rows the first {@code min(total, maxExamplesPerCell)} rows of the cell, in row order
     */
    public record Cell(int truth, int predicted, int total, List<Example> rows) {

        /** Copies the rows. */
        public Cell {
            if (truth < 0 || predicted < 0) {
                throw new IllegalArgumentException("class indices must be >= 0, got (" + truth + ", " + predicted + ")");
            }
            rows = List.copyOf(rows);
        }
    }

    /**
     * One listed row.
     *
     * @param rowKey the row's key
     * @param pixels base64 of the row's image (imageWidth * imageHeight unsigned bytes, row-major), or null
     * @param score the row's score (see {@link ScorerViewData#scoreLabel()}), or null
     */
    public record Example(String rowKey, String pixels, Double score) {

        /** Checks the key. */
        public Example {
            Objects.requireNonNull(rowKey, "rowKey");
        }
    }
}
