package org.mnistlab.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OurRandRTest {

    /** The xorshift written out with unsigned 64-bit arithmetic, to check the int version's shifts and masks. */
    private static long slow(final long[] seed) {
        long s = seed[0] == 0 ? 1 : seed[0];
        s ^= (s << 13) & 0xFFFFFFFFL;
        s ^= s >>> 17;
        s ^= (s << 5) & 0xFFFFFFFFL;
        seed[0] = s;
        return s % 0x80000000L;
    }

    @Test
    void matchesUnsignedReference_includingZeroSeed() {
        for (final long start : new long[] {0, 1, 1273642419L, 0xFFFFFFFFL, 0x80000000L}) {
            final OurRandR r = new OurRandR(start);
            final long[] state = {start};
            for (int i = 0; i < 10_000; i++) {
                assertEquals(slow(state), r.next(), "seed " + start + " draw " + i);
            }
        }
    }
}
