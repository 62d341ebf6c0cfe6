package org.knime.node.parameters;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;

/** Stand-in for KNIME's {@code org.knime.node.parameters.Advanced}: hidden until "show advanced settings". */
@Retention(RUNTIME)
public @interface Advanced {
}
