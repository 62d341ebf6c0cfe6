package org.knime.node.parameters.persistence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.persistence.Persist}. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface Persist {

    /** @return the config key; "" for the field name without {@code m_} */
    String configKey() default "";

    /** @return whether the key gets KNIME's "_Internals" suffix (hidden from flow variables) */
    boolean hidden() default false;
}
