package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/** Stand-in for KNIME's {@code org.knime.core.data.image.ImageContent}: an image as a port object or cell holds it. */
public interface ImageContent {

    /**
     * @param g where to paint
     * @param maxWidth available width
     * @param maxHeight available height
     */
    void paint(Graphics2D g, int maxWidth, int maxHeight);

    /** @return the natural size */
    Dimension getPreferredSize();

    /** @return the image as a table cell */
    DataCell toImageCell();

    /**
     * @param out where to write the encoded image (not closed)
     * @throws IOException if writing fails
     */
    void save(OutputStream out) throws IOException;

    /** @return a short description */
    String getSummary();
}
