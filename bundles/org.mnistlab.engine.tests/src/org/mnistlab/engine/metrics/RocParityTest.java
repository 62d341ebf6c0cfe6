package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * roc_curve and roc_auc_score against scikit-learn 1.2.1 (roc.json, written by reference/roc_reference.py). Everything
 * compares exactly: rates are ratios of counts, thresholds are input scores (or the largest plus one), and the areas
 * are the same trapezoids summed in numpy's order; warnings and error messages are scikit-learn's text.
 */
class RocParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("roc.json");

    private static Stream<Arguments> named(final String key) {
        final Stream.Builder<Arguments> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray(key)) {
            final JsonObject c = e.getAsJsonObject();
            b.add(Arguments.of(c.get("name").getAsString(), c));
        }
        return b.build();
    }

    static Stream<Arguments> curves() {
        return named("curves");
    }

    static Stream<Arguments> multiclass() {
        return named("multiclass");
    }

    static Stream<Arguments> errors() {
        return named("errors");
    }

    private static boolean[] truth(final JsonObject c) {
        if (c.has("lcg")) {
            return lcg(c.get("lcg").getAsInt()).truth();
        }
        final int[] y = Fixtures.ints(c.get("y"));
        final boolean[] t = new boolean[y.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = y[i] == 1;
        }
        return t;
    }

    private static double[] scores(final JsonObject c) {
        return c.has("lcg") ? lcg(c.get("lcg").getAsInt()).scores() : Fixtures.doubles(c.get("scores"));
    }

    private record Data(boolean[] truth, double[] scores) {
    }

    /** roc_reference.py's lcg(): x = (1103515245 x + 12345) mod 2^31 from 1; truth is bit 16, the score x - 2^30. */
    private static Data lcg(final int n) {
        final boolean[] truth = new boolean[n];
        final double[] scores = new double[n];
        long x = 1;
        for (int i = 0; i < n; i++) {
            x = (1103515245L * x + 12345) % (1L << 31);
            truth[i] = ((x >> 16) & 1) == 1;
            scores[i] = x - (1L << 30);
        }
        return new Data(truth, scores);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void curve_matchesSklearn(final String name, final JsonObject c) {
        for (final boolean drop : new boolean[] {true, false}) {
            final JsonObject e = c.getAsJsonObject(drop ? "drop" : "all");
            final RocCurve curve = RocCurve.of(truth(c), scores(c), drop);
            assertEquals(e.get("size").getAsInt(), curve.size(), "points");
            final int[] index = Fixtures.ints(e.get("index"));
            final double[] fpr = new double[index.length];
            final double[] tpr = new double[index.length];
            final double[] thresholds = new double[index.length];
            for (int k = 0; k < index.length; k++) {
                final RocPoint p = curve.point(index[k]);
                fpr[k] = p.fpr();
                tpr[k] = p.tpr();
                thresholds[k] = p.threshold();
            }
            assertArrayEquals(Fixtures.doubles(e.get("fpr")), fpr, "fpr");
            assertArrayEquals(Fixtures.doubles(e.get("tpr")), tpr, "tpr");
            assertArrayEquals(Fixtures.doubles(e.get("thresholds")), thresholds, "thresholds");
            assertEquals(List.of(Fixtures.strings(e.get("warnings"))), curve.warnings(), "warnings");
        }
        final JsonElement auc = c.get("auc");
        if (auc.isJsonObject()) {
            assertEquals(auc.getAsJsonObject().get("error").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> RocAuc.binary(truth(c), scores(c))).getMessage());
        } else {
            assertEquals(auc.getAsDouble(), RocAuc.binary(truth(c), scores(c)), 0.0, "roc_auc_score");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multiclass")
    void multiclass_matchesSklearn(final String name, final JsonObject c) {
        final Target y = Target.of(Fixtures.strings(c.get("y")), Target.LEXICOGRAPHIC);
        final JsonElement s = c.get("scores");
        final Scores scores = s.getAsJsonArray().get(0).isJsonArray() ? rows(Fixtures.doubleRows(s))
            : new Scores(y.size(), 1, Fixtures.doubles(s));
        for (final Average average : Average.values()) {
            final String key = average.name().toLowerCase(java.util.Locale.ROOT);
            if (c.has(key)) {
                assertAuc(c.get(key), () -> new double[] {RocAuc.of(y, scores, average)}, key);
            }
        }
        if (c.has("none")) {
            assertAuc(c.get("none"), () -> RocAuc.perClass(y, scores), "average=None");
        }
    }

    private interface Areas {
        double[] get();
    }

    private static void assertAuc(final JsonElement expected, final Areas actual, final String what) {
        if (expected.isJsonObject()) {
            assertEquals(expected.getAsJsonObject().get("error").getAsString(),
                assertThrows(IllegalArgumentException.class, actual::get).getMessage(), what);
        } else {
            final double[] e = expected.isJsonArray() ? Fixtures.doubles(expected)
                : new double[] {expected.getAsDouble()};
            assertArrayEquals(e, actual.get(), what);
        }
    }

    private static Scores rows(final double[][] rows) {
        final int k = rows[0].length;
        final double[] v = new double[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, v, i * k, k);
        }
        return new Scores(rows.length, k, v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badInput_failsAsSklearn(final String name, final JsonObject c) {
        final boolean[] truth = truth(c);
        final double[] scores = scores(c);
        assertEquals(c.getAsJsonObject("roc_curve").get("error").getAsString(),
            assertThrows(IllegalArgumentException.class, () -> RocCurve.of(truth, scores)).getMessage(), "roc_curve");
        assertEquals(c.getAsJsonObject("roc_auc_score").get("error").getAsString(),
            assertThrows(IllegalArgumentException.class, () -> RocAuc.binary(truth, scores)).getMessage(),
            "roc_auc_score");
    }
}
