package org.mnistlab.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mnistlab.engine.validation.ParameterException;

/**
 * Hyper-parameters as text under scikit-learn's names (what the parameter records' {@code toProperties} write and
 * their {@code fromProperties} read), checked with scikit-learn's wording so a user who types them sees familiar
 * messages.
 */
public final class ParamText {

    private final String m_estimator;

    private final Map<String, String> m_values;

    private ParamText(final String estimator, final Map<String, String> values) {
        m_estimator = estimator;
        m_values = values;
    }

    /**
     * Merges given values over the defaults.
     *
     * @param estimator scikit-learn's class name, for messages ("SVC")
     * @param defaults every supported name with its default value
     * @param unsupported scikit-learn parameters that are not modelled, each with the values that mean "off" (lower
     *            case; a missing value counts as "none"); only those are accepted
     * @param given the values to read
     * @return the merged values
     * @throws ParameterException for an unknown name or an unsupported parameter that is not off
     */
    public static ParamText read(final String estimator, final Map<String, String> defaults,
        final Map<String, Set<String>> unsupported, final Map<String, String> given) {
        final Map<String, String> values = new LinkedHashMap<>(defaults);
        for (final Map.Entry<String, String> e : given.entrySet()) {
            final String key = e.getKey();
            if (unsupported.containsKey(key)) {
                final String v = e.getValue() == null ? "none" : e.getValue().trim().toLowerCase(Locale.ROOT);
                if (!unsupported.get(key).contains(v)) {
                    throw new ParameterException(key,
                        estimator + " parameter '" + key + "' is not supported (got " + e.getValue() + ")");
                }
            } else if (defaults.containsKey(key)) {
                values.put(key, e.getValue());
            } else {
                throw new ParameterException(key, "unknown " + estimator + " parameter '" + key + "'");
            }
        }
        return new ParamText(estimator, values);
    }

    /**
     * @param key a parameter name
     * @return its value as given, or {@code null} if it was given as null
     */
    public String raw(final String key) {
        return m_values.get(key);
    }

    /**
     * @param key a parameter name
     * @return its value
     * @throws ParameterException if it was given as null
     */
    public String text(final String key) {
        final String v = m_values.get(key);
        if (v == null) {
            throw ParameterException.unset(m_estimator, key);
        }
        return v;
    }

    /**
     * @param key a parameter name
     * @return its value as a double
     * @throws ParameterException if it is not a number
     */
    public double number(final String key) {
        try {
            return Double.parseDouble(text(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "a number", e);
        }
    }

    /**
     * @param key a parameter name
     * @return its value as an int
     * @throws ParameterException if it is not an int
     */
    public int integer(final String key) {
        try {
            return Integer.parseInt(text(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "an int", e);
        }
    }

    /**
     * @param key a parameter name
     * @return its value as a boolean ("true"/"false", any case, as Python's True/False)
     * @throws ParameterException if it is neither
     */
    public boolean bool(final String key) {
        final String v = text(key).trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw invalid(key, "an instance of 'bool'", null);
    }

    /**
     * @param key a parameter name
     * @param what what it must be, in scikit-learn's words ("an int in the range [0, 4294967295]")
     * @param cause the parse failure, or {@code null}
     * @return scikit-learn's message for an invalid parameter value
     */
    public ParameterException invalid(final String key, final String what, final Throwable cause) {
        return new ParameterException(key, "The '" + key + "' parameter of " + m_estimator + " must be " + what
            + ". Got '" + m_values.get(key) + "' instead.", cause);
    }
}
