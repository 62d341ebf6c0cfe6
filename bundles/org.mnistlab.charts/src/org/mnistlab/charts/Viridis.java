package org.mnistlab.charts;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * matplotlib's "viridis" colormap, which scikit-learn's confusion-matrix display uses: dark purple for low values to
 * yellow for high ones, with lightness rising steadily, so the order of values survives grayscale printing. Values
 * are scaled linearly from [lower, upper]; outside values take the end colors, NaN (no value) is light gray.
 */
final class Viridis implements PaintScale {

    /** viridis sampled at 0, 0.1, ..., 1; linear interpolation in between is indistinguishable from the full table */
    private static final int[] STOPS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
        0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};

    private final double m_lower;

    private final double m_upper;

    /**
     * @param lower value shown darkest
     * @param upper value shown brightest; greater than lower
     */
    Viridis(final double lower, final double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must exceed lower, got [" + lower + ", " + upper + "]");
        }
        m_lower = lower;
        m_upper = upper;
    }

    @Override
    public double getLowerBound() {
        return m_lower;
    }

    @Override
    public double getUpperBound() {
        return m_upper;
    }

    /** Light gray, for cells that have no value (e.g. the diagonal when only errors are shown) */
    static final Color NO_VALUE = new Color(0xee, 0xee, 0xee);

    @Override
    public Paint getPaint(final double value) {
        return Double.isNaN(value) ? NO_VALUE : color((value - m_lower) / (m_upper - m_lower));
    }

    /**
     * @param t position in the colormap, clamped to [0, 1]; NaN counts as 0
     * @return the color
     */
    static Color color(final double t) {
        final double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        final double pos = clamped * (STOPS.length - 1);
        final int i = Math.min((int)pos, STOPS.length - 2);
        final double f = pos - i;
        return new Color(mix(STOPS[i] >> 16, STOPS[i + 1] >> 16, f), mix(STOPS[i] >> 8, STOPS[i + 1] >> 8, f),
            mix(STOPS[i], STOPS[i + 1], f));
    }

    private static int mix(final int a, final int b, final double f) {
        return (int)Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }
}
