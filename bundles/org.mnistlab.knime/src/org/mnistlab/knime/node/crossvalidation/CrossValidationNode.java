package org.mnistlab.knime.node.crossvalidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
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
import org.mnistlab.charts.CrossValidationChart;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.ScaledLearner;
import org.mnistlab.engine.selection.CrossValResult;
import org.mnistlab.engine.selection.CrossValidation;
import org.mnistlab.engine.selection.KFold;
import org.mnistlab.engine.selection.Split;
import org.mnistlab.engine.selection.Splitter;
import org.mnistlab.engine.selection.StratifiedKFold;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.FoldKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.LearnerKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.TargetKind;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters.Resolved;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.table.PredictionColumns.Binary;
import org.mnistlab.knime.table.TableData;
import org.mnistlab.knime.table.TrainingData;

/** Configure and execute of the Cross-Validation node. */
final class CrossValidationNode {

    /** Column names of the per-fold table. */
    static final String FOLD = "Fold";

    static final String ACCURACY = "Accuracy";

    static final String TRAINING_ROWS = "Training rows";

    static final String TEST_ROWS = "Test rows";

    static final String FIT_SECONDS = "Fit seconds";

    private static final int CHECK_EVERY = 1000;

    private CrossValidationNode() {
    }

    static DataTableSpec foldSpec() {
        return new DataTableSpec(new String[]{FOLD, ACCURACY, TRAINING_ROWS, TEST_ROWS, FIT_SECONDS},
            new DataType[]{IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, IntCell.TYPE, DoubleCell.TYPE});
    }

    /**
     * The out-of-fold table's spec: the input's columns, then for a binary target the target as a boolean, the
     * boolean prediction and the positive class's score, for all classes the predicted label and one score per
     * class (one for two classes), and finally the fold. Names and properties are those of {@link PredictionColumns}:
     * the binary columns' names do not contain the positive value, their properties do.
     *
     * @param spec the input spec
     * @param p the settings
     * @param classes the classes of a multiclass target (ignored for binary targets)
     * @return the spec
     */
    static DataTableSpec outOfFoldSpec(final DataTableSpec spec, final CrossValidationParameters p,
        final String[] classes) {
        final List<DataColumnSpec> appended = new ArrayList<>();
        final String label = p.m_columns.labelColumn();
        if (p.m_target == TargetKind.BINARY) {
            final Binary binary = new Binary(label, p.m_positiveValue);
            final DataColumnSpec target =
                column(spec, appended, PredictionColumns.target(PredictionColumns.targetName(label), binary));
            appended.add(target);
            appended.add(column(spec, appended, PredictionColumns.prediction(
                PredictionColumns.predictionName(target.getName()), BooleanCell.TYPE, target.getName(), binary)));
            appended.add(column(spec, appended, PredictionColumns.score(PredictionColumns.scoreName(Target.TRUE),
                Target.TRUE, target.getName(), binary)));
        } else {
            final DataType labelType = spec.getColumnSpec(label).getType();
            appended.add(column(spec, appended,
                PredictionColumns.prediction(PredictionColumns.predictionName(label), labelType, label, null)));
            // two classes have one decision score, the second class's, as scikit-learn's decision_function
            final String[] scored = classes.length == 2 ? new String[]{classes[1]} : classes;
            for (final String c : scored) {
                appended.add(
                    column(spec, appended, PredictionColumns.score(PredictionColumns.scoreName(c), c, label, null)));
            }
        }
        appended.add(column(spec, appended, new DataColumnSpecCreator(FOLD, IntCell.TYPE).createSpec()));
        final List<DataColumnSpec> all = new ArrayList<>();
        spec.forEach(all::add);
        all.addAll(appended);
        return new DataTableSpec(all.toArray(DataColumnSpec[]::new));
    }

