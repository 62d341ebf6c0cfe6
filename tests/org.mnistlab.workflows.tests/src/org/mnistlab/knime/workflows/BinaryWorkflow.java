package org.mnistlab.knime.workflows;

import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;

/**
 * Workflow 2: the "is it a 5" detector, an SGD classifier, and how to measure it (cross-validated accuracy, the
 * confusion matrix, precision, recall and F1).
 */
final class BinaryWorkflow {

    static final String NAME = "MNIST Lab 2 - Binary classifier";

    static final String SPLIT = "X_train = X[:60000]\nX_test = X[60000:]";

    static final String SGD = "sgd_clf.fit(X_train, y_train_5)";

    static final String FIRST_3 = "X[:3]";

    static final String PREDICT = "sgd_clf.predict(X[:3])";

    static final String CV = "cross_val_score and\ncross_val_predict, cv=3";

    static final String SCORER = "confusion_matrix, precision,\nrecall and F1";

    /** The prediction the SGD Predictor appends for the binary target. */
    static final String PREDICTION = "Prediction (label)";

    private BinaryWorkflow() {
    }

    static WorkflowDefinition definition() {
        final WorkflowDefinition w = LabWorkflows.workflow(NAME, """
            Steps 2 to 4 of the MNIST lab (Hands-On Machine Learning, chapter 3): split MNIST into the first \
            60,000 digits for training and the last 10,000 for testing, train SGDClassifier(random_state=42) to \
            tell fives from other digits, and measure it with 3-fold cross-validation: accuracy per fold, the \
            confusion matrix of the out-of-fold predictions, precision, recall and F1.""");
        w.annotation(40, 20, 1040, 210, LabWorkflows.BLUE, """
            <p><strong>Steps 2 and 3: a binary classifier.</strong> MNIST is already split: the first 60,000 \
            images are the training set, the last 10,000 the test set (the <strong>Train-Test Split</strong>'s \
            default). The lab starts with a "5-detector" that tells two classes apart, fives and non-fives: \
            <em>y_train_5 = (y_train == '5')</em>.</p>\
            <p>The <strong>SGD Learner</strong> with its default settings is <em>SGDClassifier(random_state=42)</em> \
            trained on that binary target (label = 5): a linear model fitted by stochastic gradient descent, which \
            handles large data sets efficiently. It stops after 239 epochs. The <strong>SGD Predictor</strong> \
            classifies the first three images: the first one, <em>some_digit</em>, is indeed detected as a 5 \
            (True), the next two (a 0 and a 4) are not (False, False).</p>\
            <p>The SGD Learner's third output is the training log that <em>SGDClassifier(random_state=42, \
            verbose=2)</em> prints, one row per epoch: from epoch 1 (Norm: 8147.16, NNZs: 624, Bias: 12.352211, \
            T: 60000, Avg. loss: 96002.101183) to epoch 239 (Avg. loss: 77.870948), then "Convergence after 239 \
            epochs": for 5 epochs in a row the average loss had not improved on the best one by more than \
            tol=0.001. The fourth output plots the average loss per epoch.</p>""");
        w.annotation(40, 610, 1040, 175, LabWorkflows.YELLOW, """
            <p><strong>Step 4: performance measures.</strong> <em>cross_val_score(sgd_clf, X_train, y_train_5, \
            cv=3, scoring="accuracy")</em> trains the classifier three times, each time on two thirds of the \
            training set, and measures the accuracy on the remaining third: above 95% in every fold (first output \
            of the <strong>Cross-Validation</strong> node, and its chart). That sounds great, but only about 10% of \
            the images are fives: a classifier that always says "not 5" is right 90% of the time.</p>\
            <p>Better: the confusion matrix of the out-of-fold predictions (<em>cross_val_predict</em>, the \
            Cross-Validation's second output) in the <strong>Classification Scorer</strong>: 53,892 non-fives and \
            3,530 fives are right, 687 non-fives are taken for fives and 1,891 fives are missed. Precision 3,530 / \
            (3,530 + 687) = 83.7%, recall 3,530 / (3,530 + 1,891) = 65.1%, F1 73.3% (the row "binary (positive: \
            true)"). Open the Classification Scorer's view and click a cell to see those digits.</p>""");
        w.annotation(1100, 20, 320, 420, LabWorkflows.GREEN, """
            <p><strong>And the 3s? Change the digit in one place.</strong> Open the <strong>SGD Learner</strong> \
            and set <em>Positive value</em> to another digit, and if you like <em>Random seed</em> \
            (<em>random_state</em>) to another seed. Nothing else needs a change: the SGD Learner passes both on \
            as the flow variables <em>positive_class</em> and <em>random_state</em> (the red line to the \
            <strong>Cross-Validation</strong>, whose dialog shows these two settings as controlled by them, just \
            as the lab hands <em>sgd_clf</em> to <em>cross_val_score</em>), and the columns the Classification Scorer reads keep \
            their names for every digit: <em>label = positive value</em> (the binary target, \
            <em>y_train_5</em>), <em>Prediction (label = positive value)</em> and <em>Score (True)</em>. The \
            digit itself is in the columns' properties and in the title of the Classification Scorer's view.</p>\
            <p>Execute all: the epochs, the accuracies, the confusion matrix, precision, recall and F1 are \
            scikit-learn's for that digit and seed (the numbers in the annotations are the lab's, for 5 and \
            42).</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), LabWorkflows.READER, 60, 330);
        final var split = w.node(new OrderedSplitNodeFactory(), SPLIT, 240, 330);
        final var sgd = w.node(new SGDLearnerNodeFactory(), SGD, 460, 250);
        final var first3 = w.node(new OrderedSplitNodeFactory(), FIRST_3, 460, 380).set("trainRows", 3);
        final var predict = w.node(new SGDPredictorNodeFactory(), PREDICT, 680, 300);
        final var cv = w.node(new CrossValidationNodeFactory(), CV, 460, 470);
        final var scorer = w.node(new ScorerNodeFactory(), SCORER, 680, 470).set("positiveClass", "true");
        LabWorkflows.shareDigitAndSeed(w, sgd, cv);
        w.connect(reader, 0, split, 0);
        w.connect(split, 0, sgd, 0);
        w.connect(split, 0, first3, 0);
        w.connect(sgd, 0, predict, 0);
        w.connect(first3, 0, predict, 1);
        w.connect(split, 0, cv, 0);
        w.connect(cv, 1, scorer, 0);
        return w;
    }
}
