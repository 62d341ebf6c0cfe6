package org.mnistlab.knime.node.scorer;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.PrecisionRecallF1;
import org.mnistlab.engine.metrics.ZeroDivision;
import org.mnistlab.knime.node.scorer.ScorerViewData.Cell;
import org.mnistlab.knime.node.scorer.ScorerViewData.ClassMetrics;
import org.mnistlab.knime.node.scorer.ScorerViewData.Example;

/**
 * Computes {@link ScorerViewData} from per-row true and predicted class indices: the confusion counts, accuracy and
 * per-class precision/recall/F1 (the engine's {@link ConfusionMatrix} and {@link PrecisionRecallF1}, scikit-learn's
 * arithmetic) and, per non-empty cell, its first rows with key, optional score and optional image.
 * Start with {@link ScorerViewData#builder(String[], int[], int[], String[])}; the arrays are read, never kept
 * beyond {@link #build()}. Pixels are read only for the listed rows.
 */
public final class ScorerViewDataBuilder {

    /** Encodes one row's image as base64 of unsigned bytes. */
    @FunctionalInterface
    private interface PixelRows {
        String base64(int row);
    }

    private final String[] m_classes;

    private final int[] m_truth;

    private final int[] m_predicted;

    private final String[] m_rowKeys;

    private String m_title = "Scorer";

    private int m_maxExamples = ScorerViewData.DEFAULT_MAX_EXAMPLES_PER_CELL;

    private String m_scoreLabel;

    private double[] m_scores;

    private int m_imageWidth;

    private int m_imageHeight;

    private PixelRows m_pixels;

    ScorerViewDataBuilder(final String[] classes, final int[] truth, final int[] predicted, final String[] rowKeys) {
        m_classes = classes.clone();
        m_truth = Objects.requireNonNull(truth, "truth");
        m_predicted = Objects.requireNonNull(predicted, "predicted");
        m_rowKeys = Objects.requireNonNull(rowKeys, "rowKeys");
        if (m_classes.length == 0) {
            throw new IllegalArgumentException("classes must not be empty");
        }
        final int n = truth.length;
        if (n == 0) {
            throw new IllegalArgumentException("no rows to score");
        }
        if (predicted.length != n || rowKeys.length != n) {
            throw new IllegalArgumentException("truth, predicted and rowKeys differ in length: " + n + ", "
                + predicted.length + ", " + rowKeys.length);
        }
        for (int i = 0; i < n; i++) {
            if (truth[i] < 0 || truth[i] >= m_classes.length || predicted[i] < 0
                || predicted[i] >= m_classes.length) {
                throw new IllegalArgumentException("row " + i + " has class indices (" + truth[i] + ", "
                    + predicted[i] + ") outside 0.." + (m_classes.length - 1));
            }
        }
    }

    /**
     * @param title heading of the view
     * @return this builder
     */
    public ScorerViewDataBuilder title(final String title) {
        m_title = Objects.requireNonNull(title, "title");
        return this;
    }

    /**
     * @param maxExamples rows listed per cell, &ge; 0 (default {@value ScorerViewData#DEFAULT_MAX_EXAMPLES_PER_CELL})
     * @return this builder
     */
    public ScorerViewDataBuilder maxExamplesPerCell(final int maxExamples) {
        if (maxExamples < 0) {
            throw new IllegalArgumentException("maxExamplesPerCell must be >= 0, got " + maxExamples);
        }
        m_maxExamples = maxExamples;
        return this;
    }

    /**
     * Shows a score under each listed row, e.g. the decision score of the predicted class.
     *
     * @param label what the score is ("Decision score")
     * @param scores one per row; NaN means none for that row
     * @return this builder
     */
    public ScorerViewDataBuilder scores(final String label, final double[] scores) {
        checkRows("scores", scores.length);
        m_scoreLabel = Objects.requireNonNull(label, "label");
        m_scores = scores;
        return this;
    }

