package org.mnistlab.engine.multiclass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;
import org.mnistlab.testdata.FullMnist;
import org.mnistlab.testdata.MnistTestData;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code OneVsRestClassifier(SVC(...))} and {@code OneVsRestClassifier(SGDClassifier(...))} against scikit-learn
 * 1.2.1 (reference/svm_reference.py). Integers compare exactly. SVC: features are integers (pixels, or the integer
 * synthetic problem), so kernel sums are exact on both sides and only the last bit of {@code exp} differs: decision
 * values within 1e-9. SGD: the weights are identical, but scikit-learn's decision_function is a BLAS product summed
 * in another order: within 1e-9 of the largest value.
 */
class OneVsRestParityTest {

    private static final double TOLERANCE = 1e-9;

    private static double assertModel(final JsonObject c, final OneVsRestClassifier model, final FeatureMatrix eval) {
        final String name = c.has("name") ? c.get("name").getAsString() : "lab";
        assertArrayEquals(Fixtures.strings(c.get("classes")), model.classes(), name + ": classes");
        if (c.has("n_support")) {
            final int[][] nSupport = Fixtures.intRows(c.get("n_support"));
            assertEquals(nSupport.length, model.estimators().size(), name + ": number of binary models");
            for (int m = 0; m < nSupport.length; m++) {
                assertArrayEquals(nSupport[m], ((SVC)model.estimators().get(m)).nSupport(),
                    name + ": n_support " + m);
            }
        }
        final String[] expected = Fixtures.strings(c.get("predict"));
        final int[] predicted = model.predict(eval);
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r], model.classes()[predicted[r]], name + ": prediction of row " + r);
        }
        final int n = c.getAsJsonArray("decision").size();
        final int[] head = new int[n];
        for (int i = 0; i < n; i++) {
            head[i] = i;
        }
        double largest = 1;
        if (c.has("estimator")) {
            for (final double[] row : Fixtures.doubleRows(c.get("decision"))) {
                for (final double v : row) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return SvmCases.assertScores(c.get("decision"), model.decisionFunction(eval.selectRows(head)),
            TOLERANCE * largest, name + ": decision_function");
    }

    @Test
    @FullMnist
    void lab_ovrSvcOnFirst2000_matchesScikitLearn() {
        final JsonObject c = Fixtures.load("svm_lab.json").getAsJsonObject("ovr");
        final Dataset train = MnistTestData.all().head(2000);
        final OneVsRestClassifier model = OneVsRestClassifier.fit(train.x(),
            Target.of(train.labels(), Target.LEXICOGRAPHIC), SVC.learner(SVCParams.DEFAULTS, 1), 2, Monitor.NONE);
        final Dataset first100 = MnistTestData.all().head(100);
        System.out.println("OvR lab: max |decision - sklearn| = " + assertModel(c, model, first100.x()));
        // the lab's numbers: one-vs-rest misclassifies images 48 and 80
        assertEquals(List.of(48, 80), misclassified(model, first100));
    }

    private static List<Integer> misclassified(final Classifier model, final Dataset data) {
        final int[] p = model.predict(data.x());
        final List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (!model.classes()[p[i]].equals(data.label(i))) {
                wrong.add(i);
            }
        }
        return wrong;
    }

    static Stream<JsonObject> configs() {
        final Stream.Builder<JsonObject> b = Stream.builder();
        for (final JsonElement e : Fixtures.load("svm_mnist.json").getAsJsonArray("ovr")) {
            b.add(e.getAsJsonObject());
        }
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("configs")
    @FullMnist
    void mnistConfigurations_matchScikitLearn(final JsonObject c) {
        final Dataset train = SvmCases.mnistRows(c.get("train_rows"));
        final Dataset eval = SvmCases.mnistRows(Fixtures.load("svm_mnist.json").get("eval_rows"));
        final Learner learner = c.has("estimator") && c.get("estimator").getAsString().equals("sgd")
            ? SGDClassifier.learner(sgdParams(c.getAsJsonObject("params")), 1)
            : SVC.learner(SvmCases.svcParams(c.getAsJsonObject("params")), 1);
        final OneVsRestClassifier model =
            OneVsRestClassifier.fit(train.x(), SvmCases.target(train.labels(), c), learner, 2, Monitor.NONE);
        System.out.println(c.get("name").getAsString() + ": max |decision - sklearn| = "
            + assertModel(c, model, eval.x()));
    }

    private static SGDParams sgdParams(final JsonObject params) {
        final Map<String, String> p = new LinkedHashMap<>();
        for (final Map.Entry<String, JsonElement> e : params.entrySet()) {
            p.put(e.getKey(), e.getValue().getAsString());
        }
        return SGDParams.fromProperties(p);
    }

    @Test
    void synthetic_matchesScikitLearn() {
        final JsonObject f = Fixtures.load("svm_synthetic.json");
        for (final JsonElement e : f.getAsJsonArray("ovr")) {
            final JsonObject c = e.getAsJsonObject();
            final JsonObject data = f.getAsJsonObject("data").getAsJsonObject(c.get("data").getAsString());
            final FeatureMatrix x = SvmCases.x(data);
            final OneVsRestClassifier model = OneVsRestClassifier.fit(x, SvmCases.y(data),
                SVC.learner(SvmCases.svcParams(c.getAsJsonObject("params")), 1), 3, Monitor.NONE);
            assertModel(c, model, x);
        }
    }
}
