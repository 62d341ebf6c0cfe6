package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageContent}: PNG file bytes. As in KNIME, the
 * constructor decodes the bytes with {@link ImageIO} and rejects anything that is not a readable image with an
 * {@link IllegalArgumentException}, so tests notice broken PNG output.
 */
public class PNGImageContent implements ImageContent {

    /** The column type of PNG image cells. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_imageBytes;

    private final BufferedImage m_image;

    /** @param imageBytes the PNG file bytes (kept, not copied, as in KNIME) */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_imageBytes = imageBytes;
        try {
            m_image = ImageIO.read(new ByteArrayInputStream(imageBytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("Image can't be read", e);
        }
        if (m_image == null) {
            throw new IllegalArgumentException("ImageIO returned null while reading image bytes");
        }
    }

    /**
     * @param is the PNG bytes until the end of the stream (not closed)
     * @throws IOException if reading fails
     */
    public PNGImageContent(final InputStream is) throws IOException {
        this(is.readAllBytes());
    }

    /** @return the bytes (not a copy; do not modify) */
    public byte[] getByteArrayReference() {
        return m_imageBytes;
    }

    /** @return a copy of the PNG bytes */
    public byte[] getByteArray() {
        return m_imageBytes.clone();
    }

    /** @return the decoded image (a {@link BufferedImage}) */
    public Image getImage() {
        return m_image;
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        g.drawImage(m_image, 0, 0, width, height, null);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(m_image.getWidth(), m_image.getHeight());
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public void save(final OutputStream out) throws IOException {
        out.write(m_imageBytes);
    }

    @Override
    public String getSummary() {
        return "PNG image " + m_image.getWidth() + " x " + m_image.getHeight();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PNGImageContent p && Arrays.equals(p.m_imageBytes, m_imageBytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_imageBytes);
    }
}
