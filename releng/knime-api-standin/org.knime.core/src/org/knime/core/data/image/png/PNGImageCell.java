package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;

/** Stand-in for KNIME's {@code org.knime.core.data.image.png.PNGImageCell}; created through {@link PNGImageCellFactory}. */
public class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String getImageExtension() {
        return "png";
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((PNGImageCell)dc).m_content.equals(m_content);
    }

    @Override
    public int hashCode() {
        return m_content.hashCode();
    }

    @Override
    public String toString() {
        return m_content.getSummary();
    }
}
