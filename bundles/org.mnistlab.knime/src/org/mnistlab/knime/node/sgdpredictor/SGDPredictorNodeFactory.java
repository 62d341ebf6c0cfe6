package org.mnistlab.knime.node.sgdpredictor;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.predict.Predictor;
import org.mnistlab.knime.predict.PredictorParameters;

/** The SGD Predictor node: predictions and decision scores of an SGD Learner's model. */
public final class SGDPredictorNodeFactory extends DefaultNodeFactory {

    static final Predictor PREDICTOR =
        new Predictor("SGD Predictor (scikit-learn)", "SGD Learner (scikit-learn)", ModelTypes.SGD);

    static final DefaultNode NODE = DefaultNode.create() //
        .name("SGD Predictor (scikit-learn)") //
        .icon("./sgdpredictor.png") //
        .shortDescription("Appends the predicted class and decision scores of an SGD model to a table.") //
        .fullDescription("""
            <p>Applies a model of the SGD Learner to every row of a table and appends the predicted class (as
            scikit-learn's <tt>predict</tt>) and, optionally, the decision scores (<tt>decision_function</tt>): the
            signed distance to the decision boundary, <tt>w &#183; x + b</tt>. A binary model appends one score,
            that of its positive class (<tt>True</tt>), and predicts <tt>True</tt> where it is positive; a
            multiclass model appends one score per class and predicts the class with the highest.</p>
            <p>The table must have the model's feature columns (by name, in any order), numeric and without missing
            values. The lab's decision scores of the first 12 training images are those of scikit-learn.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputPort("SGD model", "A model of the SGD Learner.", MnistLabModelPortObject.TYPE) //
            .addInputTable("Data", "The rows to classify, with the model's feature columns.") //
            .addOutputTable("Predictions", "The input table with the prediction column and, if chosen, the score "
                + "columns appended.")) //
        .model(m -> m //
            .parametersClass(PredictorParameters.class) //
            .configure(PREDICTOR::configure) //
            .execute(PREDICTOR::execute)) //
        .nodeType(NodeType.Predictor) //
        .keywords("SGD", "SGDClassifier", "predict", "decision_function", "decision score", "classifier") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.SGDClassifier.html",
            "scikit-learn 1.2: <tt>SGDClassifier</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public SGDPredictorNodeFactory() {
        super(NODE);
    }
}
