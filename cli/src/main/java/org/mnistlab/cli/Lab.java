package org.mnistlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mnistlab.charts.ConfusionMatrixChart;
import org.mnistlab.charts.CrossValidationChart;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.charts.Figure;
import org.mnistlab.charts.PrecisionRecallCurveChart;
import org.mnistlab.charts.PrecisionRecallThresholdChart;
import org.mnistlab.cli.mnist.MnistLookup;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.metrics.Comparison;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.CurvePoint;
import org.mnistlab.engine.metrics.Normalize;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.PrecisionRecallF1;
import org.mnistlab.engine.metrics.ThresholdMetrics;
import org.mnistlab.engine.metrics.Thresholds;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.selection.CrossValResult;
import org.mnistlab.engine.selection.CrossValidation;
import org.mnistlab.engine.selection.StratifiedKFold;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;

/**
 * The lab's steps, in the order of the Hands-On ML chapter 3 notebook, each computed with the engine, printed as the
 * notebook shows it and recorded in the results.json schema of DESIGN ("Headless runner").
 * <p>
 * Where the notebook calls cross-validation three times (scores, predictions, decision values), one pass gives all
 * three from the same fold models: the numbers are the same, the work a third.
 */
final class Lab {

    /** Training and test sizes of the lab: {@code X[:60000]}, {@code X[60000:]}. */
    private static final int TRAIN = 60_000;

    /** --quick: a tenth of the training set and of the test set. */
    private static final int QUICK_TRAIN = 6_000;

    private static final int QUICK_TEST = 1_000;

    private final LabOptions m_opt;

    private final ConsoleProgress m_progress;

    private final PrintStream m_out;

    private final Map<String, Object> m_results = new LinkedHashMap<>();

    private final Map<String, Double> m_timing = new LinkedHashMap<>();

    /** Charts in lab order: file stem → chart. */
    private final Map<String, Chart> m_charts = new LinkedHashMap<>();

    Lab(final LabOptions opt, final ConsoleProgress progress, final PrintStream out) {
        m_opt = opt;
        m_progress = progress;
        m_out = out;
    }

    /** @return results.json's content, in schema order */
    Map<String, Object> results() {
        return m_results;
    }

    /** @return the charts, by file name stem, in lab order */
    Map<String, Chart> charts() {
        return m_charts;
    }

    /**
     * Runs every step.
     *
     * @throws IOException if MNIST cannot be obtained
     */
    void run() throws IOException {
        final long start = System.nanoTime();
        final Dataset[] heads = binarySteps();
        m_results.put("svc_ovo", svc(heads[0]));
        m_results.put("svc_ovr", svcOneVsRest(heads[0]));
        m_results.put("sgd_multiclass", multiclass(heads[0], heads[1]));
        m_timing.put("total", (System.nanoTime() - start) / 1e9);
        m_results.put("timing_s", m_timing);
    }

    /**
     * Steps 1 to 5, on all 70,000 digits.
     *
     * @return copies of the rows the later steps use (the head of the training set, the first 500 test images), so
     *         that the full set can be released before them
     */
    private Dataset[] binarySteps() throws IOException {
        final Dataset all = load();
        final int trainSize = m_opt.quick() ? QUICK_TRAIN : TRAIN;
        final int testSize = m_opt.quick() ? QUICK_TEST : all.size() - TRAIN;
        final Dataset train = all.head(trainSize);
        final Dataset test = all.slice(TRAIN, TRAIN + testSize);
        m_results.put("dataset", map("train", train.size(), "test", test.size(), "features", all.x().cols()));
        m_out.printf("%n[2] X_train = X[:%d], X_test = X[%d:%d]; y_train_%s = (y_train == '%s'): %d positives%n",
            trainSize, TRAIN, TRAIN + testSize, m_opt.positive(), m_opt.positive(),
            count(train.labels(), m_opt.positive()));

        final Map<String, Object> binary = new LinkedHashMap<>();
        m_results.put("binary_sgd", binary);
        final Target y5 = Target.binary(train.labels(), m_opt.positive());
        final SGDClassifier sgd = binaryFit(train, y5, binary);
        final CrossValResult cv = binaryCrossValidation(train, y5, binary);
        binary.put("decision_first12", sgd.decisionFunction(train.x().selectRows(range(12))).column(0));
        m_out.printf("%n[5] sgd_clf.decision_function(X[:12]) = %s%n", Py.array(binary.get("decision_first12")));
        thresholds(cv, binary);
        final int trainRows = Math.min(train.size(), Math.max(Math.max(m_opt.svcRows(), m_opt.multiRows()), 500));
        return new Dataset[] {train.head(trainRows).copy(), test.head(Math.min(500, test.size())).copy()};
    }

