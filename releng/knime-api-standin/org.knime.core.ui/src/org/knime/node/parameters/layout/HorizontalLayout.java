package org.knime.node.parameters.layout;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.layout.HorizontalLayout}. */
@Retention(RUNTIME)
@Target(TYPE)
public @interface HorizontalLayout {
}
