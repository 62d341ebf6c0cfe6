package org.knime.node.parameters.widget.number;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

/**
 * Stand-in for KNIME's {@code NumberInputWidget} (without the provider attributes). Its validations run only in the
 * dialog, so values must be re-checked in {@code NodeParameters#validate()}.
 */
@Retention(RUNTIME)
@Target(FIELD)
public @interface NumberInputWidget {

    /** @return the lower bound */
    Class<? extends MinValidation> minValidation() default TypeDependentBounds.Min.class;

    /** @return the upper bound */
    Class<? extends MaxValidation> maxValidation() default TypeDependentBounds.Max.class;
}
