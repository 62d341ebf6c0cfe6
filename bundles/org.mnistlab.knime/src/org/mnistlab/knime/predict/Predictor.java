package org.mnistlab.knime.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.table.TableData;

/**
 * Configure and execute of a predictor node (model at port 0, table at port 1, {@link PredictorParameters}): appends
 * the predicted class ({@code predict}) and optionally the decision scores ({@code decision_function}) of an MNIST Lab
 * classifier to the table, as scikit-learn computes them. Each predictor node is one instance naming the model types
 * it applies.
 */
public final class Predictor {

    private static final int CHECK_EVERY = 1000;

    private final String m_nodeName;

    private final String m_learnerName;

    private final Set<String> m_modelTypes;

    /**
     * @param nodeName the predictor's name, for messages
     * @param learnerName the learner whose models it applies, for messages
     * @param modelTypes the {@link ModelTypes} it applies
     */
    public Predictor(final String nodeName, final String learnerName, final String... modelTypes) {
        m_nodeName = nodeName;
        m_learnerName = learnerName;
        m_modelTypes = Set.of(modelTypes);
    }

    /**
     * The score columns' names for a model ({@link PredictionColumns#scoreName}): "Score (class)" per class, the
     * second class only for two classes, and "Score (a vs b)" per class pair for an SVC whose decision shape is
     * one-vs-one.
     *
     * @param model the model's spec
     * @return the names in score order; empty if the classes are not known yet
     */
    public static List<String> scoreColumns(final MnistLabModelPortObjectSpec model) {
        return scoredClasses(model).stream().map(PredictionColumns::scoreName).toList();
    }

    /** @return what each score column scores, in score order: a class or a class pair "a vs b" */
    private static List<String> scoredClasses(final MnistLabModelPortObjectSpec model) {
        final List<String> classes = model.getClasses();
        final List<String> scored = new ArrayList<>();
        if (classes.size() == 2) {
            scored.add(classes.get(1));
        } else if (ModelTypes.SVC.equals(model.getModelType())
            && "ovo".equals(model.getHyperParameters().get("decision_function_shape"))) {
            for (int a = 0; a < classes.size(); a++) {
                for (int b = a + 1; b < classes.size(); b++) {
                    scored.add(classes.get(a) + " vs " + classes.get(b));
                }
            }
        } else {
            scored.addAll(classes);
        }
        return scored;
    }

    /**
     * @param model the model's spec
     * @param p the settings
     * @return the prediction column's name
     */
    static String predictionColumn(final MnistLabModelPortObjectSpec model, final PredictorParameters p) {
        return p.m_predictionColumn == null || p.m_predictionColumn.isBlank()
            ? PredictionColumns.predictionName(model.getTargetColumn()) : p.m_predictionColumn.trim();
    }

    /**
     * @param model the model's spec
     * @param table the input table's spec
     * @param p the settings
     * @return the output spec: the input's columns, the prediction, the scores; empty while the model's classes are
     *         unknown and scores are appended
     * @throws InvalidSettingsException if a new column's name is taken
     */
    static Optional<DataTableSpec> outSpec(final MnistLabModelPortObjectSpec model, final DataTableSpec table,
        final PredictorParameters p) throws InvalidSettingsException {
        final List<String> scored = p.m_appendScores ? scoredClasses(model) : List.of();
        if (p.m_appendScores && scored.isEmpty()) {
            return Optional.empty();
        }
        final String prediction = predictionColumn(model, p);
        if (table.containsName(prediction)) {
            throw new InvalidSettingsException(PredictorParameters.PREDICTION_COLUMN
                + ": the input table already has a column \"" + prediction + "\"; choose another name.");
        }
        final List<DataColumnSpec> added = new ArrayList<>();
        added.add(PredictionColumns.prediction(prediction, StringCell.TYPE, model.getTargetColumn(), null));
        for (final String c : scored) {
            final String s = PredictionColumns.scoreName(c);
            if (table.containsName(s) || s.equals(prediction)) {
                throw new InvalidSettingsException("The input table already has a column \"" + s
                    + "\"; remove or rename it, or switch off " + PredictorParameters.APPEND_SCORES + ".");
            }
            added.add(PredictionColumns.score(s, c, null, null));
        }
        return Optional.of(new DataTableSpecCreator(table).addColumns(added.toArray(DataColumnSpec[]::new))
            .createSpec());
    }

