package org.knime.node.parameters.layout;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.layout.After} (layout part ordering/nesting). */
@Retention(RUNTIME)
@Target(TYPE)
public @interface After {

    /** @return the other layout part */
    Class<?> value();
}
