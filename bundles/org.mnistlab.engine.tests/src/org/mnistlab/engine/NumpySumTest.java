package org.mnistlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumpySumTest {

    @Test
    void pairwise_ofSmallBlocks_followsNumpyOrder() {
        // below 8 values: sequential from -0, so only -0 values sum to -0
        assertEquals(Double.doubleToLongBits(-0.0),
            Double.doubleToLongBits(NumpySum.pairwise(new double[] {-0.0, -0.0}, 0, 2)));
        // 8..128 values: eight accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the rest: here
        // (1e16+1) and (-1e16+1) round to +-1e16 (ties to even), leaving 4 + 1; a sequential sum would give 6
        final double[] a = {1e16, 1, -1e16, 1, 1, 1, 1, 1, 1};
        assertEquals(5.0, NumpySum.pairwise(a, 0, a.length));
    }

    @Test
    void sum_startsFromPositiveZero_andAddsOneBufferAtATime() {
        // the reduction's identity +0 absorbs a -0 pairwise result
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(NumpySum.sum(new double[] {-0.0})));
        // 8193 values: numpy sums the first 8192 pairwise, adds that to the total, then adds the last value. With
        // 2^53 at 0 and ones at 4096 and 8192, each one is added to 2^53 alone and rounds away (ties to even); one
        // pairwise sum over all values would first add the two ones and keep them
        final double[] a = new double[NumpySum.BUFFER + 1];
        a[0] = 0x1p53;
        a[4096] = 1;
        a[NumpySum.BUFFER] = 1;
        assertEquals(0x1p53, NumpySum.sum(a));
        assertEquals(0x1p53 + 2, NumpySum.pairwise(a, 0, a.length));
        assertEquals(0x1p53 / a.length, NumpySum.mean(a));
    }
}
