package org.knime.standin.core;

/**
 * NOT KNIME API. One {@code <portType>} element of an {@code org.knime.core.PortType} extension in a bundle's
 * plugin.xml, with its classes loaded by the contributing bundle.
 *
 * @param name the {@code name} attribute
 * @param color the {@code color} attribute ("#RRGGBB"), may be null
 * @param hidden the {@code hidden} attribute
 * @param objectClass the port object class
 * @param objectSerializer the port object serializer class
 * @param specClass the spec class
 * @param specSerializer the spec serializer class, null if absent
 */
public record PortTypeExtension(String name, String color, boolean hidden, Class<?> objectClass,
    Class<?> objectSerializer, Class<?> specClass, Class<?> specSerializer) {
}
