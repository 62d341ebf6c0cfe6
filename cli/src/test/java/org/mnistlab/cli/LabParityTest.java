package org.mnistlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The whole lab through {@code bin/lab105}'s entry point, against what reference/lab_reference.py recorded with
 * scikit-learn 1.2.1 for the default and an alternative configuration. Integers, booleans and strings compare
 * exactly; floats to 1e-9 relative, because scikit-learn's decision_function sums with BLAS in another order than
 * the sequential sums of the SGD kernel (everything derived from counts comes out identical anyway). The training
 * log's numbers are known only as scikit-learn prints them, so they compare as printed text; with --verbose the
 * console shows exactly the text scikit-learn printed for the lab's fit (reference/sgd_verbose_reference.py), times
 * aside. Each configuration runs once ({@link LabRuns}) for all the tests that look at it.
 */
@FullMnist
class LabParityTest {

    private static final double REL = 1e-9;

    /** The default lab, printing the binary fit's log as verbose=2 does. */
    private static final String[] DEFAULT = {"--verbose"};

    private static final String[] ALTERNATIVE = {"--seed", "7", "--positive", "3", "--threshold", "2500.5",
        "--target-precision", "0.8", "--svc-rows", "1500", "--multi-rows", "1200", "--folds", "4"};

    /** The times scikit-learn prints, which sgd_verbose.json replaced by "*". */
    private static final Pattern TIME = Pattern.compile("(Total training time: |epochs took )\\d+\\.\\d\\d( seconds)");

    @Test
    void defaultLab_givesScikitLearnsResults() throws IOException {
        assertResults("lab_default.json", LabRuns.of(DEFAULT));
    }

    @Test
    void defaultLab_verbosePrintsScikitLearnsLog() {
        final JsonArray printed = Fixtures.load("sgd_verbose.json").getAsJsonObject("lab_binary")
            .getAsJsonArray("lines");
        final List<String> expected = new ArrayList<>();
        printed.forEach(l -> expected.add(l.getAsString()));
        final List<String> log = succeeded(LabRuns.of(DEFAULT)).stdout().lines()
            .filter(l -> !l.isEmpty() && !l.startsWith(" ") && !l.startsWith("[")).filter(l -> !l.startsWith("results.json"))
            .map(l -> TIME.matcher(l).replaceAll("$1*$2")).toList();
        assertEquals(expected, log);
    }

    @Test
    void alternativeConfiguration_recomputesEveryStep() throws IOException {
        assertResults("lab_alt.json", LabRuns.of(ALTERNATIVE));
    }

