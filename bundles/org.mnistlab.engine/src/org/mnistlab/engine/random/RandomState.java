package org.mnistlab.engine.random;

import java.util.Arrays;

/**
 * numpy's legacy {@code np.random.RandomState(seed)}: the MT19937 generator seeded with {@code init_genrand} and the
 * draws scikit-learn makes from it, bit for bit. Not thread-safe; give every task its own instance (or its own seed
 * drawn in advance, as scikit-learn does).
 */
public final class RandomState {

    /**
     * The largest seed numpy accepts: {@code RandomState(seed)} takes 0..2^32-1, so every {@code random_state} of
     * scikit-learn, and ours, lies in that range.
     */
    public static final long MAX_SEED = 0xFFFFFFFFL;

    private static final int N = 624;

    private static final int M = 397;

    private static final int MATRIX_A = 0x9908b0df;

    private static final int UPPER_MASK = 0x80000000;

    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] m_key = new int[N];

    private int m_pos;

    /**
     * {@code RandomState(seed)}.
     *
     * @param seed 0..{@link #MAX_SEED}, as numpy requires
     */
    public RandomState(final long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and 2**32 - 1, got " + seed);
        }
        int s = (int)seed;
        for (int pos = 0; pos < N; pos++) {
            m_key[pos] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + pos + 1;
        }
        m_pos = N;
    }

    /** @return the next raw 32-bit output of MT19937, as an unsigned value */
    public long nextUint32() {
        return next32() & 0xFFFFFFFFL;
    }

    private int next32() {
        if (m_pos == N) {
            twist();
        }
        int y = m_key[m_pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private long next64() {
        return (nextUint32() << 32) | nextUint32();
    }

    private void twist() {
        final int[] mt = m_key;
        int i = 0;
        for (; i < N - M; i++) {
            final int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            final int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        final int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        m_pos = 0;
    }

    /**
     * {@code random_sample()}: a double in [0, 1) with 53 random bits.
     *
     * @return the draw
     */
    public double randomSample() {
        final long a = nextUint32() >>> 5;
        final long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /**
     * {@code randint(high)}: an integer in [0, high).
     *
     * @param high exclusive upper bound, positive
     * @return the draw
     */
    public long randint(final long high) {
        return randint(0, high);
    }

    /**
     * {@code randint(low, high)} with numpy's default int64 dtype: masked rejection sampling, drawing 32-bit words
     * while the range fits in 32 bits and 64-bit words otherwise.
     *
     * @param low inclusive lower bound
     * @param high exclusive upper bound, greater than low
     * @return the draw
     */
    public long randint(final long low, final long high) {
        if (high <= low) {
            throw new IllegalArgumentException("low >= high (" + low + " >= " + high + ")");
        }
        final long range = high - 1 - low;
        return low + boundedMasked(range);
    }

    /**
     * {@code randint(high, size=n)}.
     *
     * @param high exclusive upper bound, positive
     * @param size number of draws
     * @return the draws
     */
    public long[] randints(final long high, final int size) {
        final long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = randint(0, high);
        }
        return out;
    }

    private long boundedMasked(final long range) {
        if (range == 0) {
            return 0;
        }
        final long mask = smallestMask(range);
        if (Long.compareUnsigned(range, 0xFFFFFFFFL) <= 0) {
            if (range == 0xFFFFFFFFL) {
                return nextUint32();
            }
            long v;
            do {
                v = nextUint32() & mask;
            } while (v > range);
            return v;
        }
        long v;
        do {
            v = next64() & mask;
        } while (Long.compareUnsigned(v, range) > 0);
        return v;
    }

    /**
     * numpy's {@code random_interval(max)}: an integer in [0, max], the draw legacy {@code shuffle} makes per swap.
     *
     * @param max inclusive upper bound, non-negative
     * @return the draw
     */
    public long interval(final long max) {
        if (max == 0) {
            return 0;
        }
        final long mask = smallestMask(max);
        long v;
        if (Long.compareUnsigned(max, 0xFFFFFFFFL) <= 0) {
            do {
                v = nextUint32() & mask;
            } while (v > max);
        } else {
            do {
                v = next64() & mask;
            } while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }

    private static long smallestMask(final long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        return mask;
    }

    /**
     * Legacy {@code shuffle(x)} of a 1-d array, in place: Fisher-Yates from the end.
     *
     * @param x the array to shuffle
     */
    public void shuffle(final int[] x) {
        for (int i = x.length - 1; i >= 1; i--) {
            final int j = (int)interval(i);
            final int t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }

    /**
     * {@code permutation(n)}: a shuffled {@code arange(n)}.
     *
     * @param n length
     * @return the permutation
     */
    public int[] permutation(final int n) {
        final int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        shuffle(p);
        return p;
    }
}
