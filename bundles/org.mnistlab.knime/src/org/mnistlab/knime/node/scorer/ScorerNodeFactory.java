package org.mnistlab.knime.node.scorer;

import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Scorer node: confusion matrix, precision, recall and F1 as scikit-learn computes them. */
public final class ScorerNodeFactory extends DefaultNodeFactory {

    // DefaultView.page(...) hands its lambda KNIME's Page builder, which KNIME exports x-internal; the public node API
    // offers no other way to declare a view page (KNIME's own example nodes suppress the same warning)
    @SuppressWarnings("restriction")
    static final DefaultNode NODE = DefaultNode.create() //
        .name("Classification Scorer (scikit-learn)") //
        .icon("./scorer.png") //
        .shortDescription("Compares true and predicted classes: confusion matrix, precision, recall, F1 and "
            + "accuracy.") //
        .fullDescription("""
            <p>Counts how often each true class was predicted as each class and derives the scores of every class,
            with scikit-learn 1.2's arithmetic: <tt>confusion_matrix</tt>, <tt>classification_report</tt>,
            <tt>precision_score</tt>, <tt>recall_score</tt> and <tt>f1_score</tt>. The classes are those occurring
            among the true or the predicted values, sorted as scikit-learn sorts them (by value when both columns
            are numeric or boolean, else as text).</p>
            <p>On the out-of-fold predictions of the lab's binary "5" detector (Cross-Validation node) the confusion
            matrix is <tt>[[53892, 687], [1891, 3530]]</tt>, precision 0.8371, recall 0.6512, F1 0.7325.</p>
            <p>Precision, recall or F1 whose denominator is 0 (a class never predicted, for instance) are 0, as
            scikit-learn's default <tt>zero_division</tt> gives.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Predictions", "A table with a true class column and a predicted class column, e.g. "
                + "the out-of-fold predictions of the Cross-Validation node.") //
            .addOutputTable("Confusion matrix", "The counts: a row per true class, a column per predicted class, "
                + "both named by the class (scikit-learn's <tt>confusion_matrix</tt>).") //
            .addOutputTable("Class statistics", "<tt>Precision</tt>, <tt>Recall</tt>, <tt>F1</tt> and "
                + "<tt>Support</tt> (number of true rows) of every class, then the rows of scikit-learn's "
                + "classification report: <tt>accuracy</tt> (in the F1 column, as the report prints it), "
                + "<tt>macro avg</tt>, <tt>micro avg</tt> and <tt>weighted avg</tt>; with a positive class also "
                + "its binary scores.") //
            .addOutputPort("Confusion matrix image", "The confusion matrix as a heat map (PNG), as scikit-learn's "
                + "<tt>ConfusionMatrixDisplay</tt> draws it.", ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(ScorerParameters.class) //
            .configure(ScorerNode::configure) //
            .execute(ScorerNode::execute)) //
        .addView(v -> v //
            .withoutParameters() //
            .description("""
                <p>The confusion matrix as an interactive table: counts, % of the true class, % of the predicted
                class or errors only; the per-class precision, recall and F1 below it. Clicking a cell lists its
                rows (the first 50): their keys, their decision scores if the input has the
                <tt>Score (</tt><i>class</i><tt>)</tt> columns of the Cross-Validation or a predictor node, and the
                digits themselves if it has MNIST pixel columns <tt>pixel_0</tt>, ... holding 0 to 255.</p>
                """) //
            .page(p -> p.fromFile() //
                .bundleClass(ScorerNodeFactory.class) //
                .basePath("js-src/dist") //
                .relativeFilePath("scorer-view.html") //
                .addResourceFile("knime-ui-extension-service.min.js") //
                .addResourceFile("scorer-model.js") //
                .addResourceFile("scorer-view.js") //
                .addResourceFile("scorer-view.css")) //
            .initialData(d -> d.data(ScorerView::initialData))) //
        .nodeType(NodeType.Visualizer) //
        .keywords("scorer", "confusion matrix", "precision", "recall", "F1", "accuracy", "classification report",
            "confusion_matrix") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.classification_report.html",
            "scikit-learn 1.2: <tt>classification_report</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public ScorerNodeFactory() {
        super(NODE);
    }
}
