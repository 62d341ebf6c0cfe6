package org.knime.node.parameters.persistence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Stand-in for KNIME's {@code org.knime.node.parameters.persistence.Persistor}: a custom persistor. */
@Retention(RUNTIME)
@Target({TYPE, FIELD})
public @interface Persistor {

    /** @return the persistor class (non-private no-arg constructor) */
    @SuppressWarnings("rawtypes")
    Class<? extends NodeParametersPersistor> value();
}