    static Stream<Arguments> configurations() {
        return Stream.of(Arguments.of("default", DEFAULT), Arguments.of("alternative", ALTERNATIVE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyRun_timesEveryStep(final String name, final String[] options) throws IOException {
        final JsonObject timing = parse(succeeded(LabRuns.of(options)).out().resolve("results.json"))
            .getAsJsonObject("timing_s");
        for (final String step : List.of("load", "binary_fit", "binary_cv", "thresholds", "roc", "svc", "svc_ovr",
            "multiclass", "total")) {
            assertTrue(timing.has(step), "timing_s." + step);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyRun_writesTheChartsAndAReportShowingThem(final String name, final String[] options) throws IOException {
        final Path out = succeeded(LabRuns.of(options)).out();
        for (final String file : List.of("report.html", "digits.png", "digits.svg", "precision_recall_vs_threshold.png",
            "precision_vs_recall.png", "confusion_multiclass.png", "confusion_multiclass_normalized.png",
            "confusion_multiclass_errors.png", "cv_binary.png", "cv_multiclass.png", "confusion_binary.png",
            "roc_curve.png", "roc_curve.svg", "sgd_training_loss.png")) {
            assertTrue(Files.size(out.resolve(file)) > 1000, file);
        }
        final String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<img src=\"precision_recall_vs_threshold.png\""), "report shows the charts");
        final JsonObject tp = parse(out.resolve("results.json")).getAsJsonObject("binary_sgd")
            .getAsJsonObject("threshold_for_precision");
        assertTrue(report.contains(Py.num(tp.get("threshold").getAsDouble())), "report shows the threshold");
        final double auc = parse(out.resolve("results.json")).getAsJsonObject("binary_sgd").get("roc_auc")
            .getAsDouble();
        assertTrue(report.contains("ROC AUC " + Py.num(auc)), "report shows the ROC AUC");
    }

    private static LabRuns.Run succeeded(final LabRuns.Run run) {
        assertEquals(0, run.status(), run.stderr());
        return run;
    }

    private static void assertResults(final String fixture, final LabRuns.Run run) throws IOException {
        final JsonObject expected = Fixtures.load(fixture);
        final JsonObject actual = parse(succeeded(run).out().resolve("results.json"));
        final List<String> diffs = new ArrayList<>();
        final JsonObject expectedLog = expected.getAsJsonObject("binary_sgd").remove("training_log").getAsJsonObject();
        final JsonObject actualLog = actual.getAsJsonObject("binary_sgd").remove("training_log").getAsJsonObject();
        for (final String key : List.of("dataset", "binary_sgd", "svc_ovo", "svc_ovr", "sgd_multiclass")) {
            compare(expected.get(key), actual.get(key), key, diffs);
        }
        assertEquals(List.of(), diffs);
        assertSamePrintedLog(expectedLog, actualLog);
    }

    /** Stop reason and warning exactly; every epoch as scikit-learn prints it (Norm %.2f, Bias %.6f, ...). */
    private static void assertSamePrintedLog(final JsonObject expected, final JsonObject actual) {
        assertEquals(expected.get("stopped"), actual.get("stopped"), "training_log.stopped");
        assertEquals(expected.get("warning"), actual.get("warning"), "training_log.warning");
        final JsonArray e = expected.getAsJsonArray("epochs");
        final JsonArray a = actual.getAsJsonArray("epochs");
        assertEquals(e.size(), a.size(), "training_log.epochs");
        for (int i = 0; i < e.size(); i++) {
            assertEquals(printed(e.get(i).getAsJsonObject()), printed(a.get(i).getAsJsonObject()),
                "training_log.epochs[" + i + "]");
        }
    }

    private static String printed(final JsonObject epoch) {
        return "-- Epoch " + epoch.get("epoch").getAsInt() + "\n" + new SGDEpoch(epoch.get("epoch").getAsInt(),
            epoch.get("norm").getAsDouble(), epoch.get("nnz").getAsLong(), epoch.get("bias").getAsDouble(),
            epoch.get("t").getAsLong(), epoch.get("avg_loss").getAsDouble(), 0).line();
    }

    private static JsonObject parse(final Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private static void compare(final JsonElement e, final JsonElement a, final String path, final List<String> out) {
        if (a == null) {
            out.add(path + ": missing");
        } else if (e.isJsonObject()) {
            if (!a.isJsonObject()) {
                out.add(path + ": expected an object, got " + a);
                return;
            }
            for (final Map.Entry<String, JsonElement> kv : e.getAsJsonObject().entrySet()) {
                compare(kv.getValue(), a.getAsJsonObject().get(kv.getKey()), path + "." + kv.getKey(), out);
            }
            for (final String k : a.getAsJsonObject().keySet()) {
                if (!e.getAsJsonObject().has(k)) {
                    out.add(path + "." + k + ": not expected");
                }
            }
        } else if (e.isJsonArray()) {
            final JsonArray ea = e.getAsJsonArray();
            if (!a.isJsonArray() || a.getAsJsonArray().size() != ea.size()) {
                out.add(path + ": expected " + e + ", got " + a);
                return;
            }
            for (int i = 0; i < ea.size(); i++) {
                compare(ea.get(i), a.getAsJsonArray().get(i), path + "[" + i + "]", out);
            }
        } else if (e.getAsJsonPrimitive().isNumber() && a.isJsonPrimitive() && a.getAsJsonPrimitive().isNumber()) {
            final double x = e.getAsDouble();
            final double y = a.getAsDouble();
            final boolean integral = isIntegral(e.getAsJsonPrimitive());
            if (integral ? x != y : Math.abs(x - y) > REL * Math.abs(x)) {
                out.add(path + ": expected " + e + ", got " + a);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + a);
        }
    }

    /** Python writes integers without a decimal point; those must match exactly. */
    private static boolean isIntegral(final JsonPrimitive p) {
        final String s = p.getAsString();
        return !s.contains(".") && !s.contains("e") && !s.contains("E");
    }
}
