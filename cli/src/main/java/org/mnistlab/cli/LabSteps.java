package org.mnistlab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mnistlab.cli.LabResults.AtThreshold;
import org.mnistlab.cli.LabResults.BinaryCv;
import org.mnistlab.cli.LabResults.BinaryFit;
import org.mnistlab.cli.LabResults.Confusion;
import org.mnistlab.cli.LabResults.ForPrecision;
import org.mnistlab.cli.LabResults.Loaded;
import org.mnistlab.cli.LabResults.Misclassified;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Roc;
import org.mnistlab.cli.LabResults.Split;
import org.mnistlab.cli.LabResults.SvcErrors;
import org.mnistlab.cli.LabResults.ThresholdResults;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
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
import org.mnistlab.engine.metrics.RocAuc;
import org.mnistlab.engine.metrics.RocCurve;
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
 * The lab's computations, one method per step of the Hands-On ML chapter 3 notebook, each returning its typed result.
 * No printing, no files: {@link Lab} runs them in order and hands the results on.
 * <p>
 * Where the notebook calls cross-validation three times (scores, predictions, decision values), one pass gives all
 * three from the same fold models: the numbers are the same, the work a third.
 */
final class LabSteps {

    /** Training and test sizes of the lab: {@code X[:60000]}, {@code X[60000:]}. */
    static final int TRAIN = 60_000;

    /** --quick: a tenth of the training set and of the test set. */
    private static final int QUICK_TRAIN = 6_000;

    private static final int QUICK_TEST = 1_000;

    private final LabOptions m_opt;

    LabSteps(final LabOptions opt) {
        m_opt = opt;
    }

    /**
     * Step 1.
     *
     * @param all the 70,000 digits
     * @return their description
     */
    static Loaded describe(final Dataset all) {
        return new Loaded(all.size(), all.x().cols(), all.label(0), Math.min(100, all.size()));
    }

    /**
     * The sets of step 2 and the binary target.
     *
     * @param train training set
     * @param test test set
     * @param y5 "label == positive" of the training set
     * @param split their description
     */
    record Sets(Dataset train, Dataset test, Target y5, Split split) {
    }

    /**
     * Step 2.
     *
     * @param all the 70,000 digits
     * @return training and test sets (sharing storage with {@code all})
     */
    Sets split(final Dataset all) {
        final int trainSize = m_opt.quick() ? QUICK_TRAIN : TRAIN;
        final int testSize = m_opt.quick() ? QUICK_TEST : all.size() - TRAIN;
        final Dataset train = all.head(trainSize);
        final Dataset test = all.slice(TRAIN, TRAIN + testSize);
        final int positives = (int)Arrays.stream(train.labels()).filter(m_opt.positive()::equals).count();
        return new Sets(train, test, Target.binary(train.labels(), m_opt.positive()), new Split(trainSize, TRAIN,
            TRAIN + testSize, train.size(), test.size(), all.x().cols(), m_opt.positive(), positives));
    }

    private SGDParams sgdParams() {
        return SGDParams.DEFAULTS.withRandomState(m_opt.seed());
    }

    /**
     * @param model the binary detector
     * @param result what step 3 shows of it
     */
    record Fitted(SGDClassifier model, BinaryFit result) {
    }

    /**
     * Step 3: the binary detector, keeping its training log (which costs nothing measurable).
     *
     * @param sets step 2's sets
     * @param monitor progress
     * @return the model and its result
     */
    Fitted binaryFit(final Sets sets, final Monitor monitor) {
        final SGDClassifier sgd = SGDClassifier.fit(sets.train().x(), sets.y5(), sgdParams(), 1, monitor, true);
        final int[] first3 = sgd.predict(sets.train().x().selectRows(range(3)));
        final boolean[] predicted = new boolean[first3.length];
        for (int i = 0; i < first3.length; i++) {
            predicted[i] = Target.TRUE.equals(sgd.classes()[first3[i]]);
        }
        return new Fitted(sgd, new BinaryFit(sgd.nIter(), sgd.converged(), predicted, sgd.trainingLog().orElseThrow()));
    }