    /**
     * Lists rows as images, reading pixels from a feature matrix (e.g. the MNIST pixel columns). Values are rounded
     * to the nearest integer and clamped to 0..255, so pass raw pixels, not standardized ones.
     *
     * @param width image width
     * @param height image height
     * @param pixels one row per scored row, width * height columns in row-major order
     * @return this builder
     */
    public ScorerViewDataBuilder pixels(final int width, final int height, final FeatureMatrix pixels) {
        checkImage(width, height, pixels.rows(), pixels.cols());
        final int size = width * height;
        if (pixels instanceof ByteMatrix bytes) {
            m_pixels = row -> {
                final byte[] b = new byte[size];
                bytes.copyRow(row, b);
                return Base64.getEncoder().encodeToString(b);
            };
        } else {
            m_pixels = row -> {
                final double[] v = new double[size];
                pixels.copyRow(row, v);
                final byte[] b = new byte[size];
                for (int j = 0; j < size; j++) {
                    b[j] = (byte)Math.max(0, Math.min(255, Math.round(v[j])));
                }
                return Base64.getEncoder().encodeToString(b);
            };
        }
        return this;
    }

    /**
     * Lists rows as images given as unsigned bytes.
     *
     * @param width image width
     * @param height image height
     * @param pixels one array of width * height unsigned bytes (row-major) per scored row; a null row has no image
     * @return this builder
     */
    public ScorerViewDataBuilder pixels(final int width, final int height, final byte[][] pixels) {
        checkImage(width, height, pixels.length, width * height);
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] != null && pixels[i].length != width * height) {
                throw new IllegalArgumentException("pixel row " + i + " has " + pixels[i].length
                    + " values, expected " + width * height);
            }
        }
        m_pixels = row -> pixels[row] == null ? null : Base64.getEncoder().encodeToString(pixels[row]);
        return this;
    }

    private void checkImage(final int width, final int height, final int rows, final int cols) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        checkRows("pixels", rows);
        if (cols != width * height) {
            throw new IllegalArgumentException(
                "pixels have " + cols + " columns, expected " + width + " x " + height + " = " + width * height);
        }
        m_imageWidth = width;
        m_imageHeight = height;
    }

    private void checkRows(final String what, final int rows) {
        if (rows != m_truth.length) {
            throw new IllegalArgumentException(what + " has " + rows + " rows, expected " + m_truth.length);
        }
    }

    /** @return the view data */
    public ScorerViewData build() {
        final int k = m_classes.length;
        final ConfusionMatrix cm = ConfusionMatrix.of(m_classes, m_truth, m_predicted);
        final int[][] counts = new int[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                // at most as many as rows, which an int array holds
                counts[t][p] = (int)cm.count(t, p);
            }
        }

        final List<List<Example>> examples = new ArrayList<>(k * k);
        for (int c = 0; c < k * k; c++) {
            examples.add(new ArrayList<>());
        }
        for (int i = 0; i < m_truth.length; i++) {
            final List<Example> listed = examples.get(m_truth[i] * k + m_predicted[i]);
            if (listed.size() < m_maxExamples) {
                listed.add(example(i));
            }
        }
        final List<Cell> cells = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                if (counts[t][p] > 0) {
                    cells.add(new Cell(t, p, counts[t][p], examples.get(t * k + p)));
                }
            }
        }

        // scikit-learn's default zero_division ("warn") scores 0 where a class is never predicted or absent
        final PrecisionRecallF1[] scores = PrecisionRecallF1.perClass(cm, ZeroDivision.ZERO);
        final long[] support = cm.trueCounts();
        final List<ClassMetrics> perClass = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            perClass.add(new ClassMetrics(m_classes[c], scores[c].precision(), scores[c].recall(), scores[c].f1(),
                (int)support[c]));
        }
        final int total = m_truth.length;
        final int correct = (int)cm.correct();
        return new ScorerViewData(m_title, List.of(m_classes), counts, total, correct, cm.accuracy(),
            perClass, m_pixels == null ? 0 : m_imageWidth, m_pixels == null ? 0 : m_imageHeight, m_scoreLabel,
            m_maxExamples, cells);
    }

    private Example example(final int row) {
        final Double score = m_scores == null || Double.isNaN(m_scores[row]) ? null : m_scores[row];
        return new Example(m_rowKeys[row], m_pixels == null ? null : m_pixels.base64(row), score);
    }
}
