package org.mnistlab.cli;

import java.util.List;
import java.util.Map;

import org.mnistlab.cli.LabResults.AtThreshold;
import org.mnistlab.cli.LabResults.BinaryCv;
import org.mnistlab.cli.LabResults.BinarySgd;
import org.mnistlab.cli.LabResults.Confusion;
import org.mnistlab.cli.LabResults.ForPrecision;
import org.mnistlab.cli.LabResults.Misclassified;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Roc;
import org.mnistlab.cli.LabResults.Split;
import org.mnistlab.cli.LabResults.SvcErrors;
import org.mnistlab.engine.linear.SGDEpoch;
import org.mnistlab.engine.linear.SGDProblemLog;
import org.mnistlab.engine.linear.SGDStop;
import org.mnistlab.engine.linear.SGDTrainingLog;

/** report.html: every number of results.json and every chart, in lab order, in one self-contained page. */
final class Report {

    private static final String STYLE = String.join("\n",
        "body{font-family:system-ui,-apple-system,'DejaVu Sans',sans-serif;max-width:1100px;margin:2em auto;",
        "padding:0 1em;color:#222;line-height:1.45}",
        "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}",
        "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}",
        "th{background:#f3f3f3}code{background:#f6f6f6;padding:0 .2em}",
        "figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9em}");

    private Report() {
    }

    static String html(final LabResults r, final Map<String, Chart> figures) {
        final StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
            .append("<title>MNIST lab report</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
            .append("<h1>MNIST classification lab</h1>\n")
            .append("<p>Hands-On Machine Learning, chapter 3, computed by the MNIST Lab engine with scikit-learn's ")
            .append("algorithms. All numbers are also in <a href=\"results.json\">results.json</a>.</p>\n");
        final Split ds = r.split();
        final BinarySgd b = r.binary();
        final Multiclass m = r.multiclass();

        section(h, "1. MNIST");
        h.append(p("Training images: " + ds.train() + ", test images: " + ds.test() + ", pixels per image: "
            + ds.features() + "."));
        figure(h, figures, "digits");

        section(h, "2–3. A binary classifier: SGD");
        h.append(p("<code>SGDClassifier</code> trained for " + b.fit().epochs()
            + " epochs; predictions for the first three images: " + esc(Py.array(b.fit().predictFirst3())) + "."));
        trainingLog(h, b.fit().log());
        figure(h, figures, "sgd_training_loss");

        section(h, "4. Cross-validation, confusion matrix, precision and recall");
        final BinaryCv cv = b.cv();
        h.append(table(new String[] {"fold", "accuracy"}, rows(cv.accuracy(), 1)));
        h.append(matrix("confusion matrix (rows: true False/True, columns: predicted)", cv.confusionMatrix(),
            new String[] {"False", "True"}));
        h.append(table(new String[] {"precision", "recall", "F1"},
            new Object[][] {{cv.precision(), cv.recall(), cv.f1()}}));
        figure(h, figures, "cv_binary");
        figure(h, figures, "confusion_binary");

        section(h, "5. Decision scores and thresholds");
        h.append(table(new String[] {"image", "decision score"}, rows(b.decisionFirst12(), 0)));
        h.append(p("The precision–recall curve of the out-of-fold scores has " + b.thresholds().curve().size()
            + " thresholds."));
        final List<AtThreshold> at = b.thresholds().atThreshold();
        final Object[][] atRows = new Object[at.size()][];
        for (int k = 0; k < atRows.length; k++) {
            final AtThreshold v = at.get(k);
            atRows[k] = new Object[] {"score ≥ " + v.threshold(), v.precision(), v.recall(), v.f1()};
        }
        h.append(table(new String[] {"prediction", "precision", "recall", "F1"}, atRows));
        final ForPrecision tp = b.thresholds().forPrecision();
        h.append(table(new String[] {"target precision", "threshold", "precision", "recall"},
            new Object[][] {{tp.target(), tp.threshold(), tp.precision(), tp.recall()}}));
        figure(h, figures, "precision_recall_vs_threshold");
        figure(h, figures, "precision_vs_recall");
        final Roc roc = b.roc();
        h.append(p("The ROC curve of the out-of-fold scores has " + roc.curve().size() + " points; ROC AUC "
            + Py.num(roc.auc()) + ". The threshold for " + Py.percent(tp.target()) + " precision gives a true positive "
            + "rate of " + Py.percent(roc.forPrecision().tpr()) + " at a false positive rate of "
            + Py.percent(roc.forPrecision().fpr()) + "."));
        figure(h, figures, "roc_curve");

        section(h, "6. SVC (one-vs-one)");
        errors(h, r.svcOvo());
        section(h, "7. One-vs-rest SVC");
        errors(h, r.svcOvr());

        section(h, "8. Multiclass SGD (one-vs-all)");
        h.append(p("Misclassified among the first 500 training images: " + esc(Py.list(m.trainErrorsFirst500()))
            + "; among the first 500 test images: " + m.testErrorsFirst500() + "."));
        final double[] raw = m.cvAccuracy();
        final double[] scaled = m.cvAccuracyScaled();
        final Object[][] cvRows = new Object[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            cvRows[i] = new Object[] {i + 1, raw[i], scaled[i]};
        }
        h.append(table(new String[] {"fold", "accuracy", "accuracy after StandardScaler"}, cvRows));
        figure(h, figures, "cv_multiclass");

        section(h, "9. Error analysis");
        final long[][] cm = m.confusionMatrixScaled();
        final String[] digits = new String[cm.length];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = Integer.toString(i);
        }
        h.append(matrix("out-of-fold confusion matrix on scaled data (rows: true, columns: predicted)", cm, digits));
        final Confusion worst = m.largestConfusion();
        h.append(p("Recall per class (diagonal of the matrix normalized by true class): "
            + esc(Py.array(m.normalizedDiagonal())) + ". The most frequent confusion: "
            + esc(worst.trueClass()) + " classified as " + esc(worst.predicted()) + " ("
            + Py.percent(worst.rate()) + ")."));
        figure(h, figures, "confusion_multiclass");
        figure(h, figures, "confusion_multiclass_normalized");
        figure(h, figures, "confusion_multiclass_errors");

        section(h, "Timing");
        final Object[][] tRows = new Object[r.timing().size()][];
        int k = 0;
        for (final Map.Entry<String, Double> e : r.timing().entrySet()) {
            tRows[k++] = new Object[] {e.getKey(), String.format("%.3f", e.getValue())};
        }
        h.append(table(new String[] {"step", "seconds"}, tRows));
        return h.append("</body>\n</html>\n").toString();
    }

