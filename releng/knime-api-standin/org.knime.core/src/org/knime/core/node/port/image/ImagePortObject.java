package org.knime.core.node.port.image;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.image.ImageContent;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObject}. Saved as KNIME saves it: one zip entry
 * named after the content class holding the encoded image. Only PNG content is supported.
 */
public class ImagePortObject extends AbstractPortObject {

    /** Registered serializer. */
    public static final class Serializer extends AbstractPortObjectSerializer<ImagePortObject> {
    }

    /** The image port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class);

    /** The optional image port type. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(ImagePortObject.class,
        true);

    private ImageContent m_content;

    private ImagePortObjectSpec m_spec;

    /** Framework constructor. */
    public ImagePortObject() {
    }

    /**
     * @param content the image
     * @param spec its spec
     */
    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
        if (spec == null || content == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_content = content;
        m_spec = spec;
    }

    /** @return the image as a cell */
    public DataCell toDataCell() {
        return m_content.toImageCell();
    }

    @Override
    public String getSummary() {
        return m_content.getSummary();
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        final ZipEntry entry = in.getNextEntry();
        if (entry == null || !PNGImageContent.class.getName().equals(entry.getName())) {
            throw new IOException("No image content factory for class name '" + (entry == null ? null
                : entry.getName()) + "' registered.");
        }
        m_content = new PNGImageContent(in);
        m_spec = (ImagePortObjectSpec)spec;
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        out.putNextEntry(new ZipEntry(m_content.getClass().getName()));
        m_content.save(out);
    }
}
