package org.mnistlab.knime.port;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * What a downstream node knows about an MNIST Lab model before execution: the model type, the label column and its
 * classes (in the model's order), the feature columns it needs (in order), its hyper-parameters as text and, once
 * fitted, what fitting found (scikit-learn's fitted attributes such as {@code n_iter_}, as text). Saved as KNIME model
 * content under a format version, so later versions can read older specs.
 * <p>
 * Classes and fit results may be empty while unknown (a learner's configure cannot know them before seeing the data).
 */
public final class MnistLabModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Registered in plugin.xml as the spec serializer of the MNIST Lab model port type. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<MnistLabModelPortObjectSpec> {
    }

    private static final int FORMAT_VERSION = 1;

    private static final String CFG_VERSION = "version";

    private static final String CFG_TYPE = "modelType";

    private static final String CFG_TARGET = "targetColumn";

    private static final String CFG_CLASSES = "classes";

    private static final String CFG_FEATURES = "featureColumns";

    private static final String CFG_HYPER_PARAMETERS = "hyperParameters";

    /** Added after format 1 was first written; specs without it load with no fit results. */
    private static final String CFG_FIT_RESULTS = "fitResults";

    private String m_modelType = "";

    private String m_targetColumn = "";

    private List<String> m_classes = List.of();

    private List<String> m_featureColumns = List.of();

    private Map<String, String> m_hyperParameters = Map.of();

    private Map<String, String> m_fitResults = Map.of();

    /** Framework constructor (the serializer instantiates specs reflectively); do not use. */
    public MnistLabModelPortObjectSpec() {
    }

    /**
     * @param modelType the model type, e.g. "SGDClassifier"
     * @param targetColumn the label column the model was trained on
     * @param classes class names in the model's order (empty if not yet known)
     * @param featureColumns the feature columns, in order
     * @param hyperParameters hyper-parameter names and values as text, in display order
     */
    public MnistLabModelPortObjectSpec(final String modelType, final String targetColumn, final List<String> classes,
        final List<String> featureColumns, final Map<String, String> hyperParameters) {
        this(modelType, targetColumn, classes, featureColumns, hyperParameters, Map.of());
    }

    /**
     * @param modelType the model type, e.g. "SGDClassifier"
     * @param targetColumn the label column the model was trained on
     * @param classes class names in the model's order (empty if not yet known)
     * @param featureColumns the feature columns, in order
     * @param hyperParameters hyper-parameter names and values as text, in display order
     * @param fitResults what fitting found, e.g. {@code n_iter_}, as text in display order (empty if not yet fitted)
     */
    public MnistLabModelPortObjectSpec(final String modelType, final String targetColumn, final List<String> classes,
        final List<String> featureColumns, final Map<String, String> hyperParameters,
        final Map<String, String> fitResults) {
        m_modelType = modelType;
        m_targetColumn = targetColumn;
        m_classes = List.copyOf(classes);
        m_featureColumns = List.copyOf(featureColumns);
        m_hyperParameters = Collections.unmodifiableMap(new LinkedHashMap<>(hyperParameters));
        m_fitResults = Collections.unmodifiableMap(new LinkedHashMap<>(fitResults));
    }

    /** @return the model type, e.g. "SGDClassifier" */
    public String getModelType() {
        return m_modelType;
    }

    /** @return the label column the model was trained on */
    public String getTargetColumn() {
        return m_targetColumn;
    }

    /** @return class names in the model's order; empty if not yet known */
    public List<String> getClasses() {
        return m_classes;
    }

    /** @return the feature columns, in the order the model uses them */
    public List<String> getFeatureColumns() {
        return m_featureColumns;
    }

    /** @return hyper-parameter names and values as text, in display order */
    public Map<String, String> getHyperParameters() {
        return m_hyperParameters;
    }

    /** @return what fitting found (scikit-learn's fitted attributes, e.g. {@code n_iter_}) as text; empty before */
    public Map<String, String> getFitResults() {
        return m_fitResults;
    }

    /**
     * @param classes the classes found when fitting
     * @return a copy with these classes
     */
    public MnistLabModelPortObjectSpec withClasses(final List<String> classes) {
        return new MnistLabModelPortObjectSpec(m_modelType, m_targetColumn, classes, m_featureColumns,
            m_hyperParameters, m_fitResults);
    }

    /**
     * The spec of a fitted model: configure's spec completed by execute.
     *
     * @param classes the classes found when fitting
     * @param fitResults what fitting found, as text in display order
     * @return a copy with these classes and fit results
     */
    public MnistLabModelPortObjectSpec withFit(final List<String> classes, final Map<String, String> fitResults) {
        return new MnistLabModelPortObjectSpec(m_modelType, m_targetColumn, classes, m_featureColumns,
            m_hyperParameters, fitResults);
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addInt(CFG_VERSION, FORMAT_VERSION);
        model.addString(CFG_TYPE, m_modelType);
        model.addString(CFG_TARGET, m_targetColumn);
        model.addStringArray(CFG_CLASSES, m_classes.toArray(String[]::new));
        model.addStringArray(CFG_FEATURES, m_featureColumns.toArray(String[]::new));
        final ModelContentWO hyper = model.addModelContent(CFG_HYPER_PARAMETERS);
        m_hyperParameters.forEach(hyper::addString);
        final ModelContentWO fit = model.addModelContent(CFG_FIT_RESULTS);
        m_fitResults.forEach(fit::addString);
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        final int version = model.getInt(CFG_VERSION);
        if (version > FORMAT_VERSION) {
            throw new InvalidSettingsException("The model spec was saved by a newer MNIST Lab (format " + version
                + "; this version reads up to " + FORMAT_VERSION + ").");
        }
        m_modelType = model.getString(CFG_TYPE);
        m_targetColumn = model.getString(CFG_TARGET);
        m_classes = List.of(model.getStringArray(CFG_CLASSES));
        m_featureColumns = List.of(model.getStringArray(CFG_FEATURES));
        m_hyperParameters = texts(model.getModelContent(CFG_HYPER_PARAMETERS));
        m_fitResults =
            model.containsKey(CFG_FIT_RESULTS) ? texts(model.getModelContent(CFG_FIT_RESULTS)) : Map.of();
    }

    private static Map<String, String> texts(final ModelContentRO content) throws InvalidSettingsException {
        final Map<String, String> texts = new LinkedHashMap<>();
        for (final String key : content.keySet()) {
            texts.put(key, content.getString(key));
        }
        return Collections.unmodifiableMap(texts);
    }

    @Override
    public String toString() {
        return m_modelType + " on " + m_featureColumns.size() + " features, label \"" + m_targetColumn + "\", classes "
            + Arrays.toString(m_classes.toArray()) + ", " + m_hyperParameters
            + (m_fitResults.isEmpty() ? "" : ", fitted: " + m_fitResults);
    }
}
