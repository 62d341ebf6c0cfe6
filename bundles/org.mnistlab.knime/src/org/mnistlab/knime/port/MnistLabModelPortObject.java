package org.mnistlab.knime.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.models.Models;

/**
 * An engine model on a KNIME connection: any {@link Persistable} model (SGD, SVC, one-vs-rest, scaler, ...) with its
 * {@link MnistLabModelPortObjectSpec}. The model is saved with the engine's versioned {@link Models} format (raw IEEE
 * doubles), in one zip entry, so a loaded model computes bit for bit what the saved one did. Registered in plugin.xml
 * with the {@code org.knime.core.PortType} extension point.
 */
public final class MnistLabModelPortObject extends AbstractPortObject {

    /** Registered in plugin.xml as the serializer of the MNIST Lab model port type. */
    public static final class Serializer extends AbstractPortObjectSerializer<MnistLabModelPortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(MnistLabModelPortObject.class);

    /** The optional port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(MnistLabModelPortObject.class, true);

    /** Zip entry of the engine model; other entries may be added by later versions. */
    private static final String MODEL_ENTRY = "model.bin";

    private MnistLabModelPortObjectSpec m_spec;

    private Persistable m_model;

    /** Framework constructor (the serializer instantiates port objects reflectively); do not use. */
    public MnistLabModelPortObject() {
    }

    /**
     * @param spec the model's description
     * @param model the fitted model (immutable)
     */
    public MnistLabModelPortObject(final MnistLabModelPortObjectSpec spec, final Persistable model) {
        m_spec = spec;
        m_model = model;
    }

    /** @return the model */
    public Persistable getModel() {
        return m_model;
    }

    /**
     * @param <T> the expected model type
     * @param type the expected model type
     * @return the model as that type
     * @throws IllegalArgumentException if the model is of another type (a message for the user)
     */
    public <T> T getModel(final Class<T> type) {
        if (!type.isInstance(m_model)) {
            throw new IllegalArgumentException("The model input holds a " + m_spec.getModelType() + " model, not a "
                + type.getSimpleName() + ".");
        }
        return type.cast(m_model);
    }

    @Override
    public MnistLabModelPortObjectSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        final int classes = m_spec.getClasses().size();
        // a scaler has features but no classes
        return m_spec.getModelType() + " on " + m_spec.getFeatureColumns().size() + " features"
            + (classes == 0 ? "" : ", " + classes + " classes");
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        out.putNextEntry(new ZipEntry(MODEL_ENTRY));
        Models.write(m_model, out);
        out.closeEntry();
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        exec.checkCanceled();
        final ZipEntry entry = in.getNextEntry();
        if (entry == null || !MODEL_ENTRY.equals(entry.getName())) {
            throw new IOException("Not an MNIST Lab model: expected zip entry " + MODEL_ENTRY + ", got "
                + (entry == null ? "none" : entry.getName()));
        }
        m_model = Models.read(in);
        m_spec = (MnistLabModelPortObjectSpec)spec;
    }
}