    /** How the fit stopped, its last epoch, and the whole log as scikit-learn prints it, folded. */
    private static void trainingLog(final StringBuilder h, final SGDTrainingLog log) {
        final SGDProblemLog p = log.problems().get(0);
        final SGDEpoch last = p.epochs().get(p.epochs().size() - 1);
        h.append(p((p.stop() == SGDStop.CONVERGED ? "Converged after " + p.epochs().size() + " epochs"
            : "Stopped after max_iter = " + p.epochs().size() + " epochs") + "; the last epoch: <code>"
            + esc(last.line()) + "</code>."
            + log.warning().map(w -> " ConvergenceWarning: " + esc(w)).orElse("")));
        h.append("<details><summary>Training log (<code>SGDClassifier(verbose=2)</code>)</summary><pre>");
        for (final String line : log.lines()) {
            h.append(esc(line)).append('\n');
        }
        h.append("</pre></details>\n");
    }

    private static void errors(final StringBuilder h, final SvcErrors step) {
        final List<Misclassified> errors = step.errors();
        h.append(p("Misclassified among the first 100 training images: " + errors.size() + "."));
        if (errors.isEmpty()) {
            return;
        }
        final int classes = errors.get(0).scores().length;
        final String[] head = new String[3 + classes];
        head[0] = "image";
        head[1] = "label";
        head[2] = "predicted";
        for (int c = 0; c < classes; c++) {
            head[3 + c] = "score " + c;
        }
        final Object[][] rows = new Object[errors.size()][];
        for (int i = 0; i < rows.length; i++) {
            final Misclassified e = errors.get(i);
            final double[] s = e.scores();
            rows[i] = new Object[head.length];
            rows[i][0] = e.index();
            rows[i][1] = e.label();
            rows[i][2] = e.predicted();
            for (int c = 0; c < classes; c++) {
                rows[i][3 + c] = String.format("%.2f", s[c]);
            }
        }
        h.append(table(head, rows));
    }

    /** Rows "number, value", numbered from {@code first}: folds count from 1 as in the charts, images from 0. */
    private static Object[][] rows(final double[] values, final int first) {
        final Object[][] rows = new Object[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new Object[] {first + i, values[i]};
        }
        return rows;
    }

    private static void section(final StringBuilder h, final String title) {
        h.append("<h2>").append(esc(title)).append("</h2>\n");
    }

    private static String p(final String html) {
        return "<p>" + html + "</p>\n";
    }

    private static void figure(final StringBuilder h, final Map<String, Chart> figures, final String name) {
        final Chart f = figures.get(name);
        if (f != null) {
            h.append("<figure><img src=\"").append(name).append(".png\" alt=\"").append(esc(f.title()))
                .append("\" width=\"").append(f.width()).append("\"><figcaption>").append(esc(f.title()))
                .append(" (<a href=\"").append(name).append(".svg\">SVG</a>)</figcaption></figure>\n");
        }
    }

    private static String matrix(final String caption, final long[][] m, final String[] labels) {
        final StringBuilder h = new StringBuilder("<table><caption>").append(esc(caption)).append("</caption><tr><th></th>");
        for (final String l : labels) {
            h.append("<th>").append(esc(l)).append("</th>");
        }
        h.append("</tr>\n");
        for (int r = 0; r < m.length; r++) {
            h.append("<tr><th>").append(esc(labels[r])).append("</th>");
            for (final long v : m[r]) {
                h.append("<td>").append(v).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String table(final String[] head, final Object[][] rows) {
        final StringBuilder h = new StringBuilder("<table><tr>");
        for (final String c : head) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (final Object[] row : rows) {
            h.append("<tr>");
            for (final Object v : row) {
                h.append("<td>").append(esc(v instanceof Double ? Py.num(v) : String.valueOf(v))).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String esc(final Object o) {
        return String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
