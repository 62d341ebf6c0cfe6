package org.mnistlab.knime.workflows;

import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerNodeFactory;
import org.mnistlab.knime.node.svmpredictor.SVMPredictorNodeFactory;

/** Workflow 4: multiclass classification with support vector machines, one-vs-one and one-vs-rest. */
final class SvmWorkflow {

    static final String NAME = "MNIST Lab 4 - Support vector machines";

    static final String SPLIT = "X_train = X[:60000]\nX_test = X[60000:]";

    static final String FIRST_2000 = "X_train[:2000]";

    static final String FIRST_100 = "X_train[:100]";

    static final String SVC = "svm_clf = SVC()\nfit on 2,000 digits";

    static final String SVC_PREDICT = "svm_clf.predict and\ndecision_function";

    static final String SVC_GRID = "The first 100 digits\nwith the SVC's prediction";

    static final String SVC_GRID_TITLE = "SVC predictions of the first 100 training digits";

    static final String OVR = "OneVsRestClassifier(SVC())\nfit on 2,000 digits";

    static final String OVR_PREDICT = "ovr_clf.predict and\ndecision_function";

    static final String SVC_SCORER = "the SVC's errors\namong the first 100";

    static final String OVR_SCORER = "one-vs-rest's errors\namong the first 100";

    /** The predictors' column names, as the lab's variable. */
    static final String PREDICTION = "Prediction (label)";

    private SvmWorkflow() {
    }

    static WorkflowDefinition definition() {
        final WorkflowDefinition w = LabWorkflows.workflow(NAME, """
            Steps 6 and 7 of the MNIST lab (Hands-On Machine Learning, chapter 3): an SVC, which \
            scikit-learn trains one-vs-one (45 binary classifiers for 10 digits), and OneVsRestClassifier(SVC()) \
            (10 binary classifiers), both on the first 2,000 training digits; their predictions and the 10 \
            decision scores per digit for the first 100 training digits.""");
        w.annotation(40, 20, 1000, 170, LabWorkflows.BLUE, """
            <p><strong>Step 6: multiclass classification with SVMs.</strong> Some classifiers handle several \
            classes natively; binary ones like the support vector machine are combined. scikit-learn's \
            <em>SVC</em> trains one binary classifier for every pair of digits (one-vs-one: 45 of them) and, by \
            default, turns their votes into one decision score per class. The lab trains it on the first 2,000 \
            training digits only, because SVMs scale badly with the number of rows.</p>\
            <p>The <strong>SVC Learner</strong> with its default settings is <em>SVC()</em>: RBF kernel, C = 1, \
            gamma = "scale". The <strong>SVC Predictor</strong> appends the prediction and the 10 scores (one per \
            digit) for the first 100 training digits. Three of them are wrong: images 48 (a 9 predicted as 5), 70 \
            (a 1 predicted as 2) and 80 (a 9 scored highest as 0, with 9.27). The <strong>Classification Scorer</strong>'s view \
            lists them: click an off-diagonal cell.</p>""");
        w.annotation(40, 560, 1000, 110, LabWorkflows.YELLOW, """
            <p><strong>Step 7: one-vs-rest.</strong> To force the other strategy, the lab wraps the SVC in \
            <em>OneVsRestClassifier</em>: one binary SVC per digit, that digit against all others, and the \
            highest score wins. Choose "One-vs-rest" in the SVC Learner's dialog for this. It gets images 48 and \
            80 wrong among the first 100; its scores are each binary SVC's decision value.</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), LabWorkflows.READER, 60, 300);
        final var split = w.node(new OrderedSplitNodeFactory(), SPLIT, 240, 300);
        final var first2000 = w.node(new OrderedSplitNodeFactory(), FIRST_2000, 420, 240).set("trainRows", 2000);
        final var first100 = w.node(new OrderedSplitNodeFactory(), FIRST_100, 420, 400).set("trainRows", 100);
        final var svc = w.node(new SVMLearnerNodeFactory(), SVC, 600, 240);
        final var svcPredict = w.node(new SVMPredictorNodeFactory(), SVC_PREDICT, 800, 300);
        final var grid = w.node(new DigitGridNodeFactory(), SVC_GRID, 980, 320) //
            .set("captions", true) //
            .set("captionColumn", PREDICTION) //
            .set("title", SVC_GRID_TITLE);
        final var ovr = w.node(new SVMLearnerNodeFactory(), OVR, 600, 460).set("strategy", "ONE_VS_REST");
        final var ovrPredict = w.node(new SVMPredictorNodeFactory(), OVR_PREDICT, 800, 460);
        final var svcScorer = w.node(new ScorerNodeFactory(), SVC_SCORER, 980, 180);
        final var ovrScorer = w.node(new ScorerNodeFactory(), OVR_SCORER, 980, 460);
        // the predictions' columns are known once the models know their classes, so a new Classification Scorer
        // cannot propose them
        for (final var scorer : new WorkflowDefinition.Node[]{svcScorer, ovrScorer}) {
            scorer.set("truthColumn", "label").set("predictionColumn", PREDICTION);
        }
        w.connect(reader, 0, split, 0);
        w.connect(split, 0, first2000, 0);
        w.connect(split, 0, first100, 0);
        w.connect(first2000, 0, svc, 0);
        w.connect(svc, 0, svcPredict, 0);
        w.connect(first100, 0, svcPredict, 1);
        w.connect(svcPredict, 0, grid, 0);
        w.connect(svcPredict, 0, svcScorer, 0);
        w.connect(first2000, 0, ovr, 0);
        w.connect(ovr, 0, ovrPredict, 0);
        w.connect(first100, 0, ovrPredict, 1);
        w.connect(ovrPredict, 0, ovrScorer, 0);
        return w;
    }
}
