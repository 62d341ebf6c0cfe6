package org.mnistlab.knime.node.crossvalidation;

import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Cross-Validation node: k-fold accuracy, out-of-fold predictions and decision scores in one pass. */
public final class CrossValidationNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Cross-Validation (scikit-learn)") //
        .icon("./crossvalidation.png") //
        .shortDescription("Cross-validates an SGD or SVM classifier: accuracy per fold and out-of-fold predictions "
            + "and decision scores.") //
        .fullDescription("""
            <p>Splits the rows into k folds and, for every fold, fits a fresh classifier on all other folds and
            tests it on this one, exactly as scikit-learn 1.2 does. One pass gives what the lab obtains from three
            calls: <tt>cross_val_score</tt> (the accuracy of each fold),
            <tt>cross_val_predict</tt> (every row's prediction by the model that did not see it) and
            <tt>cross_val_predict(method="decision_function")</tt> (its decision scores).</p>
            <p>With the defaults the node reproduces the lab's binary "is it a 5" detector:
            <tt>cross_val_score(SGDClassifier(random_state=42), X_train, y_train_5, cv=3)</tt> on the first 60,000
            MNIST digits gives fold accuracies 0.95035, 0.96035 and 0.9604. The out-of-fold output feeds the
            Classification Scorer (confusion matrix, precision, recall) and the Threshold Sweep (precision-recall
            curve).</p>
            <p>The learner is scikit-learn's <tt>SGDClassifier</tt> or <tt>SVC</tt> (optionally inside
            <tt>OneVsRestClassifier</tt>), with scikit-learn's parameters and defaults; optionally each fold
            standardizes its features first. Folds are fitted in parallel; the results never depend on the number
            of threads.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Data", "The rows to cross-validate: a label column and numeric feature columns, e.g. "
                + "the training set of the MNIST digits.") //
            .addOutputTable("Fold scores", "One row per fold: <tt>Fold</tt> (1 to k), <tt>Accuracy</tt> of the "
                + "fold's model on its test rows, the numbers of training and test rows, and the seconds the fit "
                + "took.") //
            .addOutputTable("Out-of-fold predictions", "The input rows, each with its prediction and decision "
                + "score(s) from the model of the fold that tested it, and that <tt>Fold</tt>. For a binary target "
                + "the target itself is appended as a boolean column <tt>label = positive value</tt>, then the "
                + "boolean prediction <tt>Prediction (label = positive value)</tt> and the positive class's score "
                + "<tt>Score (True)</tt>; these names stay the same for every positive value, so the nodes below "
                + "keep their columns when it changes, and the value itself is in the columns' properties. For all "
                + "classes the predicted label <tt>Prediction (label)</tt> (of the label column's type) and a score "
                + "<tt>Score (</tt><i>class</i><tt>)</tt> per class (one for two classes), which are known only "
                + "after execution, since the classes come from the data.") //
            .addOutputPort("Accuracy chart", "The accuracy of each fold as a bar chart (PNG).",
                ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(CrossValidationParameters.class) //
            .configure(CrossValidationNode::configure) //
            .execute(CrossValidationNode::execute)) //
        .nodeType(NodeType.Learner) //
        .keywords("cross-validation", "cross_val_score", "cross_val_predict", "k-fold", "StratifiedKFold", "KFold",
            "SGD", "SVM", "out-of-fold", "accuracy") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.model_selection.cross_val_predict.html",
            "scikit-learn 1.2: <tt>cross_val_predict</tt>") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.model_selection.StratifiedKFold.html",
            "scikit-learn 1.2: <tt>StratifiedKFold</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public CrossValidationNodeFactory() {
        super(NODE);
    }
}
