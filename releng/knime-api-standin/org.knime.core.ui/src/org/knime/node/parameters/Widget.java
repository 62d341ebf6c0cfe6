package org.knime.node.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicateProvider;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.Widget}: shows a field in the dialog and documents it in the
 * node description (title + description, XHTML).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Inherited
public @interface Widget {

    /** @return the label */
    String title();

    /** @return the description (XHTML fragment) */
    String description();

    /** @return whether it is hidden until "show advanced settings" */
    boolean advanced() default false;

    /** @return an effect (prefer {@link Effect} on the field) */
    Effect effect() default @Effect(predicate = EffectPredicateProvider.class, type = EffectType.SHOW);
}
