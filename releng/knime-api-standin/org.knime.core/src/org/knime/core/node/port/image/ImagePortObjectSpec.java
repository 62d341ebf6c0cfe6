package org.knime.core.node.port.image;

import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/** Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObjectSpec}: the image's cell type. */
public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Registered serializer. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ImagePortObjectSpec> {
    }

    private DataType m_type;

    /** @param type the image cell type, e.g. {@code PNGImageContent.TYPE} */
    public ImagePortObjectSpec(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_type = type;
    }

    /** Framework constructor. */
    public ImagePortObjectSpec() {
    }

    /** @return the image cell type */
    public DataType getDataType() {
        return m_type;
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        m_type = DataType.load(model);
    }

    @Override
    protected void save(final ModelContentWO model) {
        m_type.save(model);
    }
}
