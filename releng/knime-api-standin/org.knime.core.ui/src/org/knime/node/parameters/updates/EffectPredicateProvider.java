package org.knime.node.parameters.updates;

import java.util.function.Predicate;

import org.knime.node.parameters.NodeParametersInput;

/** Stand-in for KNIME's {@code org.knime.node.parameters.updates.EffectPredicateProvider} (subset). */
@FunctionalInterface
public interface EffectPredicateProvider {

    /**
     * @param i gives access to referenced values
     * @return the predicate
     */
    EffectPredicate init(PredicateInitializer i);

    /** Access to the values of fields marked with {@link ValueReference}. */
    interface PredicateInitializer {

        /** @param reference a string field's reference @return its predicates */
        StringReference getString(Class<? extends ParameterReference<String>> reference);

        /** @param reference a boolean field's reference @return its predicates */
        BooleanReference getBoolean(Class<? extends ParameterReference<Boolean>> reference);

        /**
         * @param <E> the enum
         * @param reference an enum field's reference
         * @return its predicates
         */
        <E extends Enum<E>> EnumReference<E> getEnum(Class<? extends ParameterReference<E>> reference);

        /** Predicates on a string value. */
        interface StringReference {
            /** @param value a value @return the predicate */
            EffectPredicate isEqualTo(String value);

            /** @param pattern a regular expression @return the predicate */
            EffectPredicate matchesPattern(String pattern);
        }

        /** Predicates on a boolean value. */
        interface BooleanReference {
            /** @return the value is true */
            EffectPredicate isTrue();

            /** @return the value is false */
            EffectPredicate isFalse();
        }

        /**
         * Predicates on an enum value.
         *
         * @param <E> the enum
         */
        interface EnumReference<E extends Enum<E>> {
            /** @param values constants @return the value is one of them */
            @SuppressWarnings("unchecked")
            EffectPredicate isOneOf(E... values);
        }

        /** @param predicate a condition on the inputs @return the predicate */
        EffectPredicate getConstant(Predicate<NodeParametersInput> predicate);

        /** @return never holds */
        default EffectPredicate never() {
            return getConstant(context -> false);
        }

        /** @return always holds */
        default EffectPredicate always() {
            return getConstant(context -> true);
        }

        /** @param predicateProviderClass another provider @return its predicate */
        EffectPredicate getPredicate(Class<? extends EffectPredicateProvider> predicateProviderClass);

        /** @param predicateProvider another provider @return its predicate */
        EffectPredicate getPredicate(EffectPredicateProvider predicateProvider);
    }

    /** @param predicates predicates @return all hold */
    default EffectPredicate and(final EffectPredicate... predicates) {
        return new Predicates.Combined("and", predicates);
    }

    /** @param predicate a predicate @return its negation */
    default EffectPredicate not(final EffectPredicate predicate) {
        return new Predicates.Combined("not", predicate);
    }

    /** @param predicates predicates @return any holds */
    default EffectPredicate or(final EffectPredicate... predicates) {
        return new Predicates.Combined("or", predicates);
    }
}
