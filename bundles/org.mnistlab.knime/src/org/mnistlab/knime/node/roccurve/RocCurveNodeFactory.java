package org.mnistlab.knime.node.roccurve;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The ROC Curve node: scikit-learn's {@code roc_curve} and {@code roc_auc_score} of a binary classifier's scores. */
public final class RocCurveNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("ROC Curve (scikit-learn)") //
        .icon("./roccurve.png") //
        .shortDescription("The ROC curve of a binary classifier's scores and the area under it (ROC AUC), exactly as "
            + "scikit-learn computes them.") //
        .fullDescription("""
            <p>The receiver operating characteristic (ROC) curve plots the true positive rate (recall) against the
            false positive rate (fall-out: the share of negative rows predicted positive) for every decision
            threshold, exactly as scikit-learn 1.2's <tt>roc_curve</tt> computes it: thresholds decreasing, the first
            point predicting nothing positive at threshold <tt>max(score) + 1</tt>, and with
            <tt>drop_intermediate</tt> (scikit-learn's default) without the points in the middle of straight
            stretches. The area under the curve is <tt>roc_auc_score</tt>: 1 for a perfect classifier, 0.5 for a
            random one, whose curve is the dotted diagonal.</p>
            <p>On the lab's out-of-fold decision scores of the "5" detector (the Cross-Validation node's second
            output) the curve has 3,908 points and the ROC AUC is 0.9605 (0.9604938554008616). The chart marks a
            threshold's point as the book marks the threshold for 90% precision: connect the Threshold Sweep's chosen
            threshold to the second input. As the book notes, the ROC curve looks good mostly because fives are rare;
            when the positive class is rare, the precision-recall curve of the Threshold Sweep shows better how much
            room for improvement there is.</p>
            <p>The curve is binary: rows whose true class equals the positive value against all others. Connected to
            the Cross-Validation's out-of-fold table, a new node takes its decision scores and the binary target they
            are of (<tt>label = positive value</tt>, positive value <tt>true</tt>), so the digit is chosen upstream
            once; as the Threshold Sweep, it follows a renamed column with a warning and warns when it counts another
            positive class than the scores were computed for. For a multiclass model, choose one class's score
            column and that class as the positive value to get its one-vs-rest curve. If the true classes hold only
            one class, the rates are undefined: scikit-learn warns and <tt>roc_auc_score</tt> fails, and so does the
            node, with both messages.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Scores", "A table with a true class column and a numeric score column, e.g. the "
                + "out-of-fold predictions of the Cross-Validation node.") //
            .addInputPort("Chosen threshold", "Optional: the threshold to mark, in the first row's <tt>Threshold</tt> "
                + "column (else its first numeric column), e.g. the Threshold Sweep's chosen threshold.",
                BufferedDataTable.TYPE_OPTIONAL) //
            .addOutputTable("ROC curve", "A row per threshold, decreasing, as <tt>roc_curve</tt> returns them: "
                + "<tt>Threshold</tt>, <tt>False positive rate</tt> and <tt>True positive rate</tt> of predicting "
                + "positive the rows scoring at or above it.") //
            .addOutputTable("ROC AUC", "One row: the <tt>ROC AUC</tt> (<tt>roc_auc_score</tt>), the number of "
                + "<tt>Points</tt> of the curve, the numbers of <tt>Positives</tt> and <tt>Negatives</tt>, and the "
                + "<tt>Marked threshold</tt> with the point the chart marks for it (the first point whose threshold "
                + "is at or below it, as the book finds it): its threshold and rates; missing if none is marked.") //
            .addOutputPort("ROC curve chart", "The ROC curve with its AUC, the random classifier's diagonal and the "
                + "marked threshold's point (PNG).", ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(RocCurveParameters.class) //
            .configure(RocCurveNode::configure) //
            .execute(RocCurveNode::execute)) //
        .nodeType(NodeType.Other) //
        .keywords("ROC", "ROC curve", "roc_curve", "AUC", "ROC AUC", "roc_auc_score", "receiver operating "
            + "characteristic", "false positive rate", "true positive rate", "fall-out", "sensitivity") //
        .addExternalResource("https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.roc_curve.html",
            "scikit-learn 1.2: <tt>roc_curve</tt>") //
        .addExternalResource("https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.roc_auc_score.html",
            "scikit-learn 1.2: <tt>roc_auc_score</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public RocCurveNodeFactory() {
        super(NODE);
    }
}
