package org.knime.node.parameters.migration;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code LoadDefaultsForAbsentFields}: every field of the class loads its default if absent. */
@Retention(RUNTIME)
@Target(TYPE)
public @interface LoadDefaultsForAbsentFields {
}
