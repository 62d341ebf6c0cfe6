package org.mnistlab.knime.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The lab's numbers as scikit-learn 1.2.1 computed them: {@code bundles/org.mnistlab.engine.tests/fixtures/
 * lab_default.json}, written by {@code reference/lab_reference.py}. The engine tests fragment owns the file; node
 * tests read it from the source tree, found above the working directory (tycho-surefire runs inside the bundle's
 * {@code target} folder).
 */
public final class LabFixture {

    private static final Path FILE = Path.of("bundles", "org.mnistlab.engine.tests", "fixtures", "lab_default.json");

    private LabFixture() {
    }

    /** @return the fixture's document */
    public static JsonObject load() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            final Path file = dir.resolve(FILE);
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return JsonParser.parseReader(r).getAsJsonObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
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
     * @param a a JSON array of arrays of integers
     * @return its rows
     */
    public static long[][] longRows(final JsonElement a) {
        final JsonArray arr = a.getAsJsonArray();
        final long[][] v = new long[arr.size()][];
        for (int i = 0; i < v.length; i++) {
            final JsonArray row = arr.get(i).getAsJsonArray();
            v[i] = new long[row.size()];
            for (int j = 0; j < v[i].length; j++) {
                v[i][j] = row.get(j).getAsLong();
            }
        }
        return v;
    }
}
