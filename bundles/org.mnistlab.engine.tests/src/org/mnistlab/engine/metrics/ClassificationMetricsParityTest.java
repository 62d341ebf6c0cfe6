package org.mnistlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.data.Target;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Confusion matrices, accuracy, precision/recall/F1 and classification reports against scikit-learn 1.2.1
 * (reference/cv_metrics_reference.py). Counts compare exactly and every float bit for bit: the divisions and numpy's
 * pairwise sums are repeated in scikit-learn's order.
 */
class ClassificationMetricsParityTest {

    static Stream<JsonObject> cases() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : Fixtures.load("cv_metrics_classification.json").getAsJsonArray("cases")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    private static ConfusionMatrix matrix(final JsonObject c) {
        return ConfusionMatrix.ofLabels(Fixtures.strings(c.get("y_true")), Fixtures.strings(c.get("y_pred")),
            Target.LEXICOGRAPHIC);
    }

    private static long[][] longRows(final JsonElement e) {
        final long[][] l = new long[e.getAsJsonArray().size()][];
        for (int i = 0; i < l.length; i++) {
            l[i] = Fixtures.longs(e.getAsJsonArray().get(i));
        }
        return l;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void confusionMatrix_matchesSklearn(final JsonObject c) {
        final ConfusionMatrix cm = matrix(c);
        assertArrayEquals(Fixtures.strings(c.get("labels")), cm.classes());
        assertArrayEquals(longRows(c.get("confusion")), cm.counts());
        assertArrayEquals(Fixtures.doubleRows(c.get("confusion_true")), cm.normalized(Normalize.TRUE));
        assertArrayEquals(Fixtures.doubleRows(c.get("confusion_pred")), cm.normalized(Normalize.PRED));
        assertArrayEquals(Fixtures.doubleRows(c.get("confusion_all")), cm.normalized(Normalize.ALL));
        assertArrayEquals(longRows(c.get("errors_only_counts")), cm.errorsOnly().counts());
        assertArrayEquals(Fixtures.doubleRows(c.get("errors_only_true")), cm.errorsOnly().normalized(Normalize.TRUE));
        assertEquals(c.get("accuracy").getAsDouble(), cm.accuracy());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void precisionRecallF1_matchSklearn(final JsonObject c) {
        final ConfusionMatrix cm = matrix(c);
        for (final ZeroDivision zd : ZeroDivision.values()) {
            final String suffix = zd == ZeroDivision.ZERO ? "_warn" : "_one";
            final JsonObject per = c.getAsJsonObject("per_class" + suffix);
            final PrecisionRecallF1[] r = PrecisionRecallF1.perClass(cm, zd);
            for (int k = 0; k < r.length; k++) {
                assertEquals(Fixtures.doubles(per.get("precision"))[k], r[k].precision());
                assertEquals(Fixtures.doubles(per.get("recall"))[k], r[k].recall());
                assertEquals(Fixtures.doubles(per.get("f1"))[k], r[k].f1());
            }
            assertArrayEquals(Fixtures.longs(per.get("support")), cm.trueCounts());
            for (final Average a : Average.values()) {
                assertScores(c.getAsJsonObject(a.name().toLowerCase() + suffix), PrecisionRecallF1.average(cm, a, zd));
            }
            final JsonObject binary = c.getAsJsonObject("binary" + suffix);
            if (binary != null) {
                for (final String pos : binary.keySet()) {
                    final int k = Arrays.asList(cm.classes()).indexOf(pos);
                    assertScores(binary.getAsJsonObject(pos), PrecisionRecallF1.binary(cm, k, zd));
                }
            }
        }
        if (c.has("binary_error")) {
            assertEquals(c.get("binary_error").getAsString(),
                assertThrows(IllegalArgumentException.class, () -> PrecisionRecallF1.binary(cm, 0)).getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void classificationReport_matchesSklearn(final JsonObject c) {
        final JsonObject expected = c.getAsJsonObject("report");
        final ClassificationReport report = ClassificationReport.of(matrix(c));
        assertEquals(expected.keySet().size() - 3, report.rows().size());
        for (final ClassificationReport.Row row : report.rows()) {
            final JsonObject e = expected.getAsJsonObject(row.label());
            assertReportLine(e, row.scores());
            assertEquals(e.get("support").getAsLong(), row.support());
        }
        assertEquals(expected.get("accuracy").getAsDouble(), report.accuracy());
        assertReportLine(expected.getAsJsonObject("macro avg"), report.macroAverage());
        assertReportLine(expected.getAsJsonObject("weighted avg"), report.weightedAverage());
        assertEquals(expected.getAsJsonObject("weighted avg").get("support").getAsLong(), report.support());
    }

    private static void assertScores(final JsonObject e, final PrecisionRecallF1 s) {
        assertEquals(e.get("precision").getAsDouble(), s.precision(), "precision");
        assertEquals(e.get("recall").getAsDouble(), s.recall(), "recall");
        assertEquals(e.get("f1").getAsDouble(), s.f1(), "f1");
    }

    private static void assertReportLine(final JsonObject e, final PrecisionRecallF1 s) {
        assertEquals(e.get("precision").getAsDouble(), s.precision());
        assertEquals(e.get("recall").getAsDouble(), s.recall());
        assertEquals(e.get("f1-score").getAsDouble(), s.f1());
    }
}
