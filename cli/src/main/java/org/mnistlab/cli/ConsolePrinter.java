package org.mnistlab.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.mnistlab.cli.LabResults.AtThreshold;
import org.mnistlab.cli.LabResults.BinaryCv;
import org.mnistlab.cli.LabResults.BinaryFit;
import org.mnistlab.cli.LabResults.ForPrecision;
import org.mnistlab.cli.LabResults.Loaded;
import org.mnistlab.cli.LabResults.Misclassified;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Split;
import org.mnistlab.cli.LabResults.SvcErrors;
import org.mnistlab.cli.LabResults.ThresholdResults;

/**
 * Prints each step's result on stdout as the notebook shows it, numbered as the lab's steps, numbers as Python
 * prints them ({@link Py}). Called as each step finishes, so the console follows the run.
 */
final class ConsolePrinter {

    private final PrintStream m_out;

    private final LabOptions m_opt;

    ConsolePrinter(final PrintStream out, final LabOptions opt) {
        m_out = out;
        m_opt = opt;
    }

    void loaded(final Loaded r) {
        m_out.printf("[1] MNIST: X.shape = (%d, %d), y.shape = (%d,), y[0] = '%s'%n", r.samples(), r.features(),
            r.samples(), r.firstLabel());
        m_out.printf("    the first %d digits: digits.png%n", r.gridDigits());
    }

    void split(final Split r) {
        m_out.printf("%n[2] X_train = X[:%d], X_test = X[%d:%d]; y_train_%s = (y_train == '%s'): %d positives%n",
            r.trainRows(), r.testFrom(), r.testTo(), r.positive(), r.positive(), r.positives());
    }

    void binaryFit(final BinaryFit r) {
        m_out.printf("%n[3] SGDClassifier(random_state=%d).fit(X_train, y_train_%s): %d epochs%s%n", m_opt.seed(),
            m_opt.positive(), r.epochs(), r.converged() ? "" : " (did not converge)");
        if (m_opt.verbose()) {
            // what SGDClassifier(verbose=2).fit prints, unindented as scikit-learn prints it; the times are ours
            r.log().lines().forEach(m_out::println);
            r.log().warning().ifPresent(w -> m_out.println("ConvergenceWarning: " + w));
        }
        m_out.printf("    sgd_clf.predict(X[:3]) = %s%n", Py.array(r.predictFirst3()));
    }

    void binaryCv(final BinaryCv r) {
        m_out.printf("%n[4] cross_val_score(sgd_clf, X_train, y_train_%s, cv=%d, scoring=\"accuracy\") = %s%n",
            m_opt.positive(), m_opt.folds(), Py.array(r.accuracy()));
        m_out.printf("    confusion_matrix(y_train_%s, y_train_pred) =%n%s%n", m_opt.positive(),
            Py.matrix(r.confusionMatrix(), "    "));
        m_out.printf("    precision %s, recall %s, F1 %s%n", Py.num(r.precision()), Py.num(r.recall()),
            Py.num(r.f1()));
    }

    void decisionFirst12(final double[] scores) {
        m_out.printf("%n[5] sgd_clf.decision_function(X[:12]) = %s%n", Py.array(scores));
    }

    void thresholds(final ThresholdResults r) {
        m_out.printf("    precision_recall_curve(y_train_%s, y_scores): %d thresholds%n", m_opt.positive(),
            r.curve().size());
        for (final AtThreshold at : r.atThreshold()) {
            m_out.printf("    y_scores >= %s: precision %s, recall %s, F1 %s%n", at.threshold(),
                Py.num(at.precision()), Py.num(at.recall()), Py.num(at.f1()));
        }
        final ForPrecision p = r.forPrecision();
        m_out.printf("    threshold for %s precision: %s (precision %s, recall %s)%n", Py.percent(p.target()),
            Py.num(p.threshold()), Py.num(p.precision()), Py.num(p.recall()));
    }

    void svc(final SvcErrors r) {
        m_out.printf("%n[6] SVC().fit(X_train[:%d], y_train[:%d])%n", r.rows(), r.rows());
        errors(r);
    }

    void svcOneVsRest(final SvcErrors r) {
        m_out.printf("%n[7] OneVsRestClassifier(SVC()).fit(X_train[:%d], y_train[:%d])%n", r.rows(), r.rows());
        errors(r);
    }

    private void errors(final SvcErrors r) {
        m_out.printf("    misclassified among the first 100 training images: %s%n",
            Py.list(r.errors().stream().map(Misclassified::index).toList()));
        for (final Misclassified e : r.errors()) {
            m_out.printf("    image %s: a %s predicted as %s, decision_function = %s%n", e.index(), e.label(),
                e.predicted(), Py.array2(e.scores()));
        }
    }

    void multiclass(final Multiclass r) {
        m_out.printf("%n[8] SGDClassifier(random_state=%d).fit(X_train[:%d], y_train[:%d]): %d epochs%n", m_opt.seed(),
            r.rows(), r.rows(), r.epochs());
        m_out.printf("    misclassified among the first 500 training images: %s%n", Py.list(r.trainErrorsFirst500()));
        m_out.printf("    misclassified among the first 500 test images: %d%n", r.testErrorsFirst500());
        m_out.printf("    cross_val_score(sgd_clf, X_train[:%d], y_train[:%d], cv=%d) = %s%n", r.rows(), r.rows(),
            m_opt.folds(), Py.array(r.cvAccuracy()));
        m_out.printf("    after StandardScaler: %s%n", Py.array(r.cvAccuracyScaled()));
        m_out.printf("%n[9] confusion_matrix(y_train[:%d], cross_val_predict(sgd_clf, X_train_scaled, ...)) =%n%s%n",
            r.rows(), Py.matrix(r.confusionMatrixScaled(), "    "));
        m_out.printf("    normalized by true class, diagonal: %s%n", Py.array(r.normalizedDiagonal()));
        final LabResults.Confusion worst = r.largestConfusion();
        m_out.printf("    most frequent confusion: %s classified as %s (%s of the %ss)%n", worst.trueClass(),
            worst.predicted(), Py.percent(worst.rate()), worst.trueClass());
    }

    /**
     * @param charts how many charts were written
     * @param folder where
     */
    void written(final int charts, final Path folder) {
        m_out.printf("%nresults.json, %d charts and report.html in %s%n", charts, folder);
    }
}
