package org.knime.node.parameters.updates;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.updates.EffectPredicate}: a condition on dialog values,
 * obtained from a {@link EffectPredicateProvider.PredicateInitializer}; project code combines but never implements it.
 */
public interface EffectPredicate {

    /**
     * @param other another predicate
     * @return both hold
     */
    default EffectPredicate and(final EffectPredicate other) {
        return new Predicates.Combined("and", this, other);
    }

    /**
     * @param other another predicate
     * @return either holds
     */
    default EffectPredicate or(final EffectPredicate other) {
        return new Predicates.Combined("or", this, other);
    }

    /** @return the negation */
    default EffectPredicate negate() {
        return new Predicates.Combined("not", this);
    }
}
