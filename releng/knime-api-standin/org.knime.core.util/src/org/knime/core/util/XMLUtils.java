package org.knime.core.util;

/**
 * Stand-in for KNIME's {@code org.knime.core.util.XMLUtils} (knime-shared): the escaping KNIME applies to config
 * values before they become XML attribute values. Characters an XML 1.0 attribute cannot carry (below 32, e.g. a line
 * break, and above 0xd7ff) and a "%" followed by another "%" are written as {@code %%} plus five decimal digits of
 * the char code; everything else is left to the XML writer.
 */
public final class XMLUtils {

    private XMLUtils() {
    }

    /**
     * @param s a value, may be {@code null}
     * @return the escaped value, {@code null} for {@code null}
     */
    public static String escape(final String s) {
        if (s == null) {
            return null;
        }
        final StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            final boolean percentPair = c == '%' && i < s.length() - 1 && s.charAt(i + 1) == '%';
            if (c < 32 || c > 0xd7ff || percentPair) {
                b.append("%%").append(String.format("%05d", (int)c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Reverses {@link #escape(String)}.
     *
     * @param s an escaped value, may be {@code null}
     * @return the original value, {@code null} for {@code null}
     */
    public static String unescape(final String s) {
        if (s == null) {
            return null;
        }
        final StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '%' && i < s.length() - 6 && s.charAt(i + 1) == '%' && allDigits(s, i + 2, i + 7)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 6;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean allDigits(final String s, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
