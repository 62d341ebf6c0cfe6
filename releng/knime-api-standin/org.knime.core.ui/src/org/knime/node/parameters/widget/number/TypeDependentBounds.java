package org.knime.node.parameters.widget.number;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/**
 * The defaults of {@link NumberInputWidget}: the bounds of the field's type. KNIME's are internal classes
 * ({@code TypeDependentMinValidation}, {@code TypeDependentMaxValidation}); these are package-private, so no code can
 * name them.
 */
final class TypeDependentBounds {

    private TypeDependentBounds() {
    }

    static final class Min extends MinValidation {
        @Override
        protected double getMin() {
            return Double.NEGATIVE_INFINITY;
        }
    }

    static final class Max extends MaxValidation {
        @Override
        protected double getMax() {
            return Double.POSITIVE_INFINITY;
        }
    }
}
