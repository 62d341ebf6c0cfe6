package org.mnistlab.knime.workflows;

import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.roccurve.RocCurveNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyNodeFactory;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepNodeFactory;

/**
 * Workflow 3: the precision/recall trade-off of the 5-detector: decision scores, the precision-recall curve against
 * the threshold, metrics at thresholds 0 and 3000, the threshold that reaches 90% precision, and the ROC curve with its
 * area and that threshold marked.
 */
final class ThresholdsWorkflow {

    static final String NAME = "MNIST Lab 3 - Precision and recall thresholds";

    static final String SPLIT = "X_train = X[:60000]\nX_test = X[60000:]";

    static final String SGD = "sgd_clf.fit(X_train, y_train_5)";

    static final String FIRST_12 = "X[:12]";

    static final String SCORES = "sgd_clf.decision_function(X[:12])";

    static final String CV = "y_scores = cross_val_predict(...,\nmethod=\"decision_function\")";

    static final String SWEEP = "precision_recall_curve;\nthreshold for 90% precision";

    static final String AT_0 = "y_scores > 0";

    static final String SCORER_0 = "precision and recall\nat threshold 0";

    static final String AT_3000 = "y_scores > 3000";

    static final String SCORER_3000 = "precision and recall\nat threshold 3000";

    static final String ROC = "roc_curve, roc_auc_score;\n90% precision marked";

    /** The Cross-Validation's and the SGD Predictor's score column of the positive class. */
    static final String SCORE = "Score (True)";

    private ThresholdsWorkflow() {
    }

