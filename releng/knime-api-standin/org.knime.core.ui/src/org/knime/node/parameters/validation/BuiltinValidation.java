package org.knime.node.parameters.validation;

/** Stand-in for KNIME's {@code BuiltinValidation}: a validation the dialog frontend runs (never the backend). */
public interface BuiltinValidation {

    /** @return the message shown when the value is invalid */
    String getErrorMessage();

    /** @return the parameters passed to the frontend */
    Object getParameters();
}
