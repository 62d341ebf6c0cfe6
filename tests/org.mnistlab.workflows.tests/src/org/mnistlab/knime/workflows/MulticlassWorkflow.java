package org.mnistlab.knime.workflows;

import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;

/**
 * Workflow 5: multiclass SGD on 2,000 digits, its errors, cross-validation with and without scaling, and the error
 * analysis of the confusion matrix (counts, normalized by true class, errors only).
 */
final class MulticlassWorkflow {

    static final String NAME = "MNIST Lab 5 - Multiclass SGD and error analysis";

    static final String SPLIT = "X_train = X[:60000]\nX_test = X[60000:]";

    static final String FIRST_2000 = "X_train[:2000]";

    static final String TRAIN_500 = "X_train[:500]";

    static final String TEST_500 = "X_test[:500]";

    static final String SGD = "SGDClassifier(random_state=42)\non 2,000 digits, 10 classes";

    static final String PREDICT_TRAIN = "predict(X_train[:500])";

    static final String SCORER_TRAIN = "errors among the first\n500 training digits";

    static final String PREDICT_TEST = "predict(X_test[:500])";

    static final String SCORER_TEST = "errors among the first\n500 test digits";

    static final String CV = "cross_val_score, cv=3";

    static final String SCALER = "StandardScaler()\n.fit_transform";

    static final String CV_SCALED = "cross_val_score and\ncross_val_predict, scaled";

    static final String COUNTS = "confusion matrix";

    static final String PERCENT = "normalized by true class";

    static final String ERRORS = "errors only";

    /** The column the SGD Predictor and the Cross-Validation append for the label column. */
    static final String PREDICTION = "Prediction (label)";

    private MulticlassWorkflow() {
    }

    static WorkflowDefinition definition() {
        final WorkflowDefinition w = LabWorkflows.workflow(NAME, """
            Steps 8 and 9 of the MNIST lab (Hands-On Machine Learning, chapter 3): SGDClassifier on all ten \
            digits (one-vs-all), trained on the first 2,000 training digits; its errors among the first 500 \
            training and test digits; 3-fold cross-validation on the raw and on the standardized pixels; and the \
            error analysis of the cross-validated predictions: the confusion matrix as counts, normalized by true \
            class and with errors only.""");
        w.annotation(40, 20, 1180, 150, LabWorkflows.BLUE, """
            <p><strong>Step 8: multiclass SGD.</strong> <em>SGDClassifier</em> learns ten classes one-vs-all: one \
            binary classifier per digit against all others, and the digit with the highest score wins (the \
            <strong>SGD Learner</strong> with "Multiclass: one-vs-all"). Trained on the first 2,000 training \
            digits, it misclassifies images 109, 132, 262, 328 and 420 of the first 500 training digits and 91 of \
            the first 500 test digits (the off-diagonal cells of the <strong>Classification Scorer</strong>s). Cross-validated on \
            the 2,000 digits its accuracy is 84.9%, 80.8% and 84.1%; scaling the pixels first \
            (<em>StandardScaler</em>, the <strong>Standard Scaler Learner</strong>) raises it to 85.9%, 81.9% and \
            85.4%.</p>""");
        w.annotation(40, 800, 1180, 130, LabWorkflows.YELLOW, """
            <p><strong>Step 9: error analysis.</strong> The confusion matrix of the scaled classifier's \
            out-of-fold predictions (<em>cross_val_predict</em>), three ways: the counts; each row divided by its \
            total (normalized by true class: the diagonal is each digit's recall, and only 72% of the fives are \
            recognized); and the errors only, each row divided by its errors, which shows which wrong answers \
            dominate. The largest confusion: 7% of the nines are taken for sevens. Open a Classification Scorer's view and click \
            a cell to look at those digits.</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), LabWorkflows.READER, 60, 440);
        final var split = w.node(new OrderedSplitNodeFactory(), SPLIT, 240, 440);
        final var train500 = w.node(new OrderedSplitNodeFactory(), TRAIN_500, 440, 200).set("trainRows", 500);
        final var test500 = w.node(new OrderedSplitNodeFactory(), TEST_500, 440, 320).set("trainRows", 500);
        final var first2000 = w.node(new OrderedSplitNodeFactory(), FIRST_2000, 440, 440).set("trainRows", 2000);
        final var sgd = w.node(new SGDLearnerNodeFactory(), SGD, 640, 320).set("classes", "MULTICLASS");
        final var predictTrain = w.node(new SGDPredictorNodeFactory(), PREDICT_TRAIN, 860, 200);
        final var scorerTrain = w.node(new ScorerNodeFactory(), SCORER_TRAIN, 1080, 200);
        final var predictTest = w.node(new SGDPredictorNodeFactory(), PREDICT_TEST, 860, 320);
        final var scorerTest = w.node(new ScorerNodeFactory(), SCORER_TEST, 1080, 320);
        final var cv = w.node(new CrossValidationNodeFactory(), CV, 640, 440).set("target", "MULTICLASS");
        final var scaler = w.node(new StandardScalerLearnerNodeFactory(), SCALER, 640, 560);
        final var cvScaled =
            w.node(new CrossValidationNodeFactory(), CV_SCALED, 860, 560).set("target", "MULTICLASS");
        final var counts = w.node(new ScorerNodeFactory(), COUNTS, 1080, 440);
        final var percent = w.node(new ScorerNodeFactory(), PERCENT, 1080, 560).set("chart", "PERCENT_BY_TRUE");
        final var errors = w.node(new ScorerNodeFactory(), ERRORS, 1080, 680).set("chart", "ERRORS_ONLY");
        // the predictions' columns are known once the models know their classes, so a new Classification Scorer
        // cannot propose them
        for (final var scorer : new WorkflowDefinition.Node[]{scorerTrain, scorerTest, counts, percent, errors}) {
            scorer.set("truthColumn", "label").set("predictionColumn", PREDICTION);
        }
        w.connect(reader, 0, split, 0);
        w.connect(split, 0, train500, 0);
        w.connect(split, 1, test500, 0);
        w.connect(split, 0, first2000, 0);
        w.connect(first2000, 0, sgd, 0);
        w.connect(sgd, 0, predictTrain, 0);
        w.connect(train500, 0, predictTrain, 1);
        w.connect(predictTrain, 0, scorerTrain, 0);
        w.connect(sgd, 0, predictTest, 0);
        w.connect(test500, 0, predictTest, 1);
        w.connect(predictTest, 0, scorerTest, 0);
        w.connect(first2000, 0, cv, 0);
        w.connect(first2000, 0, scaler, 0);
        w.connect(scaler, 1, cvScaled, 0);
        w.connect(cvScaled, 1, counts, 0);
        w.connect(cvScaled, 1, percent, 0);
        w.connect(cvScaled, 1, errors, 0);
        return w;
    }
}
