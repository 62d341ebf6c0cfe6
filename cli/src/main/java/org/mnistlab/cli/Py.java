package org.mnistlab.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/** Formats numbers and arrays for the console the way Python shows them, so the output reads like the notebook. */
final class Py {

    private Py() {
    }

    /**
     * @param v a number
     * @return Python's repr of it: shortest digits, scientific notation below 1e-4 and from 1e16
     */
    static String num(final Object v) {
        if (!(v instanceof Double d)) {
            return String.valueOf(v);
        }
        if (d.isNaN()) {
            return "nan";
        }
        if (d.isInfinite()) {
            return d > 0 ? "inf" : "-inf";
        }
        final double a = Math.abs(d);
        if (a == 0 || (a >= 1e-4 && a < 1e16)) {
            final String plain = new BigDecimal(Double.toString(d)).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        final BigDecimal b = new BigDecimal(Double.toString(d));
        final int exponent = b.precision() - b.scale() - 1;
        final String digits = b.unscaledValue().abs().toString().replaceAll("0+$", "");
        final String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
            + String.format("%02d", Math.abs(exponent));
    }

    /**
     * @param array a double[] or boolean[]
     * @return it as a Python list
     */
    static String array(final Object array) {
        final StringJoiner j = new StringJoiner(", ", "[", "]");
        if (array instanceof double[] a) {
            for (final double v : a) {
                j.add(num(v));
            }
        } else if (array instanceof boolean[] a) {
            for (final boolean v : a) {
                j.add(v ? "True" : "False");
            }
        } else {
            throw new IllegalArgumentException("not an array: " + array);
        }
        return j.toString();
    }

    /**
     * @param a values
     * @return them rounded to two decimals, as the book prints scores
     */
    static String array2(final double[] a) {
        final StringJoiner j = new StringJoiner(", ", "[", "]");
        for (final double v : a) {
            j.add(String.format("%.2f", v));
        }
        return j.toString();
    }

    /**
     * @param items items
     * @return a Python list of them
     */
    static String list(final List<?> items) {
        final StringJoiner j = new StringJoiner(", ", "[", "]");
        items.forEach(i -> j.add(String.valueOf(i)));
        return j.toString();
    }

    /**
     * @param m a matrix of counts
     * @param indent prefix of every line
     * @return numpy's layout: right-aligned columns in nested brackets
     */
    static String matrix(final long[][] m, final String indent) {
        int width = 1;
        for (final long[] row : m) {
            for (final long v : row) {
                width = Math.max(width, Long.toString(v).length());
            }
        }
        final StringBuilder sb = new StringBuilder();
        for (int r = 0; r < m.length; r++) {
            sb.append(indent).append(r == 0 ? "[[" : " [");
            for (int c = 0; c < m[r].length; c++) {
                sb.append(String.format("%" + (c == 0 ? width : width + 1) + "d", m[r][c]));
            }
            sb.append(r == m.length - 1 ? "]]" : "]\n");
        }
        return sb.toString();
    }

    /**
     * @param fraction a share
     * @return it in percent, with one decimal where needed ("90%", "7.1%")
     */
    static String percent(final double fraction) {
        final double p = Math.round(fraction * 1000) / 10.0;
        return (p == Math.rint(p) ? Long.toString((long)p) : Double.toString(p)) + "%";
    }
}
