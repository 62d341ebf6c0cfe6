package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

class DigitGridChartTest {

    /** Five 6 x 6 images whose every pixel has its own intensity. */
    private static byte[][] gradients() {
        final byte[][] images = new byte[5][36];
        for (int i = 0; i < images.length; i++) {
            for (int p = 0; p < 36; p++) {
                images[i][p] = (byte)((i * 47 + p * 7) % 256);
            }
        }
        return images;
    }

    @Test
    void everyOutputPixel_showsItsImagePixelInBinaryGray() {
        final byte[][] images = gradients();
        final Figure figure = DigitGridChart.of("Gradients", images, null, 3);
        final Pixels.Rendered rendered = Pixels.render(figure);
        final DigitGridLayout layout = DigitGridLayout.fit(rendered.dataArea(), images.length, 3, 6, 0);
        assertTrue(layout.scale() >= 2, "default size shows each image pixel as at least 2 x 2, got " + layout.scale());
        for (int i = 0; i < images.length; i++) {
            for (int y = 0; y < layout.tile(); y++) {
                for (int x = 0; x < layout.tile(); x++) {
                    final int value = images[i][(y / layout.scale()) * 6 + x / layout.scale()] & 0xff;
                    final int rgb = rendered.image().getRGB(layout.left(i) + x, layout.top(i) + y) & 0xffffff;
                    final int gray = 255 - value;
                    assertEquals(gray << 16 | gray << 8 | gray, rgb,
                        "image " + i + " pixel (" + y / layout.scale() + ", " + x / layout.scale() + ")");
                }
            }
        }
    }

    /** Step 1 of the lab: the first 100 real digits, 28 x 28 each, at the figure's default size. */
    @Test
    @FullMnist
    void labsFirst100Digits_showEveryPixel() {
        final FeatureMatrix x = MnistTestData.all().x();
        final Pixels.Rendered rendered = Pixels.render(DigitGridChart.of(x, 100, 10));
        final DigitGridLayout layout = DigitGridLayout.fit(rendered.dataArea(), 100, 10, 28, 0);
        final double[] pixels = new double[784];
        for (final int i : new int[]{0, 57, 99}) {
            x.copyRow(i, pixels);
            for (int y = 0; y < layout.tile(); y++) {
                for (int c = 0; c < layout.tile(); c++) {
                    final int gray = 255 - (int)pixels[(y / layout.scale()) * 28 + c / layout.scale()];
                    assertEquals(gray << 16 | gray << 8 | gray,
                        rendered.image().getRGB(layout.left(i) + c, layout.top(i) + y) & 0xffffff,
                        "digit " + i + " pixel (" + y / layout.scale() + ", " + c / layout.scale() + ")");
                }
            }
        }
    }

    @Test
    void gapsBetweenDigits_stayWhite() {
        final byte[][] black = new byte[4][16];
        for (final byte[] image : black) {
            Arrays.fill(image, (byte)255);
        }
        final Pixels.Rendered rendered = Pixels.render(DigitGridChart.of("Black", black, null, 2));
        final DigitGridLayout layout = DigitGridLayout.fit(rendered.dataArea(), 4, 2, 4, 0);
        final BufferedImage image = rendered.image();
        final int gapX = layout.left(0) + layout.tile() + layout.gap() / 2;
        final int midY = layout.top(0) + layout.tile() / 2;
        assertEquals(0xffffff, image.getRGB(gapX, midY) & 0xffffff);
        assertEquals(0x000000, image.getRGB(gapX - layout.gap(), midY) & 0xffffff);
        assertEquals(0x000000, image.getRGB(layout.left(1), midY) & 0xffffff);
    }

    @Test
    void featureMatrixRows_areRoundedAndClampedToBytes() {
        final double[][] rows = new double[2][4];
        rows[0] = new double[]{-3, 12.6, 254.4, 300};
        rows[1] = new double[]{0, 0, 0, 128};
        final Figure fromMatrix = DigitGridChart.of(DenseMatrix.of(rows), 1, 1);
        final Figure fromBytes =
            DigitGridChart.of("The first 1 digits", new byte[][]{{0, 13, (byte)254, (byte)255}}, null, 1);
        final BufferedImage a = fromMatrix.image();
        final BufferedImage b = fromBytes.image();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(b.getRGB(x, y), a.getRGB(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void captions_areWrittenAsText() {
        final String svg = DigitGridChart.of("Errors", gradients(), new String[]{"5", "0", "4", "1", "9 → 0"}, 5).svg();
        assertTrue(svg.contains(">9 → 0</text>"), "caption of the last digit");
        assertTrue(svg.contains(">Errors</text>"), "title");
    }

    @Test
    void layout_fitsTheAreaWithoutOverlap() {
        final Rectangle2D area = new Rectangle2D.Double(10, 20, 600, 740);
        final DigitGridLayout layout = DigitGridLayout.fit(area, 100, 10, 28, 14);
        assertEquals(2, layout.scale());
        final int last = 99;
        assertTrue(layout.left(0) >= area.getMinX() && layout.top(0) >= area.getMinY());
        assertTrue(layout.left(last) + layout.tile() <= area.getMaxX());
        assertTrue(layout.top(last) + layout.tile() + layout.captionHeight() <= area.getMaxY());
        assertTrue(layout.left(1) - layout.left(0) > layout.tile(), "columns do not touch");
        assertTrue(layout.top(10) - layout.top(0) >= layout.tile() + 14, "rows leave room for captions");
    }

    @Test
    void badInput_throwsNamingTheProblem() {
        final IllegalArgumentException notSquare = assertThrows(IllegalArgumentException.class,
            () -> DigitGridChart.of("x", new byte[][]{new byte[10]}, null, 1));
        assertTrue(notSquare.getMessage().contains("square"));
        assertThrows(IllegalArgumentException.class,
            () -> DigitGridChart.of("x", new byte[][]{new byte[4], new byte[9]}, null, 1));
        assertThrows(IllegalArgumentException.class,
            () -> DigitGridChart.of("x", new byte[][]{new byte[4]}, new String[]{"a", "b"}, 1));
        assertThrows(IllegalArgumentException.class, () -> DigitGridChart.of("x", new byte[][]{new byte[4]}, null, 0));
        assertThrows(IllegalArgumentException.class, () -> DigitGridChart.of("x", new byte[0][], null, 1));
        assertThrows(IllegalArgumentException.class,
            () -> DigitGridChart.of("x", DenseMatrix.of(new double[][]{{1, 2, 3, 4}}), 2, null, 1));
    }
}
