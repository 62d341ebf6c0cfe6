package org.knime.node.parameters.updates;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.updates.ValueReference}. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface ValueReference {

    /** @return the reference naming this field */
    @SuppressWarnings("rawtypes")
    Class<? extends ParameterReference> value();
}
