package org.mnistlab.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart ready to render: as an image, PNG bytes or an SVG document, at its default size or any other. Rendering
 * needs no display ({@code java.awt.headless=true} is fine) but, like all Java text rendering, a font.
 * <p>
 * A figure may be rendered from several threads; renderings of one figure take turns, because JFreeChart charts are
 * not thread-safe.
 */
public final class Figure {

    private final JFreeChart m_chart;

    private final int m_width;

    private final int m_height;

    Figure(final JFreeChart chart, final int width, final int height) {
        m_chart = chart;
        m_width = width;
        m_height = height;
    }

    /** @return default width in pixels */
    public int width() {
        return m_width;
    }

    /** @return default height in pixels */
    public int height() {
        return m_height;
    }

    /** @return the chart's title */
    public String title() {
        return m_chart.getTitle() == null ? "" : m_chart.getTitle().getText();
    }

    /**
     * The JFreeChart behind this figure, for callers that embed it (e.g. in a view) or restyle it. Changes show in
     * later renderings; synchronize on this figure when changing it while others may render.
     *
     * @return the chart
     */
    public JFreeChart chart() {
        return m_chart;
    }

    /** @return the figure at its default size, as an opaque RGB image */
    public BufferedImage image() {
        return image(m_width, m_height);
    }

    /**
     * @param width width in pixels, positive
     * @param height height in pixels, positive
     * @return the figure as an opaque RGB image of that size
     */
    public BufferedImage image(final int width, final int height) {
        return render(width, height, null);
    }

    /**
     * Renders the figure and records where JFreeChart put its parts (plot and data areas), for tests and for views
     * that map clicks back to data.
     *
     * @param width width in pixels, positive
     * @param height height in pixels, positive
     * @param info receives the layout
     * @return the image
     */
    BufferedImage render(final int width, final int height, final ChartRenderingInfo info) {
        checkSize(width, height);
        final BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            synchronized (this) {
                m_chart.draw(g2, new Rectangle(0, 0, width, height), info);
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** @return the figure at its default size as a PNG file's bytes */
    public byte[] png() {
        return png(m_width, m_height);
    }

    /**
     * @param width width in pixels, positive
     * @param height height in pixels, positive
     * @return the figure at that size as a PNG file's bytes
     */
    public byte[] png(final int width, final int height) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(width, height), "png", out);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail, and the JDK always has a PNG writer
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the figure at its default size as a standalone SVG document */
    public String svg() {
        return svg(m_width, m_height);
    }

    /**
     * Text stays text in the SVG (searchable, selectable); raster parts such as digit images are embedded as PNG.
     *
     * @param width width in pixels, positive
     * @param height height in pixels, positive
     * @return the figure at that size as a standalone SVG document
     */
    public String svg(final int width, final int height) {
        checkSize(width, height);
        final SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        synchronized (this) {
            m_chart.draw(g2, new Rectangle(0, 0, width, height));
        }
        return g2.getSVGDocument();
    }

    private static void checkSize(final int width, final int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("figure size must be positive, got " + width + " x " + height);
        }
    }
}
