package org.mnistlab.knime.node.svmlearner;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.Before;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters;

/**
 * Settings of the SVC Learner: the columns, scikit-learn's {@code SVC} hyper-parameters and the one-vs-rest option
 * ({@link SVCHyperParameters}), and the threads.
 */
public final class SVMLearnerParameters extends SVCHyperParameters {

    @Section(title = "Columns")
    @Before(KernelSection.class)
    interface ColumnsSection {
    }

    @Layout(ColumnsSection.class)
    TrainingColumnsParameters m_columns = new TrainingColumnsParameters();

    @Widget(title = Threads.TITLE, description = Threads.DESCRIPTION)
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Layout(MulticlassSection.class)
    int m_threads;

    SVMLearnerParameters() {
    }

    SVMLearnerParameters(final NodeParametersInput input) {
        m_columns = new TrainingColumnsParameters(input);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        m_columns.validate();
        super.validate();
        Threads.validate(m_threads);
    }
}
