package org.mnistlab.engine.metrics;

/**
 * numpy's {@code np.sum} / {@code np.mean} of a short contiguous float64 vector, bit for bit: the reduction starts from
 * the identity +0 and adds the pairwise sum numpy's add loop computes (eight interleaved partial sums per block of up
 * to 128 values, halves above). scikit-learn's averages over classes ({@code np.average}) go through it.
 * <p>
 * Valid for vectors that numpy reduces in one inner-loop call (up to its 8192-element buffer), which covers
 * per-class vectors.
 */
final class NumpySum {

    private static final int BLOCK = 128;

    private static final int UNROLL = 8;

    private NumpySum() {
    }

    /** {@code np.sum(a)}. */
    static double sum(final double[] a) {
        return 0.0 + pairwise(a, 0, a.length);
    }

    /** {@code np.mean(a)}, a non-empty. */
    static double mean(final double[] a) {
        return sum(a) / a.length;
    }

    private static double pairwise(final double[] a, final int from, final int n) {
        if (n < UNROLL) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= BLOCK) {
            final double[] r = new double[UNROLL];
            System.arraycopy(a, from, r, 0, UNROLL);
            int i = UNROLL;
            for (; i < n - n % UNROLL; i += UNROLL) {
                for (int k = 0; k < UNROLL; k++) {
                    r[k] += a[from + i + k];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int half = n / 2;
        half -= half % UNROLL;
        return pairwise(a, from, half) + pairwise(a, from + half, n - half);
    }
}
