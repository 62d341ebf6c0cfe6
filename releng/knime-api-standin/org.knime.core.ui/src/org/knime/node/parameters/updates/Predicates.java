package org.knime.node.parameters.updates;

import java.util.List;

/** The stand-in's inert predicate values: the dialog that would evaluate them does not exist here. */
final class Predicates {

    private Predicates() {
    }

    /** A named combination of predicates. */
    record Combined(String operator, List<EffectPredicate> operands) implements EffectPredicate {
        Combined(final String operator, final EffectPredicate... operands) {
            this(operator, List.of(operands));
        }
    }
}
