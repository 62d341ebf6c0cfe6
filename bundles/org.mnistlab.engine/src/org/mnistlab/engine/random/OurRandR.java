package org.mnistlab.engine.random;

/**
 * scikit-learn's {@code our_rand_r} ({@code sklearn/utils/_random.pxd}): a 32-bit xorshift whose state is the seed
 * itself. The SGD dataset shuffle draws from it, starting every epoch from the same seed value because Cython passes
 * the seed by value.
 */
public final class OurRandR {

    /** {@code RAND_R_MAX + 1}: outputs are reduced modulo 2^31. */
    private static final long MODULUS = 0x80000000L;

    /** State 0 would stay 0 forever; scikit-learn replaces it by this. */
    private static final int DEFAULT_SEED = 1;

    private int m_state;

    /**
     * @param seed the initial state, an unsigned 32-bit value
     */
    public OurRandR(final long seed) {
        m_state = (int)seed;
    }

    /** @return the next value in [0, 2^31) */
    public long next() {
        int s = m_state;
        if (s == 0) {
            s = DEFAULT_SEED;
        }
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        m_state = s;
        return (s & 0xFFFFFFFFL) % MODULUS;
    }
}
