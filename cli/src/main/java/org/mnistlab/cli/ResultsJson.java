package org.mnistlab.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import org.mnistlab.cli.LabResults.AtThreshold;
import org.mnistlab.cli.LabResults.BinaryCv;
import org.mnistlab.cli.LabResults.BinarySgd;
import org.mnistlab.cli.LabResults.ForPrecision;
import org.mnistlab.cli.LabResults.Misclassified;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Split;
import org.mnistlab.cli.LabResults.SvcErrors;

import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDStop;
import org.mnistlab.engine.linear.SGDTrainingLog;

import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;

/**
 * results.json (schema in docs/results.md): the results written key by key in schema order, through Gson's pretty
 * printing writer. Doubles are written as Java's shortest repr, which parses back to the same bits.
 */
final class ResultsJson {

    private final JsonWriter m_w;

    private ResultsJson(final JsonWriter w) {
        m_w = w;
    }

    /**
     * @param r the results
     * @return the file's text, ending with a newline
     */
    static String of(final LabResults r) {
        final StringWriter text = new StringWriter();
        try (JsonWriter w = new GsonBuilder().setPrettyPrinting().create().newJsonWriter(text)) {
            new ResultsJson(w).results(r);
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private void results(final LabResults r) throws IOException {
        m_w.beginObject();
        dataset(r.split());
        m_w.name("binary_sgd");
        binary(r.binary());
        m_w.name("svc_ovo");
        svc(r.svcOvo());
        m_w.name("svc_ovr");
        svc(r.svcOvr());
        m_w.name("sgd_multiclass");
        multiclass(r.multiclass());
        m_w.name("timing_s").beginObject();
        for (final Map.Entry<String, Double> t : r.timing().entrySet()) {
            m_w.name(t.getKey()).value(t.getValue().doubleValue());
        }
        m_w.endObject();
        m_w.endObject();
    }

    private void dataset(final Split s) throws IOException {
        m_w.name("dataset").beginObject();
        m_w.name("train").value(s.train());
        m_w.name("test").value(s.test());
        m_w.name("features").value(s.features());
        m_w.endObject();
    }

    private void binary(final BinarySgd b) throws IOException {
        m_w.beginObject();
        m_w.name("epochs").value(b.fit().epochs());
        m_w.name("predict_first3");
        booleans(b.fit().predictFirst3());
        final BinaryCv cv = b.cv();
        m_w.name("cv_accuracy");
        doubles(cv.accuracy());
        m_w.name("confusion_matrix");
        matrix(cv.confusionMatrix());
        m_w.name("precision").value(cv.precision());
        m_w.name("recall").value(cv.recall());
        m_w.name("f1").value(cv.f1());
        m_w.name("decision_first12");
        doubles(b.decisionFirst12());
        m_w.name("pr_curve_thresholds").value(b.thresholds().curve().size());
        m_w.name("at_threshold").beginObject();
        for (final AtThreshold at : b.thresholds().atThreshold()) {
            m_w.name(at.threshold()).beginObject();
            m_w.name("precision").value(at.precision());
            m_w.name("recall").value(at.recall());
            m_w.name("f1").value(at.f1());
            m_w.endObject();
        }
        m_w.endObject();
        final ForPrecision p = b.thresholds().forPrecision();
        m_w.name("threshold_for_precision").beginObject();
        m_w.name("target").value(p.target());
        m_w.name("threshold").value(p.threshold());
        m_w.name("precision").value(p.precision());
        m_w.name("recall").value(p.recall());
        m_w.endObject();
        m_w.name("roc_curve_points").value(b.roc().curve().size());
        m_w.name("roc_auc").value(b.roc().auc());
        m_w.name("training_log");
        trainingLog(b.fit().log());
        m_w.endObject();
    }

    /** The binary fit's log without its times, so that results.json keeps its timings in timing_s only. */
    private void trainingLog(final SGDTrainingLog log) throws IOException {
        // a binary fit is one problem
        final SGDProblemLog p = log.problems().get(0);
        m_w.beginObject();
        m_w.name("stopped").value(p.stop() == SGDStop.CONVERGED ? "converged" : "max_iter");
        if (log.warning().isPresent()) {
            m_w.name("warning").value(log.warning().get());
        }
        m_w.name("epochs").beginArray();
        for (final SGDEpoch e : p.epochs()) {
            m_w.beginObject();
            m_w.name("epoch").value(e.epoch());
            m_w.name("norm").value(e.norm());
            m_w.name("nnz").value(e.nnz());
            m_w.name("bias").value(e.bias());
            m_w.name("t").value(e.t());
            m_w.name("avg_loss").value(e.avgLoss());
            m_w.endObject();
        }
        m_w.endArray();
        m_w.endObject();
    }

    private void svc(final SvcErrors s) throws IOException {
        m_w.beginObject();
        m_w.name("errors_first100").beginArray();
        for (final Misclassified e : s.errors()) {
            m_w.beginObject();
            m_w.name("index").value(e.index());
            m_w.name("label").value(e.label());
            m_w.name("predicted").value(e.predicted());
            m_w.name("scores");
            doubles(e.scores());
            m_w.endObject();
        }
        m_w.endArray();
        m_w.endObject();
    }

    private void multiclass(final Multiclass m) throws IOException {
        m_w.beginObject();
        m_w.name("train_errors_first500").beginArray();
        for (final int i : m.trainErrorsFirst500()) {
            m_w.value(i);
        }
        m_w.endArray();
        m_w.name("test_errors_first500").value(m.testErrorsFirst500());
        m_w.name("cv_accuracy");
        doubles(m.cvAccuracy());
        m_w.name("cv_accuracy_scaled");
        doubles(m.cvAccuracyScaled());
        m_w.name("confusion_matrix_scaled");
        matrix(m.confusionMatrixScaled());
        m_w.name("confusion_normalized_diagonal");
        doubles(m.normalizedDiagonal());
        m_w.name("largest_confusion").beginObject();
        m_w.name("true").value(m.largestConfusion().trueClass());
        m_w.name("predicted").value(m.largestConfusion().predicted());
        m_w.name("rate").value(m.largestConfusion().rate());
        m_w.endObject();
        m_w.endObject();
    }

    private void doubles(final double[] values) throws IOException {
        m_w.beginArray();
        for (final double v : values) {
            m_w.value(v);
        }
        m_w.endArray();
    }

    private void booleans(final boolean[] values) throws IOException {
        m_w.beginArray();
        for (final boolean v : values) {
            m_w.value(v);
        }
        m_w.endArray();
    }

    private void matrix(final long[][] rows) throws IOException {
        m_w.beginArray();
        for (final long[] row : rows) {
            m_w.beginArray();
            for (final long v : row) {
                m_w.value(v);
            }
            m_w.endArray();
        }
        m_w.endArray();
    }
}
