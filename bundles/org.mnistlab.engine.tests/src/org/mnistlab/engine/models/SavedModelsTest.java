package org.mnistlab.engine.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonObject;

/**
 * Models saved by an earlier release still load and compute exactly what they computed then. The files of each
 * release are fixtures that never change (written once by reference/SavedModels.java), so a change of the saved
 * format that forgets the old one fails here. Every comparison is bit for bit.
 */
class SavedModelsTest {

    /** The data the models were fitted on, and what they compute on it. */
    private static final FeatureMatrix X =
        SvmCases.x(Fixtures.load("svm_synthetic.json").getAsJsonObject("data").getAsJsonObject("int"));

    /** The releases whose models must load. */
    static Stream<String> releases() {
        return Stream.of("0.1.0");
    }

    private static Persistable load(final String release, final String name) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("models-" + release).resolve(name + ".model"))) {
            return Models.read(in);
        }
    }

    private static JsonObject expected(final String release, final String name) {
        return Fixtures.load("models-" + release + "/expected.json").getAsJsonObject(name);
    }

    private static void assertComputesAsSaved(final JsonObject e, final Classifier c) {
        assertArrayEquals(Fixtures.strings(e.get("classes")), c.classes());
        assertArrayEquals(Fixtures.doubles(e.get("decision_function")), c.decisionFunction(X).values());
        assertArrayEquals(Fixtures.ints(e.get("predict")), c.predict(X));
    }

    @ParameterizedTest
    @MethodSource("releases")
    void sgd_loadsWithItsWeights(final String release) throws IOException {
        for (final String name : new String[] {"sgd_multiclass", "sgd_binary"}) {
            final JsonObject e = expected(release, name);
            final SGDClassifier m = assertInstanceOf(SGDClassifier.class, load(release, name));
            assertArrayEquals(Fixtures.doubleRows(e.get("coef")), m.coef(), name);
            assertArrayEquals(Fixtures.doubles(e.get("intercept")), m.intercept(), name);
            assertComputesAsSaved(e, m);
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void svc_loadsWithItsDualCoefficients(final String release) throws IOException {
        final JsonObject e = expected(release, "svc");
        final SVC m = assertInstanceOf(SVC.class, load(release, "svc"));
        assertArrayEquals(Fixtures.doubleRows(e.get("dual_coef")), m.dualCoef());
        assertArrayEquals(Fixtures.doubles(e.get("intercept")), m.intercept());
        assertComputesAsSaved(e, m);
    }

    @ParameterizedTest
    @MethodSource("releases")
    void oneVsRest_loadsWithItsNestedModels(final String release) throws IOException {
        assertComputesAsSaved(expected(release, "ovr_svc"),
            assertInstanceOf(Classifier.class, load(release, "ovr_svc")));
    }

    @ParameterizedTest
    @MethodSource("releases")
    void scaler_loadsWithItsStatistics(final String release) throws IOException {
        final JsonObject e = expected(release, "scaler");
        final StandardScaler s = assertInstanceOf(StandardScaler.class, load(release, "scaler"));
        assertArrayEquals(Fixtures.doubles(e.get("mean")), s.mean());
        assertArrayEquals(Fixtures.doubles(e.get("var")), s.var());
        assertArrayEquals(Fixtures.doubles(e.get("scale")), s.scale());
        final FeatureMatrix t = s.transformDense(X);
        final double[] values = new double[t.rows() * t.cols()];
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.cols(); j++) {
                values[i * t.cols() + j] = t.get(i, j);
            }
        }
        assertArrayEquals(Fixtures.doubles(e.get("transform")), values);
        assertEquals(X.rows(), s.nSamplesSeen());
    }
}
