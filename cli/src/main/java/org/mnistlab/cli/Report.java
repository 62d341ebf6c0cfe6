package org.mnistlab.cli;

import java.util.List;
import java.util.Map;

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

    @SuppressWarnings("unchecked")
    static String html(final Map<String, Object> r, final Map<String, Chart> figures) {
        final StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
            .append("<title>MNIST lab report</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
            .append("<h1>MNIST classification lab</h1>\n")
            .append("<p>Hands-On Machine Learning, chapter 3, computed by the MNIST Lab engine with scikit-learn's ")
            .append("algorithms. All numbers are also in <a href=\"results.json\">results.json</a>.</p>\n");
        final Map<String, Object> ds = (Map<String, Object>)r.get("dataset");
        final Map<String, Object> b = (Map<String, Object>)r.get("binary_sgd");
        final Map<String, Object> m = (Map<String, Object>)r.get("sgd_multiclass");

        section(h, "1. MNIST");
        h.append(p("Training images: " + ds.get("train") + ", test images: " + ds.get("test") + ", pixels per image: "
            + ds.get("features") + "."));
        figure(h, figures, "digits");

        section(h, "2–3. A binary classifier: SGD");
        h.append(p("<code>SGDClassifier</code> trained for " + b.get("epochs")
            + " epochs; predictions for the first three images: " + esc(Py.array(b.get("predict_first3"))) + "."));

        section(h, "4. Cross-validation, confusion matrix, precision and recall");
        h.append(table(new String[] {"fold", "accuracy"}, rows((double[])b.get("cv_accuracy"), 1)));
        h.append(matrix("confusion matrix (rows: true False/True, columns: predicted)", (long[][])b.get("confusion_matrix"),
            new String[] {"False", "True"}));
        h.append(table(new String[] {"precision", "recall", "F1"},
            new Object[][] {{b.get("precision"), b.get("recall"), b.get("f1")}}));
        figure(h, figures, "cv_binary");
        figure(h, figures, "confusion_binary");

        section(h, "5. Decision scores and thresholds");
        h.append(table(new String[] {"image", "decision score"}, rows((double[])b.get("decision_first12"), 0)));
        h.append(p("The precision–recall curve of the out-of-fold scores has " + b.get("pr_curve_thresholds")
            + " thresholds."));
        final Map<String, Object> at = (Map<String, Object>)b.get("at_threshold");
        final Object[][] atRows = new Object[at.size()][];
        int k = 0;
        for (final Map.Entry<String, Object> e : at.entrySet()) {
            final Map<String, Object> v = (Map<String, Object>)e.getValue();
            atRows[k++] = new Object[] {"score ≥ " + e.getKey(), v.get("precision"), v.get("recall"), v.get("f1")};
        }
        h.append(table(new String[] {"prediction", "precision", "recall", "F1"}, atRows));
        final Map<String, Object> tp = (Map<String, Object>)b.get("threshold_for_precision");
        h.append(table(new String[] {"target precision", "threshold", "precision", "recall"},
            new Object[][] {{tp.get("target"), tp.get("threshold"), tp.get("precision"), tp.get("recall")}}));
        figure(h, figures, "precision_recall_vs_threshold");
        figure(h, figures, "precision_vs_recall");

        section(h, "6. SVC (one-vs-one)");
        errors(h, (Map<String, Object>)r.get("svc_ovo"));
        section(h, "7. One-vs-rest SVC");
        errors(h, (Map<String, Object>)r.get("svc_ovr"));

        section(h, "8. Multiclass SGD (one-vs-all)");
        h.append(p("Misclassified among the first 500 training images: " + esc(Py.list((List<?>)m.get("train_errors_first500")))
            + "; among the first 500 test images: " + m.get("test_errors_first500") + "."));
        final double[] raw = (double[])m.get("cv_accuracy");
        final double[] scaled = (double[])m.get("cv_accuracy_scaled");
        final Object[][] cvRows = new Object[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            cvRows[i] = new Object[] {i + 1, raw[i], scaled[i]};
        }
        h.append(table(new String[] {"fold", "accuracy", "accuracy after StandardScaler"}, cvRows));
        figure(h, figures, "cv_multiclass");

        section(h, "9. Error analysis");
        final long[][] cm = (long[][])m.get("confusion_matrix_scaled");
        final String[] digits = new String[cm.length];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = Integer.toString(i);
        }
        h.append(matrix("out-of-fold confusion matrix on scaled data (rows: true, columns: predicted)", cm, digits));
        final Map<String, Object> worst = (Map<String, Object>)m.get("largest_confusion");
        h.append(p("Recall per class (diagonal of the matrix normalized by true class): "
            + esc(Py.array(m.get("confusion_normalized_diagonal"))) + ". The most frequent confusion: "
            + esc(worst.get("true")) + " classified as " + esc(worst.get("predicted")) + " ("
            + Py.percent((Double)worst.get("rate")) + ")."));
        figure(h, figures, "confusion_multiclass");
        figure(h, figures, "confusion_multiclass_normalized");
        figure(h, figures, "confusion_multiclass_errors");

        section(h, "Timing");
        final Map<String, Double> t = (Map<String, Double>)r.get("timing_s");
        final Object[][] tRows = new Object[t.size()][];
        k = 0;
        for (final Map.Entry<String, Double> e : t.entrySet()) {
            tRows[k++] = new Object[] {e.getKey(), String.format("%.3f", e.getValue())};
        }
        h.append(table(new String[] {"step", "seconds"}, tRows));
        return h.append("</body>\n</html>\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static void errors(final StringBuilder h, final Map<String, Object> step) {
        final List<Map<String, Object>> errors = (List<Map<String, Object>>)step.get("errors_first100");
        h.append(p("Misclassified among the first 100 training images: " + errors.size() + "."));
        if (errors.isEmpty()) {
            return;
        }
        final int classes = ((double[])errors.get(0).get("scores")).length;
        final String[] head = new String[3 + classes];
        head[0] = "image";
        head[1] = "label";
        head[2] = "predicted";
        for (int c = 0; c < classes; c++) {
            head[3 + c] = "score " + c;
        }
        final Object[][] rows = new Object[errors.size()][];
        for (int i = 0; i < rows.length; i++) {
            final Map<String, Object> e = errors.get(i);
            final double[] s = (double[])e.get("scores");
            rows[i] = new Object[head.length];
            rows[i][0] = e.get("index");
            rows[i][1] = e.get("label");
            rows[i][2] = e.get("predicted");
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
