package org.mnistlab.knime.node.orderedsplit;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Train-Test Split node: train/test split as scikit-learn's {@code train_test_split}. */
public final class OrderedSplitNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Train-Test Split (scikit-learn)") //
        .icon("./orderedsplit.png") //
        .shortDescription("Splits a table into a training and a test set: first rows, shuffled or stratified.") //
        .fullDescription("""
            <p>Splits the input rows into a training set and a test set exactly as scikit-learn 1.2's
            <tt>train_test_split</tt> does, so the same settings select the same rows.</p>
            <p>By default the first 60,000 rows are the training set and the rest the test set: the lab's
            <tt>X[:60000], X[60000:]</tt> on MNIST in its original order. Alternatively rows are drawn at random from
            a seed (numpy's <tt>RandomState</tt>, as scikit-learn), optionally keeping the class proportions of a
            column in both sets. Random splits output the rows in the drawn order, as scikit-learn returns them.</p>
            <p>Invalid sizes are reported with scikit-learn's messages (e.g. a training size that is not smaller than
            the number of rows).</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Data", "The rows to split.") //
            .addOutputTable("Training set", "The training rows.") //
            .addOutputTable("Test set", "All other rows.")) //
        .model(m -> m //
            .parametersClass(OrderedSplitParameters.class) //
            .configure(OrderedSplit::configure) //
            .execute(OrderedSplit::execute)) //
        .nodeType(NodeType.Manipulator) //
        .keywords("split", "partition", "train test split", "train_test_split", "holdout", "stratified") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.model_selection.train_test_split.html",
            "scikit-learn 1.2: <tt>train_test_split</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public OrderedSplitNodeFactory() {
        super(NODE);
    }
}
