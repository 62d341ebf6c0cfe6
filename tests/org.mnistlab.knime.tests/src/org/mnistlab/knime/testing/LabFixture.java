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

    private static final Path RELATIVE =
        Path.of("bundles", "org.mnistlab.engine.tests", "fixtures", "lab_default.json");

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

    /** The tests run somewhere below the repository (the bundle or its target folder): search upwards. */
    private static Path locate() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new IOException(RELATIVE + " not found above " + Path.of("").toAbsolutePath());
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