    static WorkflowDefinition definition() {
        final WorkflowDefinition w = LabWorkflows.workflow(NAME, """
            Step 5 of the MNIST lab (Hands-On Machine Learning, chapter 3): the precision/recall trade-off of the \
            5-detector. Decision scores instead of predictions, precision and recall for every threshold \
            (precision_recall_curve) on the cross-validated scores, the metrics at thresholds 0 and 3000, the \
            lowest threshold that gives 90% precision, and the ROC curve with its area (ROC AUC).""");
        w.annotation(40, 20, 1080, 190, LabWorkflows.BLUE, """
            <p><strong>Step 5: the precision/recall trade-off.</strong> The SGD classifier computes a decision \
            score for each image and predicts "5" when the score is above a threshold, 0 by default. The \
            <strong>SGD Predictor</strong> appends the scores (<em>decision_function</em>) of the first 12 images: \
            the first, a 5, scores 2164; the twelfth, also a 5, 4743; all others are negative. Raising the \
            threshold trades recall for precision: at 3000 the first image is no longer detected.</p>\
            <p>To choose a threshold, the lab needs the scores of all training images, each from a model that did \
            not see it: <em>cross_val_predict(sgd_clf, X_train, y_train_5, cv=3, method="decision_function")</em>, \
            the <strong>Cross-Validation</strong> node's out-of-fold table (column "Score (True)"). The \
            <strong>Threshold Sweep</strong> computes <em>precision_recall_curve</em> from them: precision and \
            recall for each of the 60,000 distinct scores, plotted against the threshold and against each \
            other.</p>""");
        w.annotation(40, 790, 1080, 130, LabWorkflows.YELLOW, """
            <p><strong>Choosing a threshold.</strong> With the default threshold 0 (<strong>Threshold \
            Apply</strong> "score &gt; 0", as <em>predict</em> does) the <strong>Classification Scorer</strong> gives the \
            cross-validated precision 83.7% and recall 65.1%; at 3000 precision rises to 89.1% and recall falls \
            to 49.7%. For a classifier with 90% precision the lab takes the lowest threshold whose precision \
            reaches 90%: <em>thresholds[(precisions &gt;= 0.90).argmax()]</em>, about 3370, with recall 48.0% \
            (the Threshold Sweep's second output, marked in both charts). As the book puts it: if someone wants \
            99% precision, ask "at what recall?"</p>""");
        w.annotation(1140, 20, 320, 460, LabWorkflows.GREEN, """
            <p><strong>And the 3s? Change the digit in one place.</strong> Open the <strong>SGD Learner</strong> \
            and set <em>Positive value</em> to another digit, and if you like <em>Random seed</em> \
            (<em>random_state</em>) to another seed. Nothing else needs a change: the SGD Learner passes both on \
            as the flow variables <em>positive_class</em> and <em>random_state</em> (the red line to the \
            <strong>Cross-Validation</strong>, whose dialog shows these two settings as controlled by them), and \
            the nodes below read columns whose names stay the same for every digit: the \
            <strong>Threshold Sweep</strong> and both <strong>Classification Scorer</strong>s count the binary target \
            <em>label = positive value</em> (<em>y_train_5</em>) as the truth, and the <strong>Threshold \
            Apply</strong>s cut <em>Score (True)</em>.</p>\
            <p>Execute all: the scores, the curve, the metrics at 0 and 3000 and the threshold for 90% precision \
            are scikit-learn's for that digit and seed (the numbers in the annotations are the lab's, for 5 and \
            42). Should the Threshold Sweep be set to count another digit than the scores were trained for, it \
            says so in a warning.</p>""");
        w.annotation(40, 940, 1080, 175, LabWorkflows.BLUE, """
            <p><strong>The ROC curve.</strong> The <strong>ROC Curve</strong> node plots, for the same out-of-fold \
            scores, the true positive rate (recall) against the false positive rate (the share of non-fives taken \
            for fives) at every threshold: <em>fpr, tpr, thresholds = roc_curve(y_train_5, y_scores)</em>. Again a \
            trade-off: the higher the recall, the more false positives. The dotted diagonal is a purely random \
            classifier; a good classifier stays far from it, towards the top-left corner. The dot is the threshold \
            for 90% precision (the Threshold Sweep's second output, connected to the ROC Curve's second input): \
            recall 48.0% at a false positive rate of 0.5%. The area under the curve compares classifiers, 1 for a \
            perfect one and 0.5 for a random one: <em>roc_auc_score(y_train_5, y_scores)</em> = 0.9605.</p>\
            <p>The ROC curve looks this good mostly because fives are rare (about 10% of the images). Prefer the \
            precision-recall curve when the positive class is rare or when false positives matter more than false \
            negatives: it shows that the classifier still has room for improvement.</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), LabWorkflows.READER, 60, 420);
        final var split = w.node(new OrderedSplitNodeFactory(), SPLIT, 240, 420);
        final var sgd = w.node(new SGDLearnerNodeFactory(), SGD, 460, 260);
        final var first12 = w.node(new OrderedSplitNodeFactory(), FIRST_12, 460, 380).set("trainRows", 12);
        final var scores = w.node(new SGDPredictorNodeFactory(), SCORES, 700, 300);
        final var cv = w.node(new CrossValidationNodeFactory(), CV, 460, 540);
        final var sweep = w.node(new ThresholdSweepNodeFactory(), SWEEP, 700, 420);
        final var at0 = w.node(new ThresholdApplyNodeFactory(), AT_0, 700, 540);
        final var scorer0 = w.node(new ScorerNodeFactory(), SCORER_0, 940, 540);
        final var at3000 = w.node(new ThresholdApplyNodeFactory(), AT_3000, 700, 660).set("threshold", 3000);
        final var scorer3000 = w.node(new ScorerNodeFactory(), SCORER_3000, 940, 660);
        final var roc = w.node(new RocCurveNodeFactory(), ROC, 940, 420);
        // a new Scorer after a Threshold Apply proposes its prediction and the binary target it predicts
        for (final var scorer : new WorkflowDefinition.Node[]{scorer0, scorer3000}) {
            scorer.set("positiveClass", "true");
        }
        LabWorkflows.shareDigitAndSeed(w, sgd, cv);
        w.connect(reader, 0, split, 0);
        w.connect(split, 0, sgd, 0);
        w.connect(split, 0, first12, 0);
        w.connect(sgd, 0, scores, 0);
        w.connect(first12, 0, scores, 1);
        w.connect(split, 0, cv, 0);
        w.connect(cv, 1, sweep, 0);
        w.connect(cv, 1, at0, 0);
        w.connect(at0, 0, scorer0, 0);
        w.connect(cv, 1, at3000, 0);
        w.connect(at3000, 0, scorer3000, 0);
        w.connect(cv, 1, roc, 0);
        w.connect(sweep, 1, roc, 1);
        return w;
    }
}
