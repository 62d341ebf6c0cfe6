package org.knime.node.parameters.updates;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stand-in for KNIME's {@code org.knime.node.parameters.updates.Effect}: shows/hides/enables a widget. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Effect {

    /** What happens when the predicate holds. */
    enum EffectType {
        /** Enable. */
        ENABLE,
        /** Disable. */
        DISABLE,
        /** Show. */
        SHOW,
        /** Hide. */
        HIDE
    }

    /** @return the predicate */
    Class<? extends EffectPredicateProvider> predicate();

    /** @return the effect */
    EffectType type();
}
