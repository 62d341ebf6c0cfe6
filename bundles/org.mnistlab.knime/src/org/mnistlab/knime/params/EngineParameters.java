package org.mnistlab.knime.params;

import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.engine.validation.ParameterException;

/**
 * Node parameters whose rules live in the engine: the node builds the engine's parameter record, which checks every
 * value with scikit-learn's message, and this class turns the rejection into the message a KNIME user reads, prefixed
 * with the title of the dialog option that holds the value ("Alpha: The 'alpha' parameter of SGDClassifier must be a
 * float in the range [0, inf). Got -1.0 instead."). So a rule is spelled once, in the engine, and the message still
 * points at the field to fix.
 */
public final class EngineParameters {

    private EngineParameters() {
    }

    /**
     * @param e the engine's rejection
     * @param titles scikit-learn's parameter name ({@link ParameterException#parameter()}) → the title of the dialog
     *            option holding it
     * @return the exception for KNIME, titled by the option when the parameter is one of {@code titles}
     */
    public static InvalidSettingsException invalid(final ParameterException e, final Map<String, String> titles) {
        final String title = titles.get(e.parameter());
        return new InvalidSettingsException(title == null ? e.getMessage() : title + ": " + e.getMessage(), e);
    }
}
