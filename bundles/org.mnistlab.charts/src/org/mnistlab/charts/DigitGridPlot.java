package org.mnistlab.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Draws grayscale images in a grid, ink black on white like matplotlib's "binary" colormap, each optionally with a
 * caption underneath. The data area recorded in the rendering info is the area the grid was fitted into.
 */
final class DigitGridPlot extends Plot {

    private static final long serialVersionUID = 1L;

    static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final byte[][] m_images;

    private final int m_side;

    private final int m_columns;

    private final String[] m_captions;

    /**
     * @param images square images, unsigned bytes in row-major order; not copied
     * @param side image side
     * @param columns digits per row
     * @param captions a caption per image, or null for none; not copied
     */
    DigitGridPlot(final byte[][] images, final int side, final int columns, final String[] captions) {
        m_images = images;
        m_side = side;
        m_columns = columns;
        m_captions = captions;
        setOutlineVisible(false);
    }

    @Override
    public String getPlotType() {
        return "Digit grid";
    }

    /** @return height reserved under each digit for its caption */
    int captionHeight(final Graphics2D g2) {
        if (m_captions == null) {
            return 0;
        }
        final FontMetrics metrics = g2.getFontMetrics(CAPTION_FONT);
        return metrics.getAscent() + metrics.getDescent() + 2;
    }

    @Override
    public void draw(final Graphics2D g2, final Rectangle2D area, final Point2D anchor, final PlotState parentState,
        final PlotRenderingInfo info) {
        final Rectangle2D dataArea = (Rectangle2D)area.clone();
        getInsets().trim(dataArea);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(dataArea);
        }
        drawBackground(g2, dataArea);
        final DigitGridLayout layout =
            DigitGridLayout.fit(dataArea, m_images.length, m_columns, m_side, captionHeight(g2));
        final Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        for (int i = 0; i < m_images.length; i++) {
            g2.drawImage(tile(m_images[i], layout.scale()), layout.left(i), layout.top(i), null);
        }
        if (interpolation != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
        if (m_captions != null) {
            g2.setFont(CAPTION_FONT);
            g2.setPaint(LabStyle.TEXT);
            final FontMetrics metrics = g2.getFontMetrics();
            for (int i = 0; i < m_images.length; i++) {
                final String caption = m_captions[i] == null ? "" : m_captions[i];
                final float x = layout.left(i) + (layout.tile() - metrics.stringWidth(caption)) / 2f;
                final float y = layout.top(i) + layout.tile() + 1 + metrics.getAscent();
                g2.drawString(caption, x, y);
            }
        }
    }

    /**
     * The image scaled up by whole pixels, here rather than by the graphics device, so that PNG output is exact and
     * SVG viewers, which smooth embedded images, show sharp pixels.
     */
    private BufferedImage tile(final byte[] pixels, final int scale) {
        final int n = m_side * scale;
        final BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] out = new byte[n * n];
        for (int r = 0; r < n; r++) {
            final int srcRow = (r / scale) * m_side;
            for (int c = 0; c < n; c++) {
                out[r * n + c] = (byte)(255 - (pixels[srcRow + c / scale] & 0xff));
            }
        }
        tile.getRaster().setDataElements(0, 0, n, n, out);
        return tile;
    }
}
