package org.mnistlab.testdata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * The scikit-learn reference fixtures that {@code reference/*.py} write into
 * {@code bundles/org.mnistlab.engine.tests/fixtures} ({@code lab_default.json}, {@code sgd_mnist.json}, ...), read
 * from the source tree by every module's tests. Floats there were written with Python's repr, so parsing them gives
 * back the exact doubles.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param name file name of a fixture
     * @return where it is
     */
    public static Path path(final String name) {
        return Repository.root().resolve("bundles/org.mnistlab.engine.tests/fixtures").resolve(name);
    }

    /**
     * @param name file name of a fixture
     * @return the parsed document
     * @throws IllegalStateException if the fixture is missing
     */
    public static JsonObject load(final String name) {
        final Path file = path(name);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            final JsonReader jr = new JsonReader(r);
            // Python writes NaN and Infinity as bare words
            jr.setStrictness(Strictness.LENIENT);
            return JsonParser.parseReader(jr).getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(
                "fixture " + file + " is missing; run the script in reference/ that writes it", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param a a JSON array of numbers
     * @return its values
     */
    public static double[] doubles(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final double[] v = new double[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.get(i).getAsDouble();
        }
        return v;
    }

    /**
     * @param a a JSON array of arrays of numbers
     * @return its rows
     */
    public static double[][] doubleRows(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final double[][] v = new double[arr.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = doubles(arr.get(i));
        }
        return v;
    }

    /**
     * @param a a JSON array of integers
     * @return its values
     */
    public static long[] longs(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final long[] v = new long[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.get(i).getAsLong();
        }
        return v;
    }

    /**
     * @param a a JSON array of integers
     * @return its values
     */
    public static int[] ints(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final int[] v = new int[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.get(i).getAsInt();
        }
        return v;
    }

    /**
     * @param a a JSON array of arrays of integers
     * @return its rows
     */
    public static int[][] intRows(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final int[][] v = new int[arr.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = ints(arr.get(i));
        }
        return v;
    }

    /**
     * @param a a JSON array of strings
     * @return its values
     */
    public static String[] strings(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final String[] v = new String[arr.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = arr.get(i).getAsString();
        }
        return v;
    }
}
