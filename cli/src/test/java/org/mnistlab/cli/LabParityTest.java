package org.mnistlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The whole lab through {@code bin/lab105}'s entry point, against what reference/lab_reference.py recorded with
 * scikit-learn 1.2.1 for the default and an alternative configuration. Integers, booleans and strings compare
 * exactly; floats to 1e-9 relative, because scikit-learn's decision_function sums with BLAS in another order than
 * the sequential sums of the SGD kernel (everything derived from counts comes out identical anyway).
 */
class LabParityTest {

    private static final double REL = 1e-9;

    @TempDir
    Path m_dir;

    @Test
    void defaultLab_givesScikitLearnsResults() throws IOException {
        runAndCompare("lab_default.json");
    }

    @Test
    void alternativeConfiguration_recomputesEveryStep() throws IOException {
        runAndCompare("lab_alt.json", "--seed", "7", "--positive", "3", "--threshold", "2500.5",
            "--target-precision", "0.8", "--svc-rows", "1500", "--multi-rows", "1200", "--folds", "4");
    }

    private void runAndCompare(final String fixture, final String... options) throws IOException {
        final Path out = m_dir.resolve("out");
        final List<String> args = new ArrayList<>(List.of("--data", LabData.folder().toString(), "--out",
            out.toString(), "--threads", "2"));
        args.addAll(List.of(options));
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        final int status = Lab105.run(args.toArray(String[]::new), new ConsoleProgress(
            new PrintStream(stderr, true, StandardCharsets.UTF_8), false), new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));

        final JsonObject expected = parse(LabData.fixture(fixture));
        final JsonObject actual = parse(out.resolve("results.json"));
        final List<String> diffs = new ArrayList<>();
        for (final String key : List.of("dataset", "binary_sgd", "svc_ovo", "svc_ovr", "sgd_multiclass")) {
            compare(expected.get(key), actual.get(key), key, diffs);
        }
        assertEquals(List.of(), diffs);
        final JsonObject timing = actual.getAsJsonObject("timing_s");
        for (final String step : List.of("load", "binary_fit", "binary_cv", "thresholds", "svc", "svc_ovr",
            "multiclass", "total")) {
            assertTrue(timing.has(step), "timing_s." + step);
        }
        for (final String file : List.of("report.html", "digits.png", "digits.svg", "precision_recall_vs_threshold.png",
            "precision_vs_recall.png", "confusion_multiclass.png", "confusion_multiclass_normalized.png",
            "confusion_multiclass_errors.png", "cv_binary.png", "cv_multiclass.png", "confusion_binary.png")) {
            assertTrue(Files.size(out.resolve(file)) > 1000, file);
        }
        final String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<img src=\"precision_recall_vs_threshold.png\""), "report shows the charts");
        final JsonObject tp = actual.getAsJsonObject("binary_sgd").getAsJsonObject("threshold_for_precision");
        assertTrue(report.contains(Py.num(tp.get("threshold").getAsDouble())), "report shows the threshold");
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
