package org.mnistlab.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.mnistlab.engine.data.FeatureMatrix;

/**
 * Images of digits in a grid, the book's {@code plot_digits}: black ink on white, no axes, each digit optionally
 * captioned (e.g. with its label, or "true → predicted" for errors). The lab shows the first 100 training images in
 * a 10 x 10 grid.
 */
public final class DigitGridChart {

    /** Output pixels per image pixel at the default size */
    private static final int DEFAULT_SCALE = 2;

    private DigitGridChart() {
    }

    /**
     * The lab's picture: the first rows of a feature matrix as uncaptioned images, titled "The first N digits".
     *
     * @param x the images, one per row, as in {@link #of(String, FeatureMatrix, int, String[], int)}
     * @param count how many rows to show, from the first, 1 to x.rows()
     * @param columns digits per row, at least 1
     * @return the figure
     * @throws IllegalArgumentException if the rows are not square images or the counts do not fit
     */
    public static Figure of(final FeatureMatrix x, final int count, final int columns) {
        return of("The first " + count + " digits", x, count, null, columns);
    }

    /**
     * The first rows of a feature matrix as images. Each row is a square image in row-major order (784 columns for
     * MNIST's 28 x 28); values are intensities, 0 (white) to 255 (black), rounded and clamped.
     *
     * @param title the title
     * @param x the images, one per row
     * @param count how many rows to show, from the first, 1 to x.rows()
     * @param captions a caption per shown image, or null for none
     * @param columns digits per row, at least 1
     * @return the figure
     * @throws IllegalArgumentException if the rows are not square images or the counts do not fit
     */
    public static Figure of(final String title, final FeatureMatrix x, final int count, final String[] captions,
        final int columns) {
        if (count < 1 || count > x.rows()) {
            throw new IllegalArgumentException("count must lie in [1, " + x.rows() + "], got " + count);
        }
        final double[] row = new double[x.cols()];
        final byte[][] images = new byte[count][x.cols()];
        for (int i = 0; i < count; i++) {
            x.copyRow(i, row);
            for (int j = 0; j < row.length; j++) {
                images[i][j] = (byte)Math.max(0, Math.min(255, Math.round(row[j])));
            }
        }
        return build(title, images, captions, columns);
    }

    /**
     * @param title the title
     * @param images square images, unsigned bytes (0 white to 255 black) in row-major order, all the same size
     * @param captions a caption per image, or null for none
     * @param columns digits per row, at least 1
     * @return the figure
     * @throws IllegalArgumentException if the images are not square and alike, or the counts do not fit
     */
    public static Figure of(final String title, final byte[][] images, final String[] captions, final int columns) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("need at least one image");
        }
        final byte[][] copies = new byte[images.length][];
        for (int i = 0; i < images.length; i++) {
            if (images[i] == null || images[i].length != images[0].length) {
                throw new IllegalArgumentException("all images must have " + images[0].length + " pixels, image " + i
                    + " has " + (images[i] == null ? 0 : images[i].length));
            }
            copies[i] = images[i].clone();
        }
        return build(title, copies, captions, columns);
    }

    private static Figure build(final String title, final byte[][] images, final String[] captions,
        final int columns) {
        final int pixels = images[0].length;
        final int side = (int)Math.round(Math.sqrt(pixels));
        if (side * side != pixels) {
            throw new IllegalArgumentException("images must be square, got " + pixels + " pixels");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        if (captions != null && captions.length != images.length) {
            throw new IllegalArgumentException(
                "need one caption per image, got " + captions.length + " for " + images.length + " images");
        }
        final int shownColumns = Math.min(columns, images.length);
        final DigitGridPlot plot =
            new DigitGridPlot(images, side, shownColumns, captions == null ? null : captions.clone());
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        final JFreeChart chart = LabStyle.chart(title, plot);
        final int rows = DigitGridLayout.rows(images.length, shownColumns);
        final int tile = side * DEFAULT_SCALE;
        final int captionHeight = captions == null ? 0 : 16;
        final int width = shownColumns * tile + (shownColumns - 1) * DigitGridLayout.GAP + 40;
        final int height = rows * (tile + captionHeight) + (rows - 1) * DigitGridLayout.GAP + 70;
        return new Figure(chart, Math.max(width, 320), height);
    }
}
