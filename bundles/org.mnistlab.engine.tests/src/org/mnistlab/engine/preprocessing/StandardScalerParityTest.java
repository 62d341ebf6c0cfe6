package org.mnistlab.engine.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.selection.StratifiedKFold;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * StandardScaler against scikit-learn 1.2.1 (reference/cv_metrics_reference.py). Means, variances, scales and
 * transformed values are compared bit for bit: the fit repeats scikit-learn's arithmetic in the same order.
 */
class StandardScalerParityTest {

    private static final JsonObject FIXTURE = Fixtures.load("cv_metrics_scaler.json");

    private static final DenseMatrix SYNTHETIC =
        DenseMatrix.of(Fixtures.doubleRows(FIXTURE.getAsJsonObject("synthetic").get("x")));

    static Stream<JsonObject> syntheticCases() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : FIXTURE.getAsJsonObject("synthetic").getAsJsonArray("cases")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("syntheticCases")
    void synthetic_matchesSklearnBitForBit(final JsonObject c) {
        final ScalerParams p = new ScalerParams(c.get("with_mean").getAsBoolean(), c.get("with_std").getAsBoolean());
        final StandardScaler s = StandardScaler.fit(SYNTHETIC, p, Monitor.NONE);
        assertStatistics(c, s);
        assertTransformed(Fixtures.doubleRows(c.get("transformed")), s, SYNTHETIC);
    }

    @Test
    void singleRow_isConstantEverywhere() {
        final JsonObject c = FIXTURE.getAsJsonObject("synthetic").getAsJsonObject("one_row");
        final FeatureMatrix x = SYNTHETIC.selectRows(new int[] {0});
        final StandardScaler s = StandardScaler.fit(x, Monitor.NONE);
        assertStatistics(c, s);
        assertTransformed(Fixtures.doubleRows(c.get("transformed")), s, x);
    }

    @Test
    @FullMnist
    void mnist2000_matchesSklearnBitForBit() {
        final JsonObject c = FIXTURE.getAsJsonObject("mnist_2000");
        final FeatureMatrix x = MnistTestData.all().head(2000).x();
        final StandardScaler s = StandardScaler.fit(x, Monitor.NONE);
        assertEquals(c.get("n_samples_seen").getAsLong(), s.nSamplesSeen());
        assertArrayEquals(Fixtures.doubles(c.get("mean")), s.mean());
        assertArrayEquals(Fixtures.doubles(c.get("var")), s.var());
        assertArrayEquals(Fixtures.doubles(c.get("scale")), s.scale());
        final int[] rows = Fixtures.ints(c.get("transformed_rows"));
        final double[][] expected = Fixtures.doubleRows(c.get("transformed"));
        final FeatureMatrix view = s.transform(x).selectRows(rows);
        final FeatureMatrix dense = s.transformDense(x.selectRows(rows));
        final double[] row = new double[x.cols()];
        for (int i = 0; i < rows.length; i++) {
            view.copyRow(i, row);
            assertArrayEquals(expected[i], row);
            dense.copyRow(i, row);
            assertArrayEquals(expected[i], row);
        }
    }

    @Test
    @FullMnist
    void mnist2000FoldTrainingPart_matchesSklearn() {
        final JsonObject c = FIXTURE.getAsJsonObject("mnist_2000_fold0_train");
        final Dataset d = MnistTestData.all().head(2000);
        final int[] train =
            new StratifiedKFold(3).split(Target.of(d.labels(), Target.LEXICOGRAPHIC)).get(0).train();
        assertEquals(c.get("train_size").getAsInt(), train.length);
        final StandardScaler s = StandardScaler.fit(d.x().selectRows(train), Monitor.NONE);
        assertArrayEquals(Fixtures.doubles(c.get("mean")), s.mean());
        assertArrayEquals(Fixtures.doubles(c.get("scale")), s.scale());
    }

    /** scikit-learn leaves an attribute None where the options make it unused; ours are computed anyway. */
    private static void assertStatistics(final JsonObject c, final StandardScaler s) {
        assertEquals(c.get("n_samples_seen").getAsLong(), s.nSamplesSeen());
        if (!c.get("mean").isJsonNull()) {
            assertArrayEquals(Fixtures.doubles(c.get("mean")), s.mean());
        }
        if (!c.get("var").isJsonNull()) {
            assertArrayEquals(Fixtures.doubles(c.get("var")), s.var());
            assertArrayEquals(Fixtures.doubles(c.get("scale")), s.scale());
        }
    }

    private static void assertTransformed(final double[][] expected, final StandardScaler s, final FeatureMatrix x) {
        final FeatureMatrix view = s.transform(x);
        final FeatureMatrix dense = s.transformDense(x);
        final double[] row = new double[x.cols()];
        for (int i = 0; i < expected.length; i++) {
            view.copyRow(i, row);
            assertArrayEquals(expected[i], row, "view row " + i);
            dense.copyRow(i, row);
            assertArrayEquals(expected[i], row, "dense row " + i);
            for (int j = 0; j < row.length; j++) {
                assertEquals(expected[i][j], view.get(i, j));
            }
        }
    }
}