    /** A new column, renamed if its name clashes with the input's or with those appended before it. */
    private static DataColumnSpec column(final DataTableSpec spec, final List<DataColumnSpec> appended,
        final DataColumnSpec column) {
        final List<DataColumnSpec> all = new ArrayList<>();
        spec.forEach(all::add);
        all.addAll(appended);
        final String unique = DataTableSpec.getUniqueColumnName(new DataTableSpec(all.toArray(DataColumnSpec[]::new)),
            column.getName());
        return unique.equals(column.getName()) ? column : PredictionColumns.renamed(column, unique);
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final CrossValidationParameters p = in.getParameters();
        p.validate();
        final DataTableSpec spec = in.getInTableSpec(0);
        p.m_columns.resolve(spec);
        // the classes of a multiclass target, and so its score columns, are known only from the data
        out.setOutSpec(0, foldSpec());
        out.setOutSpec(1, p.m_target == TargetKind.BINARY ? outOfFoldSpec(spec, p, null) : null);
        out.setOutSpec(2, PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final CrossValidationParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final DataTableSpec spec = table.getDataTableSpec();
        final Resolved columns;
        final Learner learner;
        final Splitter splitter;
        try {
            columns = p.m_columns.resolve(spec);
            learner = learner(p);
            splitter = splitter(p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final TrainingData data =
            TrainingData.read(table, columns.label(), columns.features(), exec.createSubProgress(0.15));
        final Target y = p.m_target == TargetKind.BINARY
            ? data.binary(p.m_positiveValue, CrossValidationParameters.POSITIVE_VALUE) : data.target();
        final int threads = Threads.resolve(p.m_threads);
        final CrossValResult cv = EngineCall.run(exec.createSubProgress(0.75),
            m -> CrossValidation.run(data.x(), y, learner, splitter, threads, m));

        out.setOutData(0, foldTable(cv, exec.createSubExecutionContext(0)));
        final String[] classes = cv.classes();
        final DataCell[] predictionCells = p.m_target == TargetKind.BINARY ? null
            : representatives(table, columns.label(), data.labels(), classes, exec);
        out.setOutData(1, outOfFoldTable(table, p, cv, predictionCells, exec.createSubExecutionContext(0.1)));
        out.setOutData(2, PngImages.port(CrossValidationChart.of(CrossValidationChart.TITLE,
            new String[]{learnerName(p)}, new double[][]{cv.foldAccuracy()})));
        if (!cv.warnings().isEmpty()) {
            out.setWarningMessage(String.join(" ", cv.warnings()));
        }
    }

    /** @return the learner of every fold, as the SGD and SVC Learner nodes fit it */
    static Learner learner(final CrossValidationParameters p) throws InvalidSettingsException {
        final int threads = Threads.resolve(p.m_threads);
        final Learner learner;
        if (p.m_learner == LearnerKind.SGD) {
            learner = SGDClassifier.learner(p.m_sgd.toEngine(), threads);
        } else if (p.m_svm.oneVsRest()) {
            // each binary SVC has a single class pair: the classes are what runs in parallel
            learner = OneVsRestClassifier.learner(SVC.learner(p.m_svm.toEngine(), 1), threads);
        } else {
            learner = SVC.learner(p.m_svm.toEngine(), threads);
        }
        return p.m_scaleInFold ? new ScaledLearner(learner) : learner;
    }

    static Splitter splitter(final CrossValidationParameters p) {
        if (p.m_foldKind == FoldKind.KFOLD) {
            return p.m_shuffle ? KFold.shuffled(p.m_folds, p.m_shuffleSeed) : new KFold(p.m_folds);
        }
        return p.m_shuffle ? StratifiedKFold.shuffled(p.m_folds, p.m_shuffleSeed) : new StratifiedKFold(p.m_folds);
    }

    /** @return the learner as scikit-learn would write it, for the chart's legend */
    static String learnerName(final CrossValidationParameters p) {
        final String model = p.m_learner == LearnerKind.SGD ? "SGDClassifier"
            : p.m_svm.oneVsRest() ? "OneVsRestClassifier(SVC)" : "SVC";
        return p.m_scaleInFold ? "StandardScaler + " + model : model;
    }

    private static BufferedDataTable foldTable(final CrossValResult cv, final ExecutionContext exec) {
        final BufferedDataContainer c = exec.createDataContainer(foldSpec());
        try {
            final double[] accuracy = cv.foldAccuracy();
            final double[] seconds = cv.fitSeconds();
            final List<Split> folds = cv.folds();
            for (int f = 0; f < folds.size(); f++) {
                c.addRowToTable(new DefaultRow(FOLD + " " + (f + 1), new IntCell(f + 1), new DoubleCell(accuracy[f]),
                    new IntCell(folds.get(f).trainSize()), new IntCell(folds.get(f).testSize()),
                    new DoubleCell(seconds[f])));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * The label column's cell of each class, so that predictions have the label column's type (a numeric label
     * stays numeric downstream).
     */
    private static DataCell[] representatives(final BufferedDataTable table, final int labelColumn,
        final String[] labels, final String[] classes, final ExecutionContext exec) throws CanceledExecutionException {
        final Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.length; k++) {
            index.put(classes[k], k);
        }
        final DataCell[] cells = new DataCell[classes.length];
        int found = 0;
        int i = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (found < cells.length && it.hasNext()) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                }
                final DataRow row = it.next();
                final int k = index.get(labels[i++]);
                if (cells[k] == null) {
                    cells[k] = row.getCell(labelColumn);
                    found++;
                }
            }
        }
        return cells;
    }

    private static BufferedDataTable outOfFoldTable(final BufferedDataTable table, final CrossValidationParameters p,
        final CrossValResult cv, final DataCell[] predictionCells, final ExecutionContext exec)
        throws CanceledExecutionException, KNIMEException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int n = TableData.rowCount(table);
        final int[] fold = new int[n];
        final List<Split> folds = cv.folds();
        for (int f = 0; f < folds.size(); f++) {
            for (final int i : folds.get(f).test()) {
                fold[i] = f + 1;
            }
        }
        final int[] predicted = cv.predicted();
        final Scores scores = cv.scores();
        final Target y = cv.y();
        final boolean binary = p.m_target == TargetKind.BINARY;
        final int inputs = spec.getNumColumns();
        final int appended = binary ? 4 : 2 + scores.columns();
        final BufferedDataContainer c = exec.createDataContainer(outOfFoldSpec(spec, p, cv.classes()));
        try (CloseableRowIterator it = table.iterator()) {
            for (int i = 0; i < n; i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)n);
                }
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[inputs + appended];
                for (int j = 0; j < inputs; j++) {
                    cells[j] = row.getCell(j);
                }
                int j = inputs;
                if (binary) {
                    cells[j++] = BooleanCellFactory.create(Target.TRUE.equals(y.className(y.code(i))));
                    cells[j++] = BooleanCellFactory.create(Target.TRUE.equals(y.className(predicted[i])));
                    cells[j++] = new DoubleCell(scores.get(i, 0));
                } else {
                    cells[j++] = predictionCells[predicted[i]];
                    for (int k = 0; k < scores.columns(); k++) {
                        cells[j++] = new DoubleCell(scores.get(i, k));
                    }
                }
                cells[j] = new IntCell(fold[i]);
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
