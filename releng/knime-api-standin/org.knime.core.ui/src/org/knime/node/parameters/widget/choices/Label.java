package org.knime.node.parameters.widget.choices;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code Label}: the shown name and description of an enum constant. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface Label {

    /** @return the shown name */
    String value();

    /** @return the description (XHTML), listed in the node description */
    String description() default "";

    /** @return whether the choice is disabled */
    boolean disabled() default false;
}
