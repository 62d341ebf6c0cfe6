package org.mnistlab.knime.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The scikit-learn run of the whole lab that {@code reference/lab_reference.py} recorded in the engine tests'
 * {@code fixtures/lab_default.json}, read from the source tree (this fragment cannot see the engine tests' resources).
 */
public final class LabFixture {

    private static final String RELATIVE = "bundles/org.mnistlab.engine.tests/fixtures/lab_default.json";

    private LabFixture() {
    }

    /**
     * @return the parsed fixture
     * @throws IOException if it cannot be read
     */
    public static JsonObject load() throws IOException {
        try (Reader r = Files.newBufferedReader(locate(), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    private static Path locate() throws IOException {
        final Path file = SourceTree.file(RELATIVE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing");
        }
        return file;
    }

    /**
     * @param a a JSON array of numbers
     * @return its values
     */
    public static double[] doubles(final JsonArray a) {
        final double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsDouble();
        }
        return v;
    }

    /**
     * @param a a JSON array of integers
     * @return its values
     */
    public static int[] ints(final JsonArray a) {
        final int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsInt();
        }
        return v;
    }
}
