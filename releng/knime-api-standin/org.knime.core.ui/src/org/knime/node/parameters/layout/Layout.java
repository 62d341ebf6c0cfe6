package org.knime.node.parameters.layout;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for KNIME's {@code org.knime.node.parameters.layout.Layout}: puts a field into a layout part. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Layout {

    /** @return the layout part (an interface annotated with e.g. {@link Section}) */
    Class<?> value();
}
