package org.mnistlab.knime.node.thresholdapply;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Threshold Apply node: predictions from decision scores and a threshold. */
public final class ThresholdApplyNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Threshold Apply (scikit-learn)") //
        .icon("./thresholdapply.png") //
        .shortDescription("Predicts the positive class where a score exceeds a threshold.") //
        .fullDescription("""
            <p>Appends a prediction to every row: positive when its score is above the threshold, negative
            otherwise. With threshold 0 and "above" this is exactly what a binary classifier's <tt>predict</tt>
            does with its decision scores; other thresholds trade precision for recall, as the lab's
            <tt>y_scores &gt; 3000</tt> or <tt>y_scores &gt;= threshold_for_90_precision</tt>.</p>
            <p>Choose the threshold with the Threshold Sweep node, and score the predictions with the Classification
            Scorer.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Scores", "A table with a numeric score column, e.g. the decision scores of the "
                + "Cross-Validation node.") //
            .addOutputTable("Predictions", "The input rows with the prediction appended (boolean or text).")) //
        .model(m -> m //
            .parametersClass(ThresholdApplyParameters.class) //
            .configure(ThresholdApply::configure) //
            .execute(ThresholdApply::execute)) //
        .nodeType(NodeType.Predictor) //
        .keywords("threshold", "decision threshold", "predict", "binarize", "cutoff");

    /** Instantiated by KNIME through plugin.xml. */
    public ThresholdApplyNodeFactory() {
        super(NODE);
    }
}
