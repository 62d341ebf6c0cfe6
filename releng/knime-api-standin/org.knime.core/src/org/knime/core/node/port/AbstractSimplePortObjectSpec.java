package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractSimplePortObjectSpec}: a spec stored as model content.
 * As in KNIME, the serializer writes one {@code content.xml} entry holding {@code version}=1, {@code class_name} and
 * the spec's own content under {@code model}; loading instantiates the class with its public no-arg constructor.
 * Equality compares the saved content.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /** Framework constructor. */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model where to save the content */
    protected abstract void save(ModelContentWO model);

    /**
     * @param model the saved content
     * @throws InvalidSettingsException if the content is invalid
     */
    protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object ospec) {
        if (ospec == this) {
            return true;
        }
        if (ospec == null || getClass() != ospec.getClass()) {
            return false;
        }
        final ModelContent mine = new ModelContent("ignored");
        final ModelContent other = new ModelContent("ignored");
        save(mine);
        ((AbstractSimplePortObjectSpec)ospec).save(other);
        return mine.equals(other);
    }

    @Override
    public int hashCode() {
        final ModelContent mine = new ModelContent("ignored");
        save(mine);
        return mine.hashCode();
    }

    /**
     * The serializer of an {@link AbstractSimplePortObjectSpec} class; subclass it without adding anything.
     *
     * @param <T> the spec class
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            final ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException("Expected zip entry content.xml, got " + (entry == null ? null : entry.getName()));
            }
            final ModelContentRO model = ModelContent.loadFromXML(NonClosing.of(in));
            final String className;
            try {
                className = model.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            final Class<? extends PortObjectSpec> cl = PortTypeRegistry.getInstance().getSpecClass(className)
                .orElseThrow(() -> new IllegalStateException("Unable to load class " + className));
            final AbstractSimplePortObjectSpec result;
            try {
                result = cl.asSubclass(AbstractSimplePortObjectSpec.class).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Failed to instantiate class \"" + className
                    + "\" (failed to invoke no-arg constructor): " + e.getMessage(), e);
            }
            try {
                result.load(model.getModelContent("model"));
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load model content into \"" + cl.getSimpleName() + "\": "
                    + e.getMessage(), e);
            }
            return (T)result;
        }

        @Override
        public void savePortObjectSpec(final T portObject, final PortObjectSpecZipOutputStream out)
            throws IOException {
            final ModelContent model = new ModelContent("model.xml");
            model.addInt("version", 1);
            model.addString("class_name", portObject.getClass().getName());
            portObject.save(model.addModelContent("model"));
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(NonClosing.of(out));
        }
    }
}
