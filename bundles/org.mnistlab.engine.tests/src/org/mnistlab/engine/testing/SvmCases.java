package org.mnistlab.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads the cases of reference/svm_reference.py (svm_*.json) into engine inputs. */
public final class SvmCases {

    private SvmCases() {
    }

    /**
     * @param spec [start, stop, step] of MNIST rows (train then test)
     * @return those rows of MNIST, in order
     */
    public static Dataset mnistRows(final JsonElement spec) {
        final int[] s = Fixtures.ints(spec);
        final int n = (s[1] - s[0] + s[2] - 1) / s[2];
        final int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = s[0] + i * s[2];
        }
        return MnistTestData.all().select(rows);
    }

    /**
     * @param labels the digits' labels
     * @param config a case; with "positive" the target is "label == positive" (classes False/True)
     * @return the target scikit-learn was fitted on
     */
    public static Target target(final String[] labels, final JsonObject config) {
        if (config.has("positive")) {
            return Target.binary(labels, config.get("positive").getAsString());
        }
        return Target.of(labels, Target.LEXICOGRAPHIC);
    }

    /**
     * @param params scikit-learn keyword arguments of SVC
     * @return our parameters, read through {@link SVCParams#fromProperties}
     */
    public static SVCParams svcParams(final JsonObject params) {
        final Map<String, String> p = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonElement> e : params.entrySet()) {
            p.put(e.getKey(), e.getValue().getAsString());
        }
        return SVCParams.fromProperties(p);
    }

    /**
     * @param data {"X": rows, "y": labels}
     * @return the samples
     */
    public static FeatureMatrix x(final JsonObject data) {
        return DenseMatrix.of(Fixtures.doubleRows(data.get("X")));
    }

    /**
     * @param data {"X": rows, "y": labels}
     * @return the labels
     */
    public static Target y(final JsonObject data) {
        return Target.of(Fixtures.strings(data.get("y")), Target.LEXICOGRAPHIC);
    }

    /**
     * Compares decision values with scikit-learn's at an absolute tolerance.
     *
     * @param expected a JSON array: numbers (one column) or rows of numbers
     * @param actual our scores
     * @param tolerance the largest absolute difference allowed
     * @param what names the comparison in failure messages
     * @return the largest absolute difference found
     */
    public static double assertScores(final JsonElement expected, final Scores actual, final double tolerance,
        final String what) {
        final double[][] e;
        if (expected.getAsJsonArray().get(0).isJsonArray()) {
            e = Fixtures.doubleRows(expected);
        } else {
            final double[] column = Fixtures.doubles(expected);
            e = new double[column.length][];
            for (int r = 0; r < column.length; r++) {
                e[r] = new double[] {column[r]};
            }
        }
        assertEquals(e.length, actual.rows(), what + ": rows");
        assertEquals(e[0].length, actual.columns(), what + ": columns");
        double max = 0;
        for (int r = 0; r < e.length; r++) {
            for (int c = 0; c < e[r].length; c++) {
                final double d = Math.abs(e[r][c] - actual.get(r, c));
                assertTrue(d <= tolerance,
                    what + ": row " + r + " column " + c + " expected " + e[r][c] + " got " + actual.get(r, c));
                max = Math.max(max, d);
            }
        }
        return max;
    }
}
