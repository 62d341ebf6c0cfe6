package org.mnistlab.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * Reads the scikit-learn reference fixtures that {@code reference/*.py} wrote into {@code fixtures/}. Floats there
 * were written with Python's repr, so parsing them gives back the exact doubles.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param name file name under {@code fixtures/}
     * @return the parsed document
     */
    public static JsonObject load(final String name) {
        final InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
        if (in == null) {
            throw new IllegalStateException("fixture " + name + " is missing; run the script in reference/ that writes it");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            final JsonReader jr = new JsonReader(r);
            // Python writes NaN and Infinity as bare words
            jr.setStrictness(Strictness.LENIENT);
            return JsonParser.parseReader(jr).getAsJsonObject();
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
