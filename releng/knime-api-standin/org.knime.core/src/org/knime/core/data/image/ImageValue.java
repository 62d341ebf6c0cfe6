package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/** Stand-in for KNIME's {@code org.knime.core.data.image.ImageValue}. */
public interface ImageValue extends DataValue {

    /** @return the image */
    ImageContent getImageContent();

    /** @return the file extension of the format, e.g. "png" */
    String getImageExtension();
}
