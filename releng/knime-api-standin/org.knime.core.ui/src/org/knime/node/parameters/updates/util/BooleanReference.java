package org.knime.node.parameters.updates.util;

import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.updates.util.BooleanReference}: a reference to a boolean field
 * that is also the predicate "the field is true".
 */
public interface BooleanReference extends EffectPredicateProvider, ParameterReference<Boolean> {

    @Override
    default EffectPredicate init(final PredicateInitializer i) {
        return i.getBoolean(this.getClass()).isTrue();
    }
}
