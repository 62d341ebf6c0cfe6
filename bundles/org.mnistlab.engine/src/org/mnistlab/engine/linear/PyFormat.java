package org.mnistlab.engine.linear;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code '%.<n>f' % v}, which the SGD log is printed with. Java's {@code String.format("%.2f")} rounds the
 * shortest decimal repr half-up (0.125 becomes "0.13", Python says "0.12") and writes NaN as "NaN", so it is not used.
 */
final class PyFormat {

    private PyFormat() {
    }

    /**
     * @param v a number
     * @param decimals digits after the point
     * @return v rounded half-even from its exact binary value, as Python formats it; the sign of negative values and
     *         of -0 is kept ("-0.00"), and non-finite values read "nan", "inf", "-inf"
     */
    static String fixed(final double v, final int decimals) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        final String digits = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return (Math.copySign(1.0, v) < 0 ? "-" : "") + digits;
    }
}
