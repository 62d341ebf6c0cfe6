package org.mnistlab.knime.node.svmpredictor;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.predict.Predictor;
import org.mnistlab.knime.predict.PredictorParameters;

/** The SVC Predictor node: predictions and decision scores of an SVC Learner's model. */
public final class SVMPredictorNodeFactory extends DefaultNodeFactory {

    static final Predictor PREDICTOR =
        new Predictor("SVC Predictor (scikit-learn)", "SVC Learner (scikit-learn)", ModelTypes.SVC,
            ModelTypes.ONE_VS_REST_SVC);

    static final DefaultNode NODE = DefaultNode.create() //
        .name("SVC Predictor (scikit-learn)") //
        .icon("./svmpredictor.png") //
        .shortDescription("Appends the predicted class and decision scores of an SVM model to a table.") //
        .fullDescription("""
            <p>Applies a model of the SVC Learner (an <tt>SVC</tt> or a <tt>OneVsRestClassifier(SVC())</tt>) to
            every row of a table and appends the predicted class (scikit-learn's <tt>predict</tt>) and, optionally,
            the decision scores (<tt>decision_function</tt>).</p>
            <p>Scores of an <tt>SVC</tt> with more than two classes depend on its decision function shape:
            one-vs-rest (the default) gives one column per class, the class's one-vs-one votes plus a confidence
            below 1/3, so the highest score is the predicted class (image 80 of the lab, a 9, scores 9.27 for class
            0); one-vs-one gives libsvm's raw value for each class pair, <tt>Score (a vs b)</tt>, positive for
            <tt>a</tt>. A one-vs-rest model gives one column per class, each binary SVC's score. Models of two
            classes give one column, the score of the second class.</p>
            <p>The table must have the model's feature columns (by name, in any order), numeric and without missing
            values.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputPort("SVM model", "A model of the SVC Learner.", MnistLabModelPortObject.TYPE) //
            .addInputTable("Data", "The rows to classify, with the model's feature columns.") //
            .addOutputTable("Predictions", "The input table with the prediction column and, if chosen, the score "
                + "columns appended.")) //
        .model(m -> m //
            .parametersClass(PredictorParameters.class) //
            .configure(PREDICTOR::configure) //
            .execute(PREDICTOR::execute)) //
        .nodeType(NodeType.Predictor) //
        .keywords("SVM", "SVC", "support vector machine", "predict", "decision_function", "one-vs-one",
            "one-vs-rest", "classifier") //
        .addExternalResource("https://scikit-learn.org/1.2/modules/generated/sklearn.svm.SVC.html",
            "scikit-learn 1.2: <tt>SVC</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public SVMPredictorNodeFactory() {
        super(NODE);
    }
}