    /**
     * @param cv the cross-validation pass, whose out-of-fold scores step 5 uses
     * @param result what step 4 shows of it
     */
    record CrossValidated(CrossValResult cv, BinaryCv result) {
    }

    /**
     * Step 4: cross-validation of the binary detector.
     *
     * @param sets step 2's sets
     * @param monitor progress
     * @return the pass and its result
     */
    CrossValidated binaryCv(final Sets sets, final Monitor monitor) {
        final CrossValResult cv = CrossValidation.run(sets.train().x(), sets.y5(), SGDClassifier.learner(sgdParams(),
            1), new StratifiedKFold(m_opt.folds()), m_opt.threads(), monitor);
        final ConfusionMatrix cm = cv.confusionMatrix();
        final PrecisionRecallF1 prf = PrecisionRecallF1.binary(cm, 1);
        return new CrossValidated(cv, new BinaryCv(cv.foldAccuracy(), cm.counts(), cm.classes(), prf.precision(),
            prf.recall(), prf.f1()));
    }

    /**
     * Step 5, first part.
     *
     * @param model the binary detector
     * @param train the training set
     * @return the decision scores of images 0..11
     */
    static double[] decisionFirst12(final SGDClassifier model, final Dataset train) {
        return model.decisionFunction(train.x().selectRows(range(12))).column(0);
    }

    /**
     * Step 5: thresholds on the out-of-fold scores.
     *
     * @param cv step 4's pass
     * @return the curve, the metrics at two thresholds and the threshold for the target precision
     */
    ThresholdResults thresholds(final CrossValResult cv) {
        final boolean[] truth = cv.positiveTruth();
        final double[] scores = cv.scores().column(0);
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        // "at threshold t" counts score >= t as positive: precision_recall_curve's convention, and the lab's
        // y_scores >= threshold_for_90_precision
        final List<AtThreshold> at = List.of(atThreshold(truth, scores, "0", 0),
            atThreshold(truth, scores, m_opt.threshold(), m_opt.thresholdValue()));
        final CurvePoint p = Thresholds.forPrecision(curve, m_opt.targetPrecision());
        return new ThresholdResults(curve, at,
            new ForPrecision(m_opt.targetPrecision(), p.threshold(), p.precision(), p.recall()));
    }

    /**
     * Step 5, the ROC curve of the out-of-fold scores: {@code roc_curve(y_train_5, y_scores)},
     * {@code roc_auc_score(y_train_5, y_scores)}, and the point the book marks for the threshold of step 5.
     *
     * @param cv step 4's pass
     * @param thresholds step 5's thresholds
     * @return the curve, its area and the marked point
     */
    static Roc roc(final CrossValResult cv, final ThresholdResults thresholds) {
        final boolean[] truth = cv.positiveTruth();
        final double[] scores = cv.scores().column(0);
        final RocCurve curve = RocCurve.of(truth, scores);
        return new Roc(curve, RocAuc.binary(truth, scores), curve.pointAt(thresholds.forPrecision().threshold()));
    }

    private static AtThreshold atThreshold(final boolean[] truth, final double[] scores, final String written,
        final double threshold) {
        final ThresholdMetrics m = ThresholdMetrics.of(truth, scores, threshold, Comparison.AT_OR_ABOVE);
        return new AtThreshold(written, m.precision(), m.recall(), m.f1());
    }

    /**
     * Step 6: {@code SVC()} on the first --svc-rows training images.
     *
     * @param train the head of the training set
     * @param monitor progress
     * @return its errors among the first 100 images
     */
    SvcErrors svc(final Dataset train, final Monitor monitor) {
        final Dataset rows = train.head(m_opt.svcRows());
        final SVC svc = SVC.fit(rows.x(), Target.of(rows.labels(), Target.LEXICOGRAPHIC), SVCParams.DEFAULTS,
            m_opt.threads(), monitor);
        return new SvcErrors(rows.size(), errorsFirst100(svc, train));
    }

