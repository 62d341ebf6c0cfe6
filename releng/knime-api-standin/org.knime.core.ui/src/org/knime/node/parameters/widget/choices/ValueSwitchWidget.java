package org.knime.node.parameters.widget.choices;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code ValueSwitchWidget}: an enum as a switch. */
@Retention(RUNTIME)
@Target(FIELD)
public @interface ValueSwitchWidget {
}
