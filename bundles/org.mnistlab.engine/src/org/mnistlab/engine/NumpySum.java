package org.mnistlab.engine;

/**
 * numpy 1.24's {@code add.reduce} ({@code np.sum}, and so {@code np.mean}, {@code np.average}, {@code X.var()}) of
 * contiguous float64 data, bit for bit. scikit-learn's averages and {@code gamma='scale'} go through it, so every
 * place that must match them uses this one implementation.
 * <p>
 * The reduction starts from the identity +0 and hands the inner loop buffers of {@link #BUFFER} elements; each
 * buffer is summed pairwise ({@code DOUBLE_pairwise_sum}: below 8 elements sequentially from -0, up to 128 with eight
 * interleaved accumulators, otherwise split in two halves at a multiple of 8) and added to the running total.
 */
public final class NumpySum {

    /** numpy's default ufunc buffer size, in elements. */
    public static final int BUFFER = 8192;

    /** numpy's {@code PW_BLOCKSIZE}. */
    private static final int BLOCK = 128;

    private NumpySum() {
    }

    /**
     * {@code np.sum(a)}.
     *
     * @param a values
     * @return their sum in numpy's association order
     */
    public static double sum(final double[] a) {
        double total = 0.0;
        for (int from = 0; from < a.length; from += BUFFER) {
            total += pairwise(a, from, Math.min(BUFFER, a.length - from));
        }
        return total;
    }

    /**
     * {@code np.mean(a)}.
     *
     * @param a values, at least one
     * @return their mean as numpy computes it
     */
    public static double mean(final double[] a) {
        return sum(a) / a.length;
    }

    /**
     * numpy's {@code DOUBLE_pairwise_sum} of {@code a[from, from + n)}: one buffer's share of a reduction.
     *
     * @param a values
     * @param from first index
     * @param n number of values
     * @return their sum in numpy's association order
     */
    public static double pairwise(final double[] a, final int from, final int n) {
        if (n < 8) {
            // numpy starts from -0 so that a sum of only -0 stays -0
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int i = 8;
            for (final int end = n - n % 8; i < end; i += 8) {
                r0 += a[from + i];
                r1 += a[from + i + 1];
                r2 += a[from + i + 2];
                r3 += a[from + i + 3];
                r4 += a[from + i + 4];
                r5 += a[from + i + 5];
                r6 += a[from + i + 6];
                r7 += a[from + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwise(a, from, half) + pairwise(a, from + half, n - half);
    }
}
