package org.mnistlab.knime.node.sgdlearner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
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
import org.mnistlab.charts.TrainingLossChart;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.linear.SGDTrainingLog;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters.Classes;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters.Resolved;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.TableData;
import org.mnistlab.knime.table.TrainingData;

/** Configure and execute of the SGD Learner. */
final class SGDLearner {

    /** Name of the coefficient table's intercept column (made unique if a feature has that name). */
    static final String INTERCEPT = "Intercept";

    private SGDLearner() {
    }

    /**
     * The model's spec before fitting: binary models know their classes already.
     *
     * @param p the settings (valid)
     * @param spec the input table's spec
     * @param columns the resolved columns
     * @return the spec
     * @throws InvalidSettingsException if the settings are invalid
     */
    static MnistLabModelPortObjectSpec modelSpec(final SGDLearnerParameters p, final DataTableSpec spec,
        final Resolved columns) throws InvalidSettingsException {
        final String label = spec.getColumnSpec(columns.label()).getName();
        final Map<String, String> hyper = new LinkedHashMap<>();
        // the problem as the lab writes it: y_train == '5', or the labels themselves
        hyper.put("target", p.m_classes == Classes.BINARY ? label + " == \"" + p.m_positiveValue + "\"" : label);
        hyper.putAll(p.toEngine().toProperties());
        final List<String> classes =
            p.m_classes == Classes.BINARY ? List.of(Target.FALSE, Target.TRUE) : List.of();
        return new MnistLabModelPortObjectSpec(ModelTypes.SGD, label, classes,
            Columns.names(spec, columns.features()), hyper);
    }

    /**
     * The coefficient table: one row per binary problem, named by the class it scores, with a column per feature
     * ({@code coef_}; a vector column's elements by their names, e.g. {@code pixel_0}) and the intercept
     * ({@code intercept_}).
     *
     * @param features the feature column names
     * @return its spec
     */
    static DataTableSpec coefficientSpec(final List<String> features) {
        final List<DataColumnSpec> columns = new ArrayList<>(features.size() + 1);
        for (final String f : features) {
            columns.add(new DataColumnSpecCreator(f, DoubleCell.TYPE).createSpec());
        }
        final DataTableSpec coef = new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
        columns.add(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(coef, INTERCEPT), DoubleCell.TYPE)
            .createSpec());
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final SGDLearnerParameters p = in.getParameters();
        final DataTableSpec spec = in.getInTableSpec(0);
        final Resolved columns = p.m_columns.resolve(spec);
        final MnistLabModelPortObjectSpec model = modelSpec(p, spec, columns);
        // a vector column without element names is as many features as the data says
        out.setOutSpecs(model, TableData.featureNames(spec, columns.features()).map(SGDLearner::coefficientSpec)
            .orElse(null), TrainingLogTable.spec(), PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final SGDLearnerParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final MnistLabModelPortObjectSpec spec;
        final SGDParams params;
        final Resolved columns;
        try {
            columns = p.m_columns.resolve(table.getDataTableSpec());
            spec = modelSpec(p, table.getDataTableSpec(), columns);
            params = p.toEngine();
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final TrainingData data =
            TrainingData.read(table, columns.label(), columns.features(), exec.createSubProgress(0.1));
        final Target y = p.m_classes == Classes.BINARY ? data.binary(p.m_positiveValue, SGDLearnerParameters.POSITIVE)
            : data.target();
        final int threads = Threads.resolve(p.m_threads);
        // the training log is always recorded: it costs about 3% of a fit, and without a setting for it the log outputs
        // never depend on one, nor do workflows saved before they existed
        final SGDClassifier sgd = EngineCall.run(exec.createSubProgress(0.88),
            m -> SGDClassifier.fit(data.x(), y, params, threads, m, true));
        if (!sgd.converged()) {
            // scikit-learn's ConvergenceWarning
            out.setWarningMessage("Maximum number of iteration reached before convergence (" + sgd.nIter()
                + " epochs). Consider increasing " + SGDHyperParameters.MAX_ITER + " to improve the fit.");
        }
        final Map<String, String> fit = new LinkedHashMap<>();
        fit.put("n_iter_", Integer.toString(sgd.nIter()));
        fit.put("converged", Boolean.toString(sgd.converged()));
        final MnistLabModelPortObjectSpec fitted = spec.withFit(List.of(sgd.classes()), fit);
        final SGDTrainingLog log = sgd.trainingLog().orElseThrow();
        out.setOutData(new MnistLabModelPortObject(fitted, sgd),
            coefficients(sgd, data.featureNames(), exec.createSubExecutionContext(0.02)),
            TrainingLogTable.of(log, exec), PngImages.port(TrainingLossChart.of(log)));
    }

    private static BufferedDataTable coefficients(final SGDClassifier sgd, final List<String> features,
        final ExecutionContext exec) {
        final double[][] coef = sgd.coef();
        final double[] intercept = sgd.intercept();
        final String[] classes = sgd.classes();
        final BufferedDataContainer c = exec.createDataContainer(coefficientSpec(features));
        try {
            for (int r = 0; r < coef.length; r++) {
                final DataCell[] cells = new DataCell[coef[r].length + 1];
                for (int j = 0; j < coef[r].length; j++) {
                    cells[j] = new DoubleCell(coef[r][j]);
                }
                cells[coef[r].length] = new DoubleCell(intercept[r]);
                // a binary model's single row scores the second class, as its decision score does
                final String scored = coef.length == 1 ? classes[1] : classes[r];
                c.addRowToTable(new DefaultRow(new RowKey(scored), cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
