package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code ConfigEntries} (knime-shared): the entry types of a config tree. The constant names are
 * the {@code type} attribute values of {@code <entry>} elements in KNIME's XML files ({@code xstring}, {@code xint},
 * ...); {@code config} is a sub-tree.
 */
public enum ConfigEntries {
    /** A string, possibly {@code null}. */
    xstring,
    /** An int. */
    xint,
    /** A double, written with {@link Double#toString(double)}. */
    xdouble,
    /** A float, written (as KNIME does) with {@link Double#toString(double)} of the widened value. */
    xfloat,
    /** A long. */
    xlong,
    /** A short. */
    xshort,
    /** A byte. */
    xbyte,
    /** A char. */
    xchar,
    /** A boolean ("true"/"false"). */
    xboolean,
    /** A sub-config. */
    config,
    /** An encrypted password (kept as its stored string; no encryption in the stand-in). */
    xpassword,
    /** A string that is never saved. */
    xtransientstring;

    /**
     * Parses an entry value as KNIME's entry classes do when reading XML ({@code ConfigXxxEntry(String key, String
     * value)} constructors): {@code Integer.parseInt}, {@code Double.parseDouble}, {@code Boolean.parseBoolean}, one
     * character for chars.
     *
     * @param key the entry's key (for messages)
     * @param value the attribute value, {@code null} for {@code isnull="true"}
     * @return the typed value
     */
    Object parse(final String key, final String value) {
        return switch (this) {
            case xstring, xpassword -> value;
            case xint -> Integer.parseInt(value);
            case xdouble -> Double.parseDouble(value);
            case xfloat -> Float.parseFloat(value);
            case xlong -> Long.parseLong(value);
            case xshort -> Short.parseShort(value);
            case xbyte -> Byte.parseByte(value);
            case xchar -> parseChar(value);
            case xboolean -> Boolean.parseBoolean(value);
            case config -> throw new UnsupportedOperationException("Do not call this method on sub config entries");
            case xtransientstring -> throw new IllegalStateException("Transient string not supposed to be saved");
        };
    }

    private static Character parseChar(final String value) {
        if (value.length() > 1) {
            throw new IllegalArgumentException("ConfigCharEntry only takes strings of length one.");
        }
        return value.charAt(0);
    }

    /**
     * Formats a typed value as KNIME's entries do ({@code toStringValue()}).
     *
     * @param value the typed value, may be {@code null} for strings
     * @return the text, {@code null} for a null string
     */
    String format(final Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case xdouble -> Double.toString((Double)value);
            case xfloat -> Double.toString((Float)value);
            default -> value.toString();
        };
    }
}
