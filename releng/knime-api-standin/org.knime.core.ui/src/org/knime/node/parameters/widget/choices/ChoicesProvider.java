package org.knime.node.parameters.widget.choices;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code ChoicesProvider}: the choices of a dropdown (e.g. a column selection). */
@Retention(RUNTIME)
@Target(FIELD)
public @interface ChoicesProvider {

    /** @return the provider */
    @SuppressWarnings("rawtypes")
    Class<? extends ChoicesStateProvider> value();
}