    private Dataset load() throws IOException {
        final ConsoleProgress.StepMonitor step = m_progress.step("load MNIST");
        final Dataset all = MnistLookup.locator(m_opt.data()).load(step, m_progress::log);
        done("load", step);
        m_out.printf("[1] MNIST: X.shape = (%d, %d), y.shape = (%d,), y[0] = '%s'%n", all.size(), all.x().cols(),
            all.size(), all.label(0));
        final int grid = Math.min(100, all.size());
        chart("digits", DigitGridChart.of(all.x(), grid, 10));
        m_out.printf("    the first %d digits: digits.png%n", grid);
        return all;
    }

    private SGDParams sgdParams() {
        return SGDParams.DEFAULTS.withRandomState(m_opt.seed());
    }

    private SGDClassifier binaryFit(final Dataset train, final Target y5, final Map<String, Object> binary) {
        final ConsoleProgress.StepMonitor step = m_progress.step("binary SGD fit");
        final SGDClassifier sgd = SGDClassifier.fit(train.x(), y5, sgdParams(), 1, step);
        done("binary_fit", step);
        final int[] first3 = sgd.predict(train.x().selectRows(range(3)));
        final boolean[] predicted = new boolean[first3.length];
        for (int i = 0; i < first3.length; i++) {
            predicted[i] = Target.TRUE.equals(sgd.classes()[first3[i]]);
        }
        binary.put("epochs", sgd.nIter());
        binary.put("predict_first3", predicted);
        m_out.printf("%n[3] SGDClassifier(random_state=%d).fit(X_train, y_train_%s): %d epochs%s%n", m_opt.seed(),
            m_opt.positive(), sgd.nIter(), sgd.converged() ? "" : " (did not converge)");
        m_out.printf("    sgd_clf.predict(X[:3]) = %s%n", Py.array(predicted));
        return sgd;
    }

    private CrossValResult binaryCrossValidation(final Dataset train, final Target y5,
        final Map<String, Object> binary) {
        final ConsoleProgress.StepMonitor step = m_progress.step("binary SGD cross-validation");
        final CrossValResult cv = CrossValidation.run(train.x(), y5, SGDClassifier.learner(sgdParams(), 1),
            new StratifiedKFold(m_opt.folds()), m_opt.threads(), step);
        done("binary_cv", step);
        final ConfusionMatrix cm = cv.confusionMatrix();
        final PrecisionRecallF1 prf = PrecisionRecallF1.binary(cm, 1);
        binary.put("cv_accuracy", cv.foldAccuracy());
        binary.put("confusion_matrix", cm.counts());
        binary.put("precision", prf.precision());
        binary.put("recall", prf.recall());
        binary.put("f1", prf.f1());
        m_out.printf("%n[4] cross_val_score(sgd_clf, X_train, y_train_%s, cv=%d, scoring=\"accuracy\") = %s%n",
            m_opt.positive(), m_opt.folds(), Py.array(cv.foldAccuracy()));
        m_out.printf("    confusion_matrix(y_train_%s, y_train_pred) =%n%s%n", m_opt.positive(),
            Py.matrix(cm.counts(), "    "));
        m_out.printf("    precision %s, recall %s, F1 %s%n", Py.num(prf.precision()), Py.num(prf.recall()),
            Py.num(prf.f1()));
        chart("cv_binary", CrossValidationChart.of(cv.foldAccuracy()));
        chart("confusion_binary", ConfusionMatrixChart.of("Binary \"" + m_opt.positive()
            + "\" detector, out-of-fold predictions", cm.counts(), cm.classes(), ConfusionMatrixChart.Mode.COUNTS));
        return cv;
    }

