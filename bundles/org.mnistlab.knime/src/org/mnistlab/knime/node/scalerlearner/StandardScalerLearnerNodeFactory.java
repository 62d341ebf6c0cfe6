package org.mnistlab.knime.node.scalerlearner;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

/** The Standard Scaler Learner node: scikit-learn's {@code StandardScaler().fit_transform}. */
public final class StandardScalerLearnerNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Standard Scaler Learner (scikit-learn)") //
        .icon("./scalerlearner.png") //
        .shortDescription("Standardizes numeric columns to mean 0 and variance 1, as scikit-learn's "
            + "StandardScaler.") //
        .fullDescription("""
            <p>Learns each selected column's mean and population standard deviation and outputs the table with
            these columns standardized, <tt>(x - mean) / std</tt>, exactly as scikit-learn 1.2's
            <tt>StandardScaler().fit_transform</tt>: the means, variances and scaled values are bit for bit
            scikit-learn's. Columns whose values are all equal are divided by 1. The lab scales the 2,000 training
            images this way before cross-validating the multiclass SGD classifier.</p>
            <p>The scaled columns keep their names and positions and become double columns; all other columns are
            passed on unchanged. The scaler model applies the same transformation to other tables with the
            Standard Scaler Applier, e.g. to a test set.</p>
            <p>Columns to scale must be numbers without missing values.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Data", "The table whose numeric columns are standardized.") //
            .addOutputPort("Scaler", "The fitted <tt>StandardScaler</tt> (per column mean, variance and scale) for "
                + "the Standard Scaler Applier.", MnistLabModelPortObject.TYPE) //
            .addOutputTable("Scaled data", "The input table with the selected columns standardized.")) //
        .model(m -> m //
            .parametersClass(StandardScalerLearnerParameters.class) //
            .configure(StandardScalerLearner::configure) //
            .execute(StandardScalerLearner::execute)) //
        .nodeType(NodeType.Manipulator) //
        .keywords("StandardScaler", "standardize", "normalize", "z-score", "scale", "fit_transform") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.preprocessing.StandardScaler.html",
            "scikit-learn 1.2: <tt>StandardScaler</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public StandardScalerLearnerNodeFactory() {
        super(NODE);
    }
}
