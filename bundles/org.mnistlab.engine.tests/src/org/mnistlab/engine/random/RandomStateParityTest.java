package org.mnistlab.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Draws of numpy 1.24's legacy RandomState, recorded by reference/random_reference.py; all compare exactly. */
class RandomStateParityTest {

    static Stream<JsonObject> cases() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : Fixtures.load("random.json").getAsJsonArray("cases")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    private static RandomState rs(final JsonObject c) {
        return new RandomState(c.get("seed").getAsLong());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rawWords_matchMT19937(final JsonObject c) {
        final RandomState r = rs(c);
        for (final long expected : Fixtures.longs(c.get("uint32_first5"))) {
            assertEquals(expected, r.nextUint32());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void randintSize_matchesAcrossTwists(final JsonObject c) {
        assertArrayEquals(Fixtures.longs(c.get("randint_2pow31m1")), rs(c).randints((1L << 31) - 1, 1000));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sgdSeedDraws_match(final JsonObject c) {
        final RandomState r = rs(c);
        final long[] expected = Fixtures.longs(c.get("make_dataset_then_seed"));
        assertEquals(expected[0], r.randint(1, Integer.MAX_VALUE));
        assertEquals(expected[1], r.randint((1L << 31) - 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void otherDraws_match(final JsonObject c) {
        RandomState r = rs(c);
        for (final double expected : Fixtures.doubles(c.get("random_sample"))) {
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(r.randomSample()));
        }
        r = rs(c);
        for (final long expected : Fixtures.longs(c.get("randint_small"))) {
            assertEquals(expected, r.randint(3, 10));
        }
        r = rs(c);
        for (final long expected : Fixtures.longs(c.get("randint_wide"))) {
            assertEquals(expected, r.randint(-(1L << 40), 1L << 40));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void permutationAndShuffle_match(final JsonObject c) {
        assertArrayEquals(Fixtures.ints(c.get("permutation_100")), rs(c).permutation(100));
        final int[] folds = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2};
        rs(c).shuffle(folds);
        assertArrayEquals(Fixtures.ints(c.get("shuffle_repeated")), folds);
    }

    @Test
    void lab_seed42_givesTheShuffleSeedSklearnUses() {
        final RandomState r = new RandomState(42);
        r.randint(1, Integer.MAX_VALUE);
        // the seed fit_binary hands to _plain_sgd for random_state=42
        assertEquals(1273642419L, r.randint((1L << 31) - 1));
    }

    @Test
    void seedOutOfRange_throws() {
        assertThrows(IllegalArgumentException.class, () -> new RandomState(-1));
        assertThrows(IllegalArgumentException.class, () -> new RandomState(1L << 32));
    }
}