    /**
     * Step 7: {@code OneVsRestClassifier(SVC())} on the same images.
     *
     * @param train the head of the training set
     * @param monitor progress
     * @return its errors among the first 100 images
     */
    SvcErrors svcOneVsRest(final Dataset train, final Monitor monitor) {
        final Dataset rows = train.head(m_opt.svcRows());
        final Learner binarySvc = SVC.learner(SVCParams.DEFAULTS, 1);
        final OneVsRestClassifier ovr = OneVsRestClassifier.fit(rows.x(),
            Target.of(rows.labels(), Target.LEXICOGRAPHIC), binarySvc, m_opt.threads(), monitor);
        return new SvcErrors(rows.size(), errorsFirst100(ovr, train));
    }

    private static List<Misclassified> errorsFirst100(final Classifier model, final Dataset train) {
        final FeatureMatrix first = train.x().selectRows(range(Math.min(100, train.size())));
        final int[] predicted = model.predict(first);
        final Scores scores = model.decisionFunction(first);
        final String[] classes = model.classes();
        final List<Misclassified> errors = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            if (!classes[predicted[i]].equals(train.label(i))) {
                errors.add(new Misclassified(i, train.label(i), classes[predicted[i]], scores.row(i)));
            }
        }
        return errors;
    }

    /**
     * Steps 8 and 9.
     *
     * @param train the head of the training set
     * @param test the first 500 (or fewer) test images
     * @param monitor progress
     * @return errors, cross-validation accuracy raw and scaled, the scaled out-of-fold confusion matrix
     */
    Multiclass multiclass(final Dataset train, final Dataset test, final Monitor monitor) {
        final Dataset rows = train.head(m_opt.multiRows());
        final Target y = Target.of(rows.labels(), Target.LEXICOGRAPHIC);
        final SGDClassifier sgd = SGDClassifier.fit(rows.x(), y, sgdParams(), m_opt.threads(), monitor.sub(0.2));
        final List<Integer> trainErrors = errorIndices(sgd, train.head(Math.min(500, train.size())));
        final int testErrors = errorIndices(sgd, test).size();
        final Learner learner = SGDClassifier.learner(sgdParams(), m_opt.threads());
        final StratifiedKFold folds = new StratifiedKFold(m_opt.folds());
        final CrossValResult raw = CrossValidation.run(rows.x(), y, learner, folds, m_opt.threads(), monitor.sub(0.4));
        // the lab scales all 2,000 images once (StandardScaler().fit_transform), then cross-validates
        final FeatureMatrix scaled = StandardScaler.fit(rows.x(), monitor.sub(0)).transform(rows.x());
        final CrossValResult cvScaled = CrossValidation.run(scaled, y, learner, folds, m_opt.threads(),
            monitor.sub(0.4));

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
        return new Multiclass(rows.size(), sgd.nIter(), trainErrors, testErrors, raw.foldAccuracy(),
            cvScaled.foldAccuracy(), cm.counts(), cm.classes(), diagonal, new Confusion(cm.className(worstTrue),
                cm.className(worstPredicted), normalized[worstTrue][worstPredicted]));
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

    /**
     * The rows the steps after 5 use, in storage of their own, so that the full set can be released before them.
     *
     * @param train the head of the training set (enough for the SVC and multiclass steps, at least 500 images)
     * @param test the first 500 (or fewer) test images
     */
    record Heads(Dataset train, Dataset test) {
    }

    /**
     * @param sets step 2's sets
     * @return copies of the rows the steps after 5 use
     */
    Heads heads(final Sets sets) {
        final Dataset train = sets.train();
        final int trainRows = Math.min(train.size(), Math.max(Math.max(m_opt.svcRows(), m_opt.multiRows()), 500));
        return new Heads(train.head(trainRows).copy(), sets.test().head(Math.min(500, sets.test().size())).copy());
    }

    private static int[] range(final int n) {
        final int[] r = new int[n];
        Arrays.setAll(r, i -> i);
        return r;
    }
}
