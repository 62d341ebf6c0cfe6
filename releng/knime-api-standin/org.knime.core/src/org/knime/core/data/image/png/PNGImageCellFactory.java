package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageCellFactory}. */
public class PNGImageCellFactory {

    /** The column type of PNG image cells. */
    public static final DataType TYPE = PNGImageContent.TYPE;

    /**
     * @param contents PNG file bytes
     * @return the cell
     * @throws IllegalArgumentException if the bytes are not a readable image
     */
    public static DataCell create(final byte[] contents) {
        return new PNGImageContent(contents).toImageCell();
    }
}
