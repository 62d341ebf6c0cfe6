package org.mnistlab.knime.node.sgdlearner;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Before;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters;

/**
 * Settings of the SGD Learner: the columns, binary or one-vs-all classes, scikit-learn's {@code SGDClassifier}
 * hyper-parameters ({@link SGDHyperParameters}) and the threads. The defaults reproduce the lab's binary "is it a 5"
 * classifier.
 */
public final class SGDLearnerParameters extends SGDHyperParameters {

    @Section(title = "Columns")
    interface ColumnsSection {
    }

    @Section(title = "Classes")
    @After(ColumnsSection.class)
    @Before(LossSection.class)
    interface ClassesSection {
    }

    /** Binary "label = value" or one-vs-all over all classes. */
    enum Classes {
            @Label(value = "Binary: label = positive value", description = "Two classes: rows whose label equals "
                + "the positive value (class <tt>True</tt>) against all others (<tt>False</tt>), as the lab's "
                + "<tt>y_train == '5'</tt>. The decision score is that of <tt>True</tt>.")
            BINARY,
            @Label(value = "Multiclass: one-vs-all", description = "One binary problem per class (classes sorted), "
                + "each class against all others with its own seed; the prediction is the class with the highest "
                + "score. Two classes make a single problem whose positive class is the second.")
            MULTICLASS
    }

    interface ClassesRef extends ParameterReference<Classes> {
    }

    static final class IsBinary implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ClassesRef.class).isOneOf(Classes.BINARY);
        }
    }

    static final String POSITIVE = "Positive value";

    @Layout(ColumnsSection.class)
    TrainingColumnsParameters m_columns = new TrainingColumnsParameters();

    @Widget(title = "Classes", description = "Which classification problem is learned from the label column.")
    @ValueSwitchWidget
    @ValueReference(ClassesRef.class)
    @Layout(ClassesSection.class)
    Classes m_classes = Classes.BINARY;

    @Widget(title = POSITIVE, description = "The label of the positive class in binary mode, compared with each "
        + "label's text (for MNIST <tt>5</tt>: \"is it a 5\"). Output as a flow variable, it can set the positive "
        + "value of a Cross-Validation connected below, so that a digit is chosen once (the lab's workflows 2 and 3 "
        + "do so).")
    @Effect(predicate = IsBinary.class, type = EffectType.SHOW)
    @Layout(ClassesSection.class)
    String m_positiveValue = "5";

    @Widget(title = Threads.TITLE, description = Threads.DESCRIPTION)
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    @Layout(OptimizationSection.class)
    int m_threads;

    SGDLearnerParameters() {
    }

    SGDLearnerParameters(final NodeParametersInput input) {
        m_columns = new TrainingColumnsParameters(input);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        m_columns.validate();
        if (m_classes == Classes.BINARY && (m_positiveValue == null || m_positiveValue.isEmpty())) {
            throw new InvalidSettingsException(POSITIVE + ": enter the label of the positive class, e.g. 5.");
        }
        super.validate();
        Threads.validate(m_threads);
    }
}
