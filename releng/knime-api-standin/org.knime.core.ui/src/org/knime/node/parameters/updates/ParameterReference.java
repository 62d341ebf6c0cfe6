package org.knime.node.parameters.updates;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.updates.ParameterReference}: names a field's value.
 *
 * @param <V> the (boxed) field type
 */
public interface ParameterReference<V> {
}
