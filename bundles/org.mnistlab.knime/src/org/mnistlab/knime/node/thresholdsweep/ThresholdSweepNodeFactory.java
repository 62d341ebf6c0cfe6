package org.mnistlab.knime.node.thresholdsweep;

import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Threshold Sweep node: the precision-recall curve and a chosen decision threshold. */
public final class ThresholdSweepNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Threshold Sweep (scikit-learn)") //
        .icon("./thresholdsweep.png") //
        .shortDescription("Precision and recall at every decision threshold, and the threshold that reaches a "
            + "target precision or recall.") //
        .fullDescription("""
            <p>Sweeps the decision threshold of a binary classifier over all its scores: for every distinct score,
            the precision and recall of predicting positive the rows scoring at or above it, exactly as
            scikit-learn 1.2's <tt>precision_recall_curve</tt> computes them (including the final point of
            precision 1 and recall 0).</p>
            <p>It then chooses one threshold, as the lab does: a fixed one, the lowest threshold whose precision
            reaches a target (<tt>thresholds[(precisions &gt;= 0.90).argmax()]</tt>), or the highest threshold
            whose recall reaches a target, and reports its precision, recall, F1 and confusion counts. On the lab's
            out-of-fold scores of the "5" detector, 90% precision is reached at threshold 3370.02 with recall
            0.48.</p>
            <p>The charts are the book's: precision (dashed) and recall against the threshold with the chosen
            threshold marked, and precision against recall. Apply the chosen threshold with the Threshold Apply
            node.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Scores", "A table with a true class column and a numeric score column, e.g. the "
                + "out-of-fold predictions of the Cross-Validation node.") //
            .addOutputTable("Precision-recall curve", "A row per distinct score, ascending: <tt>Threshold</tt>, "
                + "<tt>Precision</tt> and <tt>Recall</tt> of predicting positive at or above it; then the final "
                + "point (precision 1, recall 0) with a missing threshold.") //
            .addOutputTable("Chosen threshold", "One row: the chosen <tt>Threshold</tt>, its <tt>Precision</tt>, "
                + "<tt>Recall</tt>, <tt>F1</tt> and the numbers of true positives, false positives, false "
                + "negatives and true negatives.") //
            .addOutputPort("Precision and recall chart", "Precision and recall against the threshold, the chosen "
                + "threshold marked (PNG).", ImagePortObject.TYPE) //
            .addOutputPort("Precision-recall chart", "Precision against recall, the chosen threshold's point "
                + "marked (PNG).", ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(ThresholdSweepParameters.class) //
            .configure(ThresholdSweep::configure) //
            .execute(ThresholdSweep::execute)) //
        .nodeType(NodeType.Other) //
        .keywords("threshold", "precision", "recall", "precision_recall_curve", "PR curve", "decision threshold",
            "trade-off") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.precision_recall_curve.html",
            "scikit-learn 1.2: <tt>precision_recall_curve</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public ThresholdSweepNodeFactory() {
        super(NODE);
    }
}
