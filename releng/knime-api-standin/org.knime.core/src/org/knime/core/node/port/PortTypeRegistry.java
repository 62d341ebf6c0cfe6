package org.knime.core.node.port;

import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject.PortObjectSerializer;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;
import org.knime.standin.core.Extensions;
import org.knime.standin.core.PortTypeExtension;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortTypeRegistry}. As in KNIME, port types, their names and
 * their serializers come from the {@code org.knime.core.PortType} extensions in the plugin.xml of installed bundles
 * (read lazily, once); tables and the generic port object are built in. An unregistered class still gets a port
 * type (named after the class) but no serializer, so saving it fails as it would in KNIME.
 */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_types = new LinkedHashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optionalTypes = new LinkedHashMap<>();

    private final Map<String, Class<? extends PortObject>> m_objectClasses = new LinkedHashMap<>();

    private final Map<String, Class<? extends PortObjectSpec>> m_specClasses = new LinkedHashMap<>();

    private final Map<Class<?>, Class<?>> m_objectSerializers = new LinkedHashMap<>();

    private final Map<Class<?>, Class<?>> m_specSerializers = new LinkedHashMap<>();

    private boolean m_extensionsRead;

    private PortTypeRegistry() {
    }

    /** @return the registry */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    private synchronized void readExtensions() {
        if (m_extensionsRead) {
            return;
        }
        m_extensionsRead = true;
        register(PortObject.class, "Port object", PortType.DEFAULT_COLOR, false);
        register(BufferedDataTable.class, "Table", 0, false);
        m_specClasses.put(DataTableSpec.class.getName(), DataTableSpec.class);
        final List<PortTypeExtension> extensions = Extensions.portTypes();
        for (final PortTypeExtension e : extensions) {
            final Class<? extends PortObject> objectClass = e.objectClass().asSubclass(PortObject.class);
            final Class<? extends PortObjectSpec> specClass = e.specClass().asSubclass(PortObjectSpec.class);
            final int color = e.color() == null ? PortType.DEFAULT_COLOR : Integer.parseInt(e.color().substring(1), 16);
            register(objectClass, e.name(), color, e.hidden());
            m_specClasses.put(specClass.getName(), specClass);
            m_objectSerializers.put(objectClass, e.objectSerializer());
            if (e.specSerializer() != null) {
                m_specSerializers.put(specClass, e.specSerializer());
            }
        }
    }

    private void register(final Class<? extends PortObject> c, final String name, final int color,
        final boolean hidden) {
        m_types.put(c, new PortType(c, false, name, color, hidden));
        m_optionalTypes.put(c, new PortType(c, true, name, color, hidden));
        m_objectClasses.put(c.getName(), c);
    }

    /** @return the registered port types */
    public synchronized Collection<PortType> availablePortTypes() {
        readExtensions();
        return List.copyOf(m_types.values());
    }

    /**
     * @param portClass a port object class
     * @return its (non-optional) port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        return getPortType(portClass, false);
    }

    /**
     * @param portClass a port object class
     * @param isOptional whether the optional variant is wanted
     * @return the port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        readExtensions();
        final Map<Class<? extends PortObject>, PortType> types = isOptional ? m_optionalTypes : m_types;
        return types.computeIfAbsent(portClass, c -> new PortType(c, isOptional, null, PortType.DEFAULT_COLOR, false));
    }

    /**
     * @param className a registered port object class name
     * @return the class
     */
    public synchronized Optional<Class<? extends PortObject>> getObjectClass(final String className) {
        readExtensions();
        return Optional.ofNullable(m_objectClasses.get(className));
    }

    /**
     * @param className a registered spec class name
     * @return the class
     */
    public synchronized Optional<Class<? extends PortObjectSpec>> getSpecClass(final String className) {
        readExtensions();
        return Optional.ofNullable(m_specClasses.get(className));
    }

    /**
     * @param objectClass a port object class
     * @return a new instance of its registered serializer
     */
    @SuppressWarnings("unchecked")
    public synchronized Optional<PortObjectSerializer<PortObject>> getObjectSerializer(
        final Class<? extends PortObject> objectClass) {
        readExtensions();
        return Optional.ofNullable(m_objectSerializers.get(objectClass))
            .map(c -> (PortObjectSerializer<PortObject>)instantiate(c));
    }

    /**
     * @param specClass a spec class
     * @return a new instance of its registered serializer
     */
    @SuppressWarnings("unchecked")
    public synchronized Optional<PortObjectSpecSerializer<PortObjectSpec>> getSpecSerializer(
        final Class<? extends PortObjectSpec> specClass) {
        readExtensions();
        return Optional.ofNullable(m_specSerializers.get(specClass))
            .map(c -> (PortObjectSpecSerializer<PortObjectSpec>)instantiate(c));
    }

    private static Object instantiate(final Class<?> c) {
        try {
            final Constructor<?> ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate serializer " + c.getName(), e);
        }
    }
}
