package org.knime.core.node.port;

import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortType}: a port object class (plus optional flag) with the
 * name and colour registered for it. Obtain instances from {@link PortTypeRegistry}.
 */
public final class PortType {

    /** Colour of unregistered port types. */
    public static final int DEFAULT_COLOR = 0xff9b9b9b;

    private final Class<? extends PortObject> m_objectClass;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final boolean m_isOptional;

    private final String m_name;

    private final int m_color;

    private final boolean m_isHidden;

    PortType(final Class<? extends PortObject> objectClass, final boolean isOptional, final String name,
        final int color, final boolean isHidden) {
        m_objectClass = objectClass;
        m_specClass = getPortObjectSpecClass(objectClass);
        m_isOptional = isOptional;
        m_name = name != null ? name : objectClass.getSimpleName();
        m_color = color;
        m_isHidden = isHidden;
    }

    /**
     * As in KNIME: the spec class is the return type of the port object's {@code getSpec()}.
     *
     * @param objectClass a port object class
     * @return its spec class
     */
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(final Class<? extends PortObject> objectClass) {
        try {
            final Method m = objectClass.getMethod("getSpec");
            return m.getReturnType().asSubclass(PortObjectSpec.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("getSpec() method is not implemented", e);
        }
    }

    /** @return the registered name, else the class' simple name */
    public String getName() {
        return m_name;
    }

    /** @return the registered colour */
    public int getColor() {
        return m_color;
    }

    /** @return the spec class */
    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    /** @return the port object class */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port may stay unconnected */
    public boolean isOptional() {
        return m_isOptional;
    }

    /** @return whether the type is hidden from users */
    public boolean isHidden() {
        return m_isHidden;
    }

    /**
     * @param subType another type
     * @return whether its objects are instances of this type's object class
     */
    public boolean isSuperTypeOf(final PortType subType) {
        return m_objectClass.isAssignableFrom(subType.m_objectClass);
    }

    /**
     * @param spec a spec
     * @return whether this type accepts it
     */
    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return spec == null || m_specClass.isInstance(spec);
    }

    /**
     * @param obj a port object
     * @return whether this type accepts it
     */
    public boolean acceptsPortObject(final PortObject obj) {
        return obj == null || m_objectClass.isInstance(obj);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType t && t.m_objectClass == m_objectClass && t.m_isOptional == m_isOptional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_objectClass, m_isOptional);
    }

    @Override
    public String toString() {
        return "PortType(" + m_specClass.getSimpleName() + "," + m_objectClass.getSimpleName() + ")";
    }
}
