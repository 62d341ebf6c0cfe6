import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.models.Models;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Writes the saved-model fixtures of one release, once: every model type fitted on the small synthetic data of
 * svm_synthetic.json ("int": 90 rows, 6 features, classes a, b, c), saved with that release's code, and what the
 * models compute, for SavedModelsTest to check that later releases still load them bit for bit. A release's files never
 * change afterwards, so this program refuses to overwrite them.
 *
 *   java -cp "bundles/org.mnistlab.engine/target/classes:cli/target/lib/*" reference/SavedModels.java \
 *       bundles/org.mnistlab.engine.tests/fixtures 0.1.0
 */
public final class SavedModels {

    public static void main(final String[] args) throws IOException {
        final Path fixtures = Path.of(args[0]);
        final Path out = fixtures.resolve("models-" + args[1]);
        if (Files.exists(out)) {
            throw new IOException(out + " exists: the saved models of a release are never rewritten");
        }
        final JsonObject data;
        try (Reader r = Files.newBufferedReader(fixtures.resolve("svm_synthetic.json"))) {
            data = JsonParser.parseReader(r).getAsJsonObject().getAsJsonObject("data").getAsJsonObject("int");
        }
        final JsonArray rows = data.getAsJsonArray("X");
        final double[][] xs = new double[rows.size()][];
        final String[] labels = new String[rows.size()];
        for (int i = 0; i < xs.length; i++) {
            final JsonArray row = rows.get(i).getAsJsonArray();
            xs[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                xs[i][j] = row.get(j).getAsDouble();
            }
            labels[i] = data.getAsJsonArray("y").get(i).getAsString();
        }
        final FeatureMatrix x = DenseMatrix.of(xs);
        final Target y = Target.of(labels, Target.LEXICOGRAPHIC);
        final Map<String, Persistable> models = Map.of(
            "sgd_multiclass", SGDClassifier.fit(x, y, SGDParams.DEFAULTS, 1, Monitor.NONE),
            "sgd_binary", SGDClassifier.fit(x, Target.binary(labels, "b"), SGDParams.DEFAULTS, 1, Monitor.NONE),
            "svc", SVC.fit(x, y, SVCParams.DEFAULTS, 1, Monitor.NONE),
            "ovr_svc", OneVsRestClassifier.fit(x, y, SVC.learner(SVCParams.DEFAULTS, 1), 1, Monitor.NONE),
            "scaler", StandardScaler.fit(x, Monitor.NONE));
        Files.createDirectories(out);
        final JsonObject expected = new JsonObject();
        expected.addProperty("release", args[1]);
        expected.addProperty("data", "svm_synthetic.json data.int");
        for (final String name : models.keySet().stream().sorted().toList()) {
            final Persistable model = models.get(name);
            try (OutputStream file = Files.newOutputStream(out.resolve(name + ".model"), StandardOpenOption.CREATE_NEW)) {
                Models.write(model, file);
            }
            final JsonObject e = new JsonObject();
            if (model instanceof Classifier c) {
                e.add("classes", strings(c.classes()));
                e.add("decision_function", doubles(c.decisionFunction(x).values()));
                final JsonArray predicted = new JsonArray();
                for (final int p : c.predict(x)) {
                    predicted.add(p);
                }
                e.add("predict", predicted);
            }
            if (model instanceof SGDClassifier s) {
                e.add("coef", rowsOf(s.coef()));
                e.add("intercept", doubles(s.intercept()));
            } else if (model instanceof SVC s) {
                e.add("dual_coef", rowsOf(s.dualCoef()));
                e.add("intercept", doubles(s.intercept()));
            } else if (model instanceof StandardScaler s) {
                e.add("mean", doubles(s.mean()));
                e.add("var", doubles(s.var()));
                e.add("scale", doubles(s.scale()));
                final FeatureMatrix t = s.transformDense(x);
                final double[] values = new double[t.rows() * t.cols()];
                for (int i = 0; i < t.rows(); i++) {
                    for (int j = 0; j < t.cols(); j++) {
                        values[i * t.cols() + j] = t.get(i, j);
                    }
                }
                e.add("transform", doubles(values));
            }
            expected.add(name, e);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("expected.json"), StandardOpenOption.CREATE_NEW)) {
            new GsonBuilder().setPrettyPrinting().create().toJson(expected, w);
        }
    }

    private static JsonArray strings(final String[] values) {
        final JsonArray a = new JsonArray();
        for (final String v : values) {
            a.add(v);
        }
        return a;
    }

    private static JsonArray doubles(final double[] values) {
        final JsonArray a = new JsonArray();
        for (final double v : values) {
            a.add(v);
        }
        return a;
    }

    private static JsonArray rowsOf(final double[][] rows) {
        final JsonArray a = new JsonArray();
        for (final double[] r : rows) {
            a.add(doubles(r));
        }
        return a;
    }
}
