package org.mnistlab.charts;

import java.util.Arrays;

/**
 * Thins a polyline of many points (a precision-recall curve of 60,000 scores) to the points that can be seen: a point
 * is kept when it moves at least a tolerance away, in x or in y, from the last kept one. With tolerances below a
 * pixel the drawing does not change, but PNG rendering is faster and SVG files stay small.
 */
final class Decimation {

    private Decimation() {
    }

    /**
     * @param x x coordinates
     * @param y y coordinates, same length
     * @param from first index to consider
     * @param to last index to consider (inclusive), at least from
     * @param tolX smallest visible step in x
     * @param tolY smallest visible step in y
     * @return the indices to draw, ascending; always includes from and to
     */
    static int[] keep(final double[] x, final double[] y, final int from, final int to, final double tolX,
        final double tolY) {
        final int[] kept = new int[to - from + 1];
        int n = 0;
        kept[n++] = from;
        int last = from;
        for (int i = from + 1; i < to; i++) {
            if (Math.abs(x[i] - x[last]) >= tolX || Math.abs(y[i] - y[last]) >= tolY) {
                kept[n++] = i;
                last = i;
            }
        }
        if (to > from) {
            kept[n++] = to;
        }
        return Arrays.copyOf(kept, n);
    }
}
