package org.knime.node.parameters.updates;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.updates.ValueProvider}: computes a field's value. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface ValueProvider {

    /** @return the provider */
    @SuppressWarnings("rawtypes")
    Class<? extends StateProvider> value();
}
