package org.knime.node.parameters.widget.text;

import org.knime.node.parameters.validation.BuiltinValidation;

/** Stand-in for KNIME's {@code TextInputWidgetValidation} with its built-in validations and messages. */
public interface TextInputWidgetValidation extends BuiltinValidation {

    /** A regular expression; implement {@link #getPattern()}. */
    abstract class PatternValidation implements TextInputWidgetValidation {

        @Override
        public final Object getParameters() {
            return getPattern();
        }

        @Override
        public String getErrorMessage() {
            return String.format("The string must match the pattern: %s", getPattern());
        }

        /** @return the pattern */
        protected abstract String getPattern();

        /** At least one non-whitespace character. */
        public static final class IsNotBlankValidation extends PatternValidation {
            @Override
            public String getErrorMessage() {
                return "The field cannot be blank (it must contain at least one non-whitespace character).";
            }

            @Override
            public String getPattern() {
                return ".*\\S.*";
            }
        }

        /** At least one character. */
        public static final class IsNotEmptyValidation extends MinLengthValidation {
            @Override
            public String getErrorMessage() {
                return "The field cannot be empty (it must contain at least one character).";
            }

            @Override
            protected int getMinLength() {
                return 1;
            }
        }
    }

    /** A minimum length; implement {@link #getMinLength()}. */
    abstract class MinLengthValidation implements TextInputWidgetValidation {

        @Override
        public final Object getParameters() {
            return getMinLength();
        }

        @Override
        public String getErrorMessage() {
            final int n = getMinLength();
            return String.format("The string must be at least %d character%s long.", n, n == 1 ? "" : "s");
        }

        /** @return the minimum */
        protected abstract int getMinLength();
    }

    /** A maximum length; implement {@link #getMaxLength()}. */
    abstract class MaxLengthValidation implements TextInputWidgetValidation {

        @Override
        public final Object getParameters() {
            return getMaxLength();
        }

        @Override
        public String getErrorMessage() {
            final int n = getMaxLength();
            return String.format("The string must not exceed %d character%s.", n, n == 1 ? "" : "s");
        }

        /** @return the maximum */
        protected abstract int getMaxLength();
    }
}
