package org.knime.node.parameters.layout;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.layout.Section}. The title has no default here because it
 * has none in KNIME 5.9 (5.7/5.8 default to ""), so code that omits it is caught while compiling against the stand-in.
 */
@Retention(RUNTIME)
@Target(TYPE)
public @interface Section {

    /** @return the section title */
    String title();

    /** @return an optional description */
    String description() default "";

    /** @return whether the section opens in a side drawer */
    boolean sideDrawer() default false;
}
