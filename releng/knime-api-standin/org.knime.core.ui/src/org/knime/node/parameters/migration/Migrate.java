package org.knime.node.parameters.migration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.migration.Migrate}. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface Migrate {

    /** @return whether settings without this field's key load the field's default value */
    boolean loadDefaultIfAbsent() default false;
}
