package org.knime.node.parameters.widget.number;

import java.math.BigDecimal;

import org.knime.node.parameters.validation.BuiltinValidation;

/** Stand-in for KNIME's {@code NumberInputWidgetValidation} with its built-in bounds and messages. */
public interface NumberInputWidgetValidation extends BuiltinValidation {

    /** @return whether the bound itself is excluded */
    default boolean isExclusive() {
        return false;
    }

    /** A lower bound; implement {@link #getMin()}. */
    abstract class MinValidation implements NumberInputWidgetValidation {

        @Override
        public final Object getParameters() {
            return new double[]{getMin()};
        }

        @Override
        public String getErrorMessage() {
            return String.format(isExclusive() ? "The value must be greater than %s." : "The value must be at least %s.",
                BigDecimal.valueOf(getMin()).stripTrailingZeros().toPlainString());
        }

        /** @return the bound */
        protected abstract double getMin();

        /** At least 0. */
        public static final class IsNonNegativeValidation extends MinValidation {
            @Override
            public double getMin() {
                return 0;
            }
        }

        /** At least 1. */
        public static final class IsPositiveIntegerValidation extends MinValidation {
            @Override
            public double getMin() {
                return 1;
            }
        }

        /** Greater than 0. */
        public static final class IsPositiveDoubleValidation extends MinValidation {
            @Override
            public double getMin() {
                return 0;
            }

            @Override
            public boolean isExclusive() {
                return true;
            }
        }
    }

    /** An upper bound; implement {@link #getMax()}. */
    abstract class MaxValidation implements NumberInputWidgetValidation {

        @Override
        public final Object getParameters() {
            return new double[]{getMax()};
        }

        @Override
        public String getErrorMessage() {
            return String.format(isExclusive() ? "The value must be less than %s." : "The value must not exceed %s.",
                BigDecimal.valueOf(getMax()).stripTrailingZeros().toPlainString());
        }

        /** @return the bound */
        protected abstract double getMax();
    }
}
