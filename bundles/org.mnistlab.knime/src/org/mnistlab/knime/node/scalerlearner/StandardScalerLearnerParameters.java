package org.mnistlab.knime.node.scalerlearner;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.mnistlab.engine.preprocessing.ScalerParams;
import org.mnistlab.knime.params.FeatureColumnsParameters;

/**
 * Settings of the Standard Scaler Learner: which columns to standardize (all numeric ones by default) and
 * scikit-learn's {@code StandardScaler} options with its defaults.
 */
public final class StandardScalerLearnerParameters implements NodeParameters {

    FeatureColumnsParameters m_columns = new FeatureColumnsParameters();

    @Widget(title = "Center", description = "Subtract each column's mean (<tt>with_mean</tt>).")
    boolean m_withMean = true;

    @Widget(title = "Scale", description = "Divide by each column's standard deviation (<tt>with_std</tt>), the "
        + "population one (<tt>ddof=0</tt>); columns whose values are all equal are divided by 1.")
    boolean m_withStd = true;

    @Override
    public void validate() throws InvalidSettingsException {
        m_columns.validate();
    }

    /** @return the engine's options */
    ScalerParams toEngine() {
        return new ScalerParams(m_withMean, m_withStd);
    }
}