    private void thresholds(final CrossValResult cv, final Map<String, Object> binary) {
        final ConsoleProgress.StepMonitor step = m_progress.step("thresholds");
        final boolean[] truth = cv.positiveTruth();
        final double[] scores = cv.scores().column(0);
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        // "at threshold t" counts score >= t as positive: precision_recall_curve's convention, and the lab's
        // y_scores >= threshold_for_90_precision
        final Map<String, Object> at = new LinkedHashMap<>();
        at.put("0", thresholdMetrics(truth, scores, 0));
        at.put(m_opt.threshold(), thresholdMetrics(truth, scores, m_opt.thresholdValue()));
        final CurvePoint p = Thresholds.forPrecision(curve, m_opt.targetPrecision());
        done("thresholds", step);
        binary.put("pr_curve_thresholds", curve.thresholds().length);
        binary.put("at_threshold", at);
        binary.put("threshold_for_precision", map("target", m_opt.targetPrecision(), "threshold", p.threshold(),
            "precision", p.precision(), "recall", p.recall()));
        m_out.printf("    precision_recall_curve(y_train_%s, y_scores): %d thresholds%n", m_opt.positive(),
            curve.thresholds().length);
        for (final Map.Entry<String, Object> e : at.entrySet()) {
            @SuppressWarnings("unchecked")
            final Map<String, Object> m = (Map<String, Object>)e.getValue();
            m_out.printf("    y_scores >= %s: precision %s, recall %s, F1 %s%n", e.getKey(), Py.num(m.get("precision")),
                Py.num(m.get("recall")), Py.num(m.get("f1")));
        }
        m_out.printf("    threshold for %s precision: %s (precision %s, recall %s)%n",
            Py.percent(m_opt.targetPrecision()), Py.num(p.threshold()), Py.num(p.precision()), Py.num(p.recall()));
        chart("precision_recall_vs_threshold", PrecisionRecallThresholdChart.of(curve.thresholds(),
            curve.precision(), curve.recall(), p.threshold()));
        chart("precision_vs_recall",
            PrecisionRecallCurveChart.of(curve.thresholds(), curve.precision(), curve.recall(), p.threshold()));
    }

    private static Map<String, Object> thresholdMetrics(final boolean[] truth, final double[] scores,
        final double threshold) {
        final ThresholdMetrics m = ThresholdMetrics.of(truth, scores, threshold, Comparison.AT_OR_ABOVE);
        return map("precision", m.precision(), "recall", m.recall(), "f1", m.f1());
    }

    private Map<String, Object> svc(final Dataset train) {
        final ConsoleProgress.StepMonitor step = m_progress.step("SVC");
        final Dataset rows = train.head(m_opt.svcRows());
        final SVC svc = SVC.fit(rows.x(), Target.of(rows.labels(), Target.LEXICOGRAPHIC), SVCParams.DEFAULTS,
            m_opt.threads(), step);
        final List<Map<String, Object>> errors = errorsFirst100(svc, train);
        done("svc", step);
        m_out.printf("%n[6] SVC().fit(X_train[:%d], y_train[:%d])%n", rows.size(), rows.size());
        printErrors(errors);
        return map("errors_first100", errors);
    }

