package org.mnistlab.cli;

import java.util.List;
import java.util.Map;

import org.mnistlab.engine.linear.SGDTrainingLog;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.RocCurve;
import org.mnistlab.engine.metrics.RocPoint;

/**
 * Everything one run of the lab computed, step by step, as typed records: what the console shows
 * ({@link ConsolePrinter}), results.json holds ({@link ResultsJson}, schema in docs/results.md) and the report lays out
 * ({@link Report}). A step's record also carries what only the console or a chart needs (sizes as asked for, curves).
 *
 * @param loaded step 1
 * @param split step 2; results.json's "dataset"
 * @param binary steps 3 to 5; "binary_sgd"
 * @param svcOvo step 6; "svc_ovo"
 * @param svcOvr step 7; "svc_ovr"
 * @param multiclass steps 8 and 9; "sgd_multiclass"
 * @param timing seconds per step in run order, then "total"; "timing_s"
 */
record LabResults(Loaded loaded, Split split, BinarySgd binary, SvcErrors svcOvo, SvcErrors svcOvr,
    Multiclass multiclass, Map<String, Double> timing) {

    /**
     * Step 1: the data set.
     *
     * @param samples number of images
     * @param features pixels per image
     * @param firstLabel label of image 0
     * @param gridDigits digits shown in the grid chart
     */
    record Loaded(int samples, int features, String firstLabel, int gridDigits) {
    }

    /**
     * Step 2: the training and test sets and the binary target.
     *
     * @param trainRows {@code X[:trainRows]} is the training set
     * @param testFrom first row of the test set
     * @param testTo one past its last row
     * @param train number of training images
     * @param test number of test images
     * @param features pixels per image
     * @param positive the digit of the binary target
     * @param positives training images of that digit
     */
    record Split(int trainRows, int testFrom, int testTo, int train, int test, int features, String positive,
        int positives) {
    }

    /**
     * Steps 3 to 5, the binary detector.
     *
     * @param fit step 3
     * @param cv step 4
     * @param decisionFirst12 decision scores of images 0..11
     * @param thresholds step 5
     * @param roc step 5, the ROC curve
     */
    record BinarySgd(BinaryFit fit, BinaryCv cv, double[] decisionFirst12, ThresholdResults thresholds, Roc roc) {
    }

    /**
     * Step 3: {@code SGDClassifier(random_state=seed).fit(X_train, y_train_5)}.
     *
     * @param epochs n_iter_
     * @param converged false when scikit-learn would warn that max_iter was reached
     * @param predictFirst3 predictions for images 0..2
     * @param log what {@code verbose=2} prints of the fit
     */
    record BinaryFit(int epochs, boolean converged, boolean[] predictFirst3, SGDTrainingLog log) {
    }

    /**
     * Step 4: cross-validation of the binary detector.
     *
     * @param accuracy accuracy per fold
     * @param confusionMatrix out-of-fold confusion matrix, rows true class
     * @param classes its class names
     * @param precision of the out-of-fold predictions
     * @param recall of the out-of-fold predictions
     * @param f1 of the out-of-fold predictions
     */
    record BinaryCv(double[] accuracy, long[][] confusionMatrix, String[] classes, double precision, double recall,
        double f1) {
    }

    /**
     * Step 5: thresholds on the out-of-fold decision scores.
     *
     * @param curve their precision-recall curve
     * @param atThreshold metrics at threshold 0 and at --threshold, in that order
     * @param forPrecision the lowest threshold reaching --target-precision
     */
    record ThresholdResults(PrecisionRecallCurve curve, List<AtThreshold> atThreshold, ForPrecision forPrecision) {
    }

    /**
     * Precision, recall and F1 when {@code score >= threshold} counts as positive.
     *
     * @param threshold the threshold as written on the command line ("0" for 0)
     * @param precision precision
     * @param recall recall
     * @param f1 F1
     */
    record AtThreshold(String threshold, double precision, double recall, double f1) {
    }

    /**
     * @param target the precision aimed at
     * @param threshold the threshold the lab picks
     * @param precision precision there
     * @param recall recall there
     */
    record ForPrecision(double target, double threshold, double precision, double recall) {
    }

    /**
     * Step 5, the chapter's ROC section: {@code roc_curve} and {@code roc_auc_score} of the out-of-fold scores.
     *
     * @param curve the curve (intermediate points dropped, scikit-learn's default)
     * @param auc the area under it
     * @param forPrecision the point of the threshold for the target precision, as the book marks it
     */
    record Roc(RocCurve curve, double auc, RocPoint forPrecision) {
    }

    /**
     * Steps 6 and 7: an SVC's errors among the first 100 training images.
     *
     * @param rows training images it was fitted on
     * @param errors the misclassified images, in index order
     */
    record SvcErrors(int rows, List<Misclassified> errors) {
    }

    /**
     * @param index image index
     * @param label its label
     * @param predicted the predicted label
     * @param scores the decision values, one per class
     */
    record Misclassified(int index, String label, String predicted, double[] scores) {
    }

    /**
     * Steps 8 and 9, multiclass SGD.
     *
     * @param rows training images it was fitted and cross-validated on
     * @param epochs n_iter_ of the fit
     * @param trainErrorsFirst500 misclassified among the first 500 training images
     * @param testErrorsFirst500 number misclassified among the first 500 test images
     * @param cvAccuracy accuracy per fold on raw pixels
     * @param cvAccuracyScaled accuracy per fold after StandardScaler
     * @param confusionMatrixScaled out-of-fold confusion matrix on scaled pixels, rows true class
     * @param classes its class names
     * @param normalizedDiagonal the matrix's diagonal normalized by true class
     * @param largestConfusion its largest off-diagonal normalized cell
     */
    record Multiclass(int rows, int epochs, List<Integer> trainErrorsFirst500, int testErrorsFirst500,
        double[] cvAccuracy, double[] cvAccuracyScaled, long[][] confusionMatrixScaled, String[] classes,
        double[] normalizedDiagonal, Confusion largestConfusion) {
    }

    /**
     * @param trueClass the true class
     * @param predicted the class it is mistaken for
     * @param rate the share of the true class mistaken so
     */
    record Confusion(String trueClass, String predicted, double rate) {
    }
}
