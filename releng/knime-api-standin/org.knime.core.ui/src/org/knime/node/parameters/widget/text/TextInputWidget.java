package org.knime.node.parameters.widget.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.knime.node.parameters.widget.text.TextInputWidgetValidation.MaxLengthValidation;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.MinLengthValidation;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.PatternValidation;

/**
 * Stand-in for KNIME's {@code TextInputWidget} (without the provider attributes). Validations run only in the dialog.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface TextInputWidget {

    /** @return the placeholder text */
    String placeholder() default "";

    /** @return a pattern the text must match */
    Class<? extends PatternValidation> patternValidation() default PatternValidation.class;

    /** @return a maximum length */
    Class<? extends MaxLengthValidation> maxLengthValidation() default MaxLengthValidation.class;

    /** @return a minimum length */
    Class<? extends MinLengthValidation> minLengthValidation() default MinLengthValidation.class;
}