    private void checkModel(final MnistLabModelPortObjectSpec model) throws InvalidSettingsException {
        if (model == null) {
            throw new InvalidSettingsException("No model at the model input yet: execute the " + m_learnerName
                + " first.");
        }
        if (!m_modelTypes.contains(model.getModelType())) {
            throw new InvalidSettingsException("The model input holds a " + model.getModelType() + " model; the "
                + m_nodeName + " applies models of the " + m_learnerName + ".");
        }
    }

    /**
     * The node's configure: checks the model type and that the table has the model's feature columns.
     *
     * @param in model spec at port 0, table spec at port 1, {@link PredictorParameters}
     * @param out the output spec (unknown while the model's classes are)
     * @throws InvalidSettingsException for another model type, missing or non-numeric feature columns, or a new
     *             column's name that is taken
     */
    public void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final PredictorParameters p = in.getParameters();
        final MnistLabModelPortObjectSpec model = in.getInPortSpec(0);
        checkModel(model);
        final DataTableSpec table = in.getInTableSpec(1);
        Columns.requireFeatures(table, model.getFeatureColumns(), "the model");
        out.setOutSpec(0, outSpec(model, table, p).orElse(null));
    }

    /**
     * The node's execute: predictions and scores for every row, appended in table order.
     *
     * @param in model at port 0, table at port 1, {@link PredictorParameters}
     * @param out the table with the new columns
     * @throws CanceledExecutionException if canceled
     * @throws KNIMEException for the configure errors, or a missing or non-finite feature value
     */
    public void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final PredictorParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final MnistLabModelPortObject model = in.getInPortObject(0);
        final BufferedDataTable table = in.getInTable(1);
        final int[] features;
        final DataTableSpec spec;
        try {
            checkModel(model.getSpec());
            features = Columns.requireFeatures(table.getDataTableSpec(), model.getSpec().getFeatureColumns(),
                "the model");
            spec = outSpec(model.getSpec(), table.getDataTableSpec(), p)
                .orElseThrow(() -> new IllegalStateException("a fitted model without classes"));
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final Classifier classifier = EngineCall.run(exec, m -> model.getModel(Classifier.class));
        final FeatureMatrix x = TableData.features(table, features, exec.createSubProgress(0.3));
        exec.setMessage("Predicting " + x.rows() + " rows");
        final int[] predicted = EngineCall.run(exec.createSubProgress(0.2), m -> classifier.predict(x));
        final Scores scores = p.m_appendScores
            ? EngineCall.run(exec.createSubProgress(0.2), m -> classifier.decisionFunction(x)) : null;
        final int scoreColumns = spec.getNumColumns() - table.getDataTableSpec().getNumColumns() - 1;
        if (scores != null && scores.columns() != scoreColumns) {
            throw new IllegalStateException(model.getSpec().getModelType() + " returned " + scores.columns()
                + " score columns for " + model.getSpec().getClasses().size() + " classes");
        }
        out.setOutData(0, append(table, spec, classifier.classes(), predicted, scores,
            exec.createSubExecutionContext(0.3)));
    }

    private static BufferedDataTable append(final BufferedDataTable table, final DataTableSpec spec,
        final String[] classes, final int[] predicted, final Scores scores, final ExecutionContext exec)
        throws CanceledExecutionException {
        final DataCell[] classCells = new DataCell[classes.length];
        for (int c = 0; c < classes.length; c++) {
            classCells[c] = new StringCell(classes[c]);
        }
        final int inColumns = table.getDataTableSpec().getNumColumns();
        final BufferedDataContainer c = exec.createDataContainer(spec);
        try (CloseableRowIterator it = table.iterator()) {
            for (int i = 0; it.hasNext(); i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)predicted.length);
                }
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[spec.getNumColumns()];
                for (int j = 0; j < inColumns; j++) {
                    cells[j] = row.getCell(j);
                }
                cells[inColumns] = classCells[predicted[i]];
                for (int s = 0; scores != null && s < scores.columns(); s++) {
                    cells[inColumns + 1 + s] = new DoubleCell(scores.get(i, s));
                }
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
