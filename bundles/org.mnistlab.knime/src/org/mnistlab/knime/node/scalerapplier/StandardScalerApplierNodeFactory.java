package org.mnistlab.knime.node.scalerapplier;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

/** The Standard Scaler Applier node: scikit-learn's {@code StandardScaler.transform}. */
public final class StandardScalerApplierNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Standard Scaler Applier (scikit-learn)") //
        .icon("./scalerapplier.png") //
        .shortDescription("Standardizes columns with a scaler learned by the Standard Scaler Learner.") //
        .fullDescription("""
            <p>Applies a scaler of the Standard Scaler Learner to another table, e.g. a test set: each of the
            scaler's columns becomes <tt>(x - mean) / std</tt> with the mean and standard deviation learned on the
            training data, exactly as scikit-learn 1.2's <tt>StandardScaler.transform</tt> computes it.</p>
            <p>The table must have the scaler's columns (by name, in any order), numeric. The scaled columns keep
            their names and positions and become double columns; all other columns are passed on unchanged. Missing
            values stay missing (scikit-learn keeps NaN); infinite values are an error.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputPort("Scaler", "A scaler of the Standard Scaler Learner.", MnistLabModelPortObject.TYPE) //
            .addInputTable("Data", "The table to scale, with the scaler's columns.") //
            .addOutputTable("Scaled data", "The input table with the scaler's columns standardized.")) //
        .model(m -> m //
            .withoutParameters() //
            .configure(StandardScalerApplier::configure) //
            .execute(StandardScalerApplier::execute)) //
        .nodeType(NodeType.Manipulator) //
        .keywords("StandardScaler", "standardize", "normalize", "z-score", "scale", "transform") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.preprocessing.StandardScaler.html",
            "scikit-learn 1.2: <tt>StandardScaler</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public StandardScalerApplierNodeFactory() {
        super(NODE);
    }
}
