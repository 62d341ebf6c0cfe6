package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@link TrainTestSplit} against scikit-learn's {@code train_test_split} (reference/split_reference.py): every index,
 * in order, and every error message.
 */
class TrainTestSplitParityTest {

    private static final JsonObject REF = Fixtures.load("split.json");

    static Stream<JsonObject> syntheticCases() {
        return cases().filter(c -> !c.get("labels").getAsString().startsWith("mnist"));
    }

    private static Stream<JsonObject> cases() {
        return StreamSupport.stream(REF.getAsJsonArray("cases").spliterator(), false).map(JsonElement::getAsJsonObject);
    }

    static SplitSize size(final JsonObject sizes, final String key) {
        if (!sizes.has(key)) {
            return null;
        }
        final String text = sizes.get(key).getAsString();
        return text.contains(".") || text.contains("e") ? SplitSize.fraction(Double.parseDouble(text))
            : SplitSize.count(Integer.parseInt(text));
    }

    private static Target target(final String name) {
        final JsonObject v = REF.getAsJsonObject("label_vectors").getAsJsonObject(name);
        return Target.of(Fixtures.strings(v.get("labels")),
            v.get("order").getAsString().equals("numeric") ? Target.NUMERIC : Target.LEXICOGRAPHIC);
    }

    private static void assertSplit(final JsonObject expected, final Split actual, final String what) {
        assertArrayEquals(Fixtures.ints(expected.get("train")), actual.train(), what + " train");
        assertArrayEquals(Fixtures.ints(expected.get("test")), actual.test(), what + " test");
    }

    private static void check(final JsonObject c, final Target y) {
        final JsonObject sizes = c.getAsJsonObject("sizes");
        final SplitSize test = size(sizes, "test_size");
        final SplitSize train = size(sizes, "train_size");
        final String what = c.get("labels").getAsString() + " " + sizes;
        assertSplit(c.getAsJsonObject("ordered"), TrainTestSplit.ordered(y.size(), test, train), what + " ordered");
        for (final Map.Entry<String, JsonElement> e : c.getAsJsonObject("shuffled").entrySet()) {
            final long seed = Long.parseLong(e.getKey());
            assertSplit(e.getValue().getAsJsonObject(), TrainTestSplit.shuffled(y.size(), test, train, seed),
                what + " shuffled seed " + seed);
        }
        for (final Map.Entry<String, JsonElement> e : c.getAsJsonObject("stratified").entrySet()) {
            final long seed = Long.parseLong(e.getKey());
            final JsonObject expected = e.getValue().getAsJsonObject();
            if (expected.has("error")) {
                final IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                    () -> TrainTestSplit.stratified(y, test, train, seed), what);
                assertEquals(expected.get("error").getAsString(), x.getMessage(), what);
            } else {
                assertSplit(expected, TrainTestSplit.stratified(y, test, train, seed),
                    what + " stratified seed " + seed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("syntheticCases")
    void syntheticLabels_giveScikitLearnsIndices(final JsonObject c) {
        check(c, target(c.get("labels").getAsString()));
    }

    @Test
    @FullMnist
    void firstMnistLabels_giveScikitLearnsIndices() {
        final String[] labels = Arrays.copyOf(MnistTestData.all().labels(), 300);
        final Target y = Target.of(labels, Target.LEXICOGRAPHIC);
        final List<JsonObject> mnistCases = cases()
            .filter(c -> c.get("labels").getAsString().equals("mnist_first_300")).toList();
        assertEquals(2, mnistCases.size());
        for (final JsonObject c : mnistCases) {
            check(c, y);
        }
    }

    @Test
    void labsOrderedSplit_isTheFirst60000Rows() {
        final JsonObject lab = REF.getAsJsonObject("lab");
        final Split s = TrainTestSplit.head(lab.get("n").getAsInt(), lab.get("train_size").getAsInt());
        assertArrayEquals(Fixtures.ints(lab.get("sizes")), new int[] {s.trainSize(), s.testSize()});
        assertEquals(0, s.train()[0]);
        assertEquals(59_999, s.train()[59_999]);
        assertEquals(60_000, s.test()[0]);
        assertEquals(69_999, s.test()[9_999]);
    }

    @Test
    void invalidSettings_throwScikitLearnsMessages() {
        for (final JsonElement e : REF.getAsJsonArray("errors")) {
            final JsonObject c = e.getAsJsonObject();
            final int n = c.get("n").getAsInt();
            final SplitSize test = size(c.getAsJsonObject("sizes"), "test_size");
            final SplitSize train = size(c.getAsJsonObject("sizes"), "train_size");
            final IllegalArgumentException x;
            if (c.has("stratify")) {
                final Target y = Target.of(Fixtures.strings(c.get("stratify")), Target.LEXICOGRAPHIC);
                x = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.stratified(y, test, train, 0));
            } else {
                x = assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.shuffled(n, test, train, 0));
                assertEquals(x.getMessage(), assertThrows(IllegalArgumentException.class,
                    () -> TrainTestSplit.ordered(n, test, train)).getMessage());
            }
            assertEquals(c.get("message").getAsString(), x.getMessage());
        }
    }
}
