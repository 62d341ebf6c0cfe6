package org.mnistlab.knime.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;
import org.mnistlab.charts.Figure;

/**
 * PNG images for KNIME: charts of {@code org.mnistlab.charts} as image port objects (KNIME's modern UI shows image
 * ports), and single digits as PNG table cells.
 */
public final class PngImages {

    /** The spec of every PNG image port: configure sets it, execute's port objects carry it. */
    public static final ImagePortObjectSpec SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    private PngImages() {
    }

    /**
     * @param figure a chart
     * @return the chart at its default size as a PNG image port object
     */
    public static ImagePortObject port(final Figure figure) {
        return new ImagePortObject(new PNGImageContent(figure.png()), SPEC);
    }

    /**
     * A digit as a PNG cell in the lab's colours: black ink (255) on white (0), one image pixel per value.
     *
     * @param pixels row-major intensities 0..255 of a square image (values are clamped)
     * @param side the image's width and height
     * @return the PNG image cell
     */
    public static DataCell digitCell(final double[] pixels, final int side) {
        final BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        final byte[] gray = new byte[side * side];
        for (int p = 0; p < gray.length; p++) {
            final long ink = Math.max(0, Math.min(255, Math.round(pixels[p])));
            gray[p] = (byte)(255 - ink);
        }
        img.getRaster().setDataElements(0, 0, side, side, gray);
        return PNGImageCellFactory.create(png(img));
    }

    private static byte[] png(final BufferedImage img) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail, and the JDK always has a PNG writer
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
