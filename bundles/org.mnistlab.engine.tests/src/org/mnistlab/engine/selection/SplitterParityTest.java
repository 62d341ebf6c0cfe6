package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * StratifiedKFold and KFold against scikit-learn 1.2.1 (reference/cv_metrics_reference.py): the test fold of every
 * sample, warnings and error messages compare exactly.
 */
class SplitterParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("cv_metrics_splits.json");

    static Stream<JsonObject> stratifiedCases() {
        return stream("stratified");
    }

    static Stream<JsonObject> kfoldCases() {
        return stream("kfold");
    }

    private static Stream<JsonObject> stream(final String key) {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonArray(key)) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    private static Long seed(final JsonObject c) {
        return c.get("random_state").isJsonNull() ? null : c.get("random_state").getAsLong();
    }

    /** Each sample's test fold, as the fixture stores it. */
    private static int[] testFolds(final List<Split> folds, final int n) {
        final int[] f = new int[n];
        for (int i = 0; i < folds.size(); i++) {
            for (final int s : folds.get(i).test()) {
                f[s] = i;
            }
        }
        return f;
    }

    @ParameterizedTest
    @MethodSource("stratifiedCases")
    void stratifiedKFold_matchesSklearn(final JsonObject c) {
        final String[] labels = Fixtures.strings(FIXTURE.getAsJsonObject("y").get(c.get("y").getAsString()));
        final Target y = Target.of(labels, Target.LEXICOGRAPHIC);
        final StratifiedKFold cv =
            new StratifiedKFold(c.get("n_splits").getAsInt(), c.get("shuffle").getAsBoolean(), seed(c));
        if (c.has("error")) {
            final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cv.split(y));
            assertEquals(c.get("error").getAsString(), e.getMessage());
            return;
        }
        final List<Split> folds = cv.split(y);
        assertEquals(cv.nSplits(), folds.size());
        assertArrayEquals(Fixtures.ints(c.get("test_folds")), testFolds(folds, labels.length));
        assertEquals(List.of(Fixtures.strings(c.get("warnings"))), cv.warnings(y));
    }

    @ParameterizedTest
    @MethodSource("kfoldCases")
    void kFold_matchesSklearn(final JsonObject c) {
        final KFold cv = new KFold(c.get("n_splits").getAsInt(), c.get("shuffle").getAsBoolean(), seed(c));
        final int n = c.get("n").getAsInt();
        assertArrayEquals(Fixtures.ints(c.get("test_folds")), testFolds(cv.split(n), n));
    }

    @Test
    void invalidParameters_throwSklearnMessages() {
        final String[] ab = {"a", "b", "a"};
        final String[] abab = {"a", "b", "a", "b"};
        assertError("stratified_k1", () -> new StratifiedKFold(1));
        assertError("kfold_k1", () -> new KFold(1));
        assertError("stratified_seed_without_shuffle", () -> new StratifiedKFold(3, false, 1L));
        assertError("kfold_seed_without_shuffle", () -> new KFold(3, false, 1L));
        assertError("kfold_more_splits_than_samples", () -> new KFold(5).split(3));
        assertError("stratified_more_splits_than_samples",
            () -> new StratifiedKFold(5).split(Target.of(ab, Target.LEXICOGRAPHIC)));
        assertError("stratified_all_classes_too_small",
            () -> new StratifiedKFold(3).split(Target.of(abab, Target.LEXICOGRAPHIC)));
    }

    private static void assertError(final String name, final Runnable r) {
        String expected = null;
        for (final JsonElement e : FIXTURE.getAsJsonArray("errors")) {
            if (e.getAsJsonObject().get("case").getAsString().equals(name)) {
                expected = e.getAsJsonObject().get("error").getAsString();
            }
        }
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertEquals(expected, e.getMessage());
    }
}