    private Map<String, Object> svcOneVsRest(final Dataset train) {
        final ConsoleProgress.StepMonitor step = m_progress.step("one-vs-rest SVC");
        final Dataset rows = train.head(m_opt.svcRows());
        final Learner binarySvc = SVC.learner(SVCParams.DEFAULTS, 1);
        final OneVsRestClassifier ovr = OneVsRestClassifier.fit(rows.x(),
            Target.of(rows.labels(), Target.LEXICOGRAPHIC), binarySvc, m_opt.threads(), step);
        final List<Map<String, Object>> errors = errorsFirst100(ovr, train);
        done("svc_ovr", step);
        m_out.printf("%n[7] OneVsRestClassifier(SVC()).fit(X_train[:%d], y_train[:%d])%n", rows.size(), rows.size());
        printErrors(errors);
        return map("errors_first100", errors);
    }

    private static List<Map<String, Object>> errorsFirst100(final Classifier model, final Dataset train) {
        final FeatureMatrix first = train.x().selectRows(range(Math.min(100, train.size())));
        final int[] predicted = model.predict(first);
        final Scores scores = model.decisionFunction(first);
        final String[] classes = model.classes();
        final List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (!classes[predicted[i]].equals(train.label(i))) {
                errors.add(map("index", i, "label", train.label(i), "predicted", classes[predicted[i]], "scores",
                    scores.row(i)));
            }
        }
        return errors;
    }

    private void printErrors(final List<Map<String, Object>> errors) {
        m_out.printf("    misclassified among the first 100 training images: %s%n",
            Py.list(errors.stream().map(e -> e.get("index")).toList()));
        for (final Map<String, Object> e : errors) {
            m_out.printf("    image %s: a %s predicted as %s, decision_function = %s%n", e.get("index"), e.get("label"),
                e.get("predicted"), Py.array2((double[])e.get("scores")));
        }
    }

    /**
     * Steps 8 and 9.
     *
     * @param train the head of the training set
     * @param test the first 500 (or fewer) test images
     */
    private Map<String, Object> multiclass(final Dataset train, final Dataset test) {
        final ConsoleProgress.StepMonitor step = m_progress.step("multiclass SGD");
        final Dataset rows = train.head(m_opt.multiRows());
        final Target y = Target.of(rows.labels(), Target.LEXICOGRAPHIC);
        final SGDClassifier sgd = SGDClassifier.fit(rows.x(), y, sgdParams(), m_opt.threads(), step.sub(0.2));
        final List<Integer> trainErrors = errorIndices(sgd, train.head(Math.min(500, train.size())));
        final int testErrors = errorIndices(sgd, test).size();
        final Learner learner = SGDClassifier.learner(sgdParams(), m_opt.threads());
        final StratifiedKFold folds = new StratifiedKFold(m_opt.folds());
        final CrossValResult raw = CrossValidation.run(rows.x(), y, learner, folds, m_opt.threads(), step.sub(0.4));
        // the lab scales all 2,000 images once (StandardScaler().fit_transform), then cross-validates
        final FeatureMatrix scaled = StandardScaler.fit(rows.x(), step.sub(0)).transform(rows.x());
        final CrossValResult cvScaled = CrossValidation.run(scaled, y, learner, folds, m_opt.threads(),
            step.sub(0.4));
        done("multiclass", step);

        final ConfusionMatrix cm = cvScaled.confusionMatrix();
        final double[][] normalized = cm.normalized(Normalize.TRUE);
        final double[] diagonal = new double[normalized.length];
        int worstTrue = 0;
        int worstPredicted = 1;
        for (int t = 0; t < normalized.length; t++) {
            diagonal[t] = normalized[t][t];
            for (int p = 0; p < normalized.length; p++) {
                // strictly greater: the first maximum in row-major order, as np.argmax
                if (t != p && normalized[t][p] > normalized[worstTrue][worstPredicted]) {
                    worstTrue = t;
                    worstPredicted = p;
                }
            }
        }
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("train_errors_first500", trainErrors);
        m.put("test_errors_first500", testErrors);
        m.put("cv_accuracy", raw.foldAccuracy());
        m.put("cv_accuracy_scaled", cvScaled.foldAccuracy());
        m.put("confusion_matrix_scaled", cm.counts());
        m.put("confusion_normalized_diagonal", diagonal);
        m.put("largest_confusion", map("true", cm.className(worstTrue), "predicted", cm.className(worstPredicted),
            "rate", normalized[worstTrue][worstPredicted]));

        m_out.printf("%n[8] SGDClassifier(random_state=%d).fit(X_train[:%d], y_train[:%d]): %d epochs%n", m_opt.seed(),
            rows.size(), rows.size(), sgd.nIter());
        m_out.printf("    misclassified among the first 500 training images: %s%n", Py.list(trainErrors));
        m_out.printf("    misclassified among the first 500 test images: %d%n", testErrors);
        m_out.printf("    cross_val_score(sgd_clf, X_train[:%d], y_train[:%d], cv=%d) = %s%n", rows.size(), rows.size(),
            m_opt.folds(), Py.array(raw.foldAccuracy()));
        m_out.printf("    after StandardScaler: %s%n", Py.array(cvScaled.foldAccuracy()));
        m_out.printf("%n[9] confusion_matrix(y_train[:%d], cross_val_predict(sgd_clf, X_train_scaled, ...)) =%n%s%n",
            rows.size(), Py.matrix(cm.counts(), "    "));
        m_out.printf("    normalized by true class, diagonal: %s%n", Py.array(diagonal));
        m_out.printf("    most frequent confusion: %s classified as %s (%s of the %ss)%n", cm.className(worstTrue),
            cm.className(worstPredicted), Py.percent(normalized[worstTrue][worstPredicted]), cm.className(worstTrue));

        chart("cv_multiclass", CrossValidationChart.of("Multiclass SGD: cross-validation accuracy per fold",
            new String[] {"raw pixels", "StandardScaler"}, new double[][] {raw.foldAccuracy(), cvScaled.foldAccuracy()}));
        final String about = ": multiclass SGD, " + rows.size() + " scaled images, out-of-fold";
        for (final ConfusionMatrixChart.Mode mode : new ConfusionMatrixChart.Mode[] {ConfusionMatrixChart.Mode.COUNTS,
            ConfusionMatrixChart.Mode.ROW_PERCENT, ConfusionMatrixChart.Mode.ERRORS_ONLY}) {
            final String name = switch (mode) {
                case ROW_PERCENT -> "confusion_multiclass_normalized";
                case ERRORS_ONLY -> "confusion_multiclass_errors";
                default -> "confusion_multiclass";
            };
            chart(name, ConfusionMatrixChart.of(mode.title() + about, cm.counts(), cm.classes(), mode));
        }
        return m;
    }

    private static List<Integer> errorIndices(final Classifier model, final Dataset rows) {
        final int[] predicted = model.predict(rows.x());
        final String[] classes = model.classes();
        final List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (!classes[predicted[i]].equals(rows.label(i))) {
                errors.add(i);
            }
        }
        return errors;
    }

    private void chart(final String name, final Figure figure) {
        m_charts.put(name, Chart.of(figure));
    }

    private void done(final String key, final ConsoleProgress.StepMonitor step) {
        step.progress(1, null);
        m_timing.put(key, step.seconds());
        step.finish();
    }

    private static int count(final String[] labels, final String value) {
        return (int)Arrays.stream(labels).filter(value::equals).count();
    }

    private static int[] range(final int n) {
        final int[] r = new int[n];
        Arrays.setAll(r, i -> i);
        return r;
    }

    /** A map keeping the given order: key, value, key, value, ... */
    static Map<String, Object> map(final Object... kv) {
        final Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String)kv[i], kv[i + 1]);
        }
        return m;
    }
}
