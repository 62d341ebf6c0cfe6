package org.mnistlab.engine.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * numpy's {@code X.var()} and scikit-learn's {@code gamma='scale'}, recorded by reference/svm_reference.py. All
 * compare bit for bit: the sums are numpy's own pairwise, buffered association order.
 */
class NumpyVarianceTest {

    private static void assertBits(final String expectedRepr, final double actual, final String what) {
        assertEquals(Double.doubleToLongBits(Double.parseDouble(expectedRepr)), Double.doubleToLongBits(actual),
            what + ": expected " + expectedRepr + " got " + actual);
    }

    private static void assertVarianceAndGamma(final JsonObject c, final FeatureMatrix x, final String what) {
        assertBits(c.get("var_repr").getAsString(), NumpyVariance.of(x), what + " var");
        assertBits(c.get("gamma_scale_repr").getAsString(), Gamma.SCALE.resolve(x), what + " gamma");
    }

    @Test
    void variance_ofStoredAndFormulaMatrices_matchesNumpyBits() {
        final JsonObject f = Fixtures.load("svm_synthetic.json");
        for (final JsonElement e : f.getAsJsonArray("var")) {
            final JsonObject c = e.getAsJsonObject();
            final FeatureMatrix x;
            if (c.has("data")) {
                x = SvmCases.x(f.getAsJsonObject("data").getAsJsonObject(c.get("data").getAsString()));
            } else {
                // ((i*31 + j*17) % 101) / 7.0 + i / 3.0: each division is correctly rounded in numpy and Java alike
                final int[] shape = Fixtures.ints(c.get("shape"));
                final double[][] rows = new double[shape[0]][shape[1]];
                for (int i = 0; i < shape[0]; i++) {
                    for (int j = 0; j < shape[1]; j++) {
                        rows[i][j] = ((i * 31 + j * 17) % 101) / 7.0 + i / 3.0;
                    }
                }
                x = DenseMatrix.of(rows);
            }
            assertVarianceAndGamma(c, x, c.get("name").getAsString());
        }
    }

    @Test
    @FullMnist
    void variance_ofMnistSubsets_matchesNumpyBits() {
        for (final JsonElement e : Fixtures.load("svm_mnist.json").getAsJsonArray("var")) {
            final JsonObject c = e.getAsJsonObject();
            assertVarianceAndGamma(c, SvmCases.mnistRows(c.get("rows")).x(), "MNIST rows " + c.get("rows"));
        }
    }

    @Test
    void gamma_ofConstantMatrix_isOne() {
        assertEquals(1.0, Gamma.SCALE.resolve(DenseMatrix.of(new double[][] {{3, 3}, {3, 3}})));
        assertEquals(0.5, Gamma.AUTO.resolve(DenseMatrix.of(new double[][] {{3, 3}, {3, 3}})));
    }
}
