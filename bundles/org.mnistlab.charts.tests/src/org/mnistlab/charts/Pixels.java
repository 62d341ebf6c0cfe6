package org.mnistlab.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.ChartRenderingInfo;

/** Reading rendered figures back: colors, lightness, and where JFreeChart put the data area. */
final class Pixels {

    private Pixels() {
    }

    /** A rendered figure with the data area of its (first) plot. */
    record Rendered(BufferedImage image, Rectangle2D dataArea) {
    }

    static Rendered render(final Figure figure) {
        final ChartRenderingInfo info = new ChartRenderingInfo();
        final BufferedImage image = figure.render(figure.width(), figure.height(), info);
        return new Rendered(image, info.getPlotInfo().getDataArea());
    }

    static Color color(final BufferedImage image, final double x, final double y) {
        return new Color(image.getRGB((int)Math.floor(x), (int)Math.floor(y)));
    }

    /** @return relative luminance as in sRGB/Rec. 709, 0 (black) to 255 (white) */
    static double luminance(final Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** @return the fraction of pixels that are not white */
    static double inkFraction(final BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        return (double)ink / ((long)image.getWidth() * image.getHeight());
    }

    /** @return how many pixels are within a small distance of the color (anti-aliased edges excluded) */
    static int count(final BufferedImage image, final Color color) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (close(new Color(image.getRGB(x, y)), color)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean close(final Color a, final Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
            + Math.abs(a.getBlue() - b.getBlue()) <= 24;
    }
}
