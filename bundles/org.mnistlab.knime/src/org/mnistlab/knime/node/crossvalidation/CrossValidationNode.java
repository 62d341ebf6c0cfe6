package org.mnistlab.knime.node.crossvalidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Dataset;
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
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.FeatureColumns;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.FoldKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.LearnerKind;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters.TargetKind;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Cross-Validation node. */
final class CrossValidationNode {

    /** Column names of the per-fold table. */
    static final String FOLD = "Fold";

    static final String ACCURACY = "Accuracy";

    static final String TRAINING_ROWS = "Training rows";

    static final String TEST_ROWS = "Test rows";

    static final String FIT_SECONDS = "Fit seconds";

    /** Column name (stem) of the appended decision scores. */
    static final String SCORE = "Decision score";

    private static final int CHECK_EVERY = 1000;

    private CrossValidationNode() {
    }

    /**
     * The columns the settings select, checked against a spec.
     *
     * @param label the label column
     * @param features the feature columns, in feature order
     */
    record Selected(int label, int[] features) {
    }

    static Selected columns(final DataTableSpec spec, final CrossValidationParameters p)
        throws InvalidSettingsException {
        final int label = Columns.requireLabel(spec, p.m_labelColumn, CrossValidationParameters.LABEL_COLUMN);
        final int[] features;
        if (p.m_featureColumns == FeatureColumns.NUMBERED) {
            features = Columns.numbered(spec, p.m_featurePrefix, CrossValidationParameters.PREFIX);
            for (final int f : features) {
                if (f == label) {
                    throw new InvalidSettingsException(CrossValidationParameters.LABEL_COLUMN + ": column \""
                        + p.m_labelColumn + "\" is also one of the numbered feature columns.");
                }
            }
        } else {
            features = Columns.numericExcept(spec, Set.of(p.m_labelColumn));
        }
        return new Selected(label, features);
    }

    static DataTableSpec foldSpec() {
        return new DataTableSpec(new String[]{FOLD, ACCURACY, TRAINING_ROWS, TEST_ROWS, FIT_SECONDS},
            new DataType[]{IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, IntCell.TYPE, DoubleCell.TYPE});
    }

    /**
     * The out-of-fold table's spec: the input's columns, then for a binary target the target as a boolean, the
     * boolean prediction and the positive class's score, for all classes the predicted label and one score per
     * class (one for two classes), and finally the fold.
     *
     * @param spec the input spec
     * @param p the settings
     * @param classes the classes of a multiclass target (ignored for binary targets)
     */
    static DataTableSpec outOfFoldSpec(final DataTableSpec spec, final CrossValidationParameters p,
        final String[] classes) {
        final List<DataColumnSpec> appended = new ArrayList<>();
        final String label = p.m_labelColumn;
        if (p.m_target == TargetKind.BINARY) {
            final String target = label + " = " + p.m_positiveValue;
            appended.add(column(spec, appended, target, BooleanCell.TYPE));
            appended.add(column(spec, appended, "Prediction (" + target + ")", BooleanCell.TYPE));
            appended.add(column(spec, appended, SCORE, DoubleCell.TYPE));
        } else {
            final DataType labelType = spec.getColumnSpec(label).getType();
            appended.add(column(spec, appended, "Prediction (" + label + ")", labelType));
            // two classes have one decision score, the second class's, as scikit-learn's decision_function
            final String[] scored = classes.length == 2 ? new String[]{classes[1]} : classes;
            for (final String c : scored) {
                appended.add(column(spec, appended, SCORE + " (" + c + ")", DoubleCell.TYPE));
            }
        }
        appended.add(column(spec, appended, FOLD, IntCell.TYPE));
        final List<DataColumnSpec> all = new ArrayList<>();
        spec.forEach(all::add);
        all.addAll(appended);
        return new DataTableSpec(all.toArray(DataColumnSpec[]::new));
    }

    /** A new column whose name clashes neither with the input's nor with those appended before it. */
    private static DataColumnSpec column(final DataTableSpec spec, final List<DataColumnSpec> appended,
        final String name, final DataType type) {
        final List<DataColumnSpec> all = new ArrayList<>();
        spec.forEach(all::add);
        all.addAll(appended);
        final String unique = DataTableSpec.getUniqueColumnName(new DataTableSpec(all.toArray(DataColumnSpec[]::new)),
            name);
        return new DataColumnSpecCreator(unique, type).createSpec();
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final CrossValidationParameters p = in.getParameters();
        p.validate();
        final DataTableSpec spec = in.getInTableSpec(0);
        columns(spec, p);
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
        final Selected columns;
        final Learner learner;
        final Splitter splitter;
        try {
            columns = columns(spec, p);
            learner = learner(p);
            splitter = splitter(p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final Dataset data = TableData.dataset(table, columns.features(), columns.label(),
            exec.createSubProgress(0.15));
        final Target y = target(p, data.labels(), spec.getColumnSpec(columns.label()).getType());
        final int threads = threads(p);
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

    private static Target target(final CrossValidationParameters p, final String[] labels, final DataType labelType)
        throws KNIMEException {
        if (p.m_target == TargetKind.MULTICLASS) {
            return Target.of(labels, TableData.labelOrder(labelType));
        }
        final Target y = Target.binary(labels, p.m_positiveValue);
        if (y.numClasses() < 2) {
            final boolean none = Target.FALSE.equals(y.className(0));
            throw new KNIMEException(CrossValidationParameters.POSITIVE_VALUE + ": " + (none ? "no" : "every")
                + " row of column \"" + p.m_labelColumn + "\" has the label \"" + p.m_positiveValue
                + "\"; the binary target needs rows of both classes.");
        }
        return y;
    }

    static Learner learner(final CrossValidationParameters p) throws InvalidSettingsException {
        final int threads = threads(p);
        final Learner learner;
        if (p.m_learner == LearnerKind.SGD) {
            learner = SGDClassifier.learner(p.m_sgd.params(), threads);
        } else if (p.m_svm.m_oneVsRest) {
            // the binary SVMs run one per thread, as the lab's OneVsRestClassifier(SVC()) does with n_jobs
            learner = OneVsRestClassifier.learner(SVC.learner(p.m_svm.params(), 1), threads);
        } else {
            learner = SVC.learner(p.m_svm.params(), threads);
        }
        return p.m_scaleInFold ? new ScaledLearner(learner) : learner;
    }

    static Splitter splitter(final CrossValidationParameters p) {
        if (p.m_foldKind == FoldKind.KFOLD) {
            return p.m_shuffle ? KFold.shuffled(p.m_folds, p.m_shuffleSeed) : new KFold(p.m_folds);
        }
        return p.m_shuffle ? StratifiedKFold.shuffled(p.m_folds, p.m_shuffleSeed) : new StratifiedKFold(p.m_folds);
    }

    private static int threads(final CrossValidationParameters p) {
        return p.m_threads == 0 ? Parallel.defaultThreads() : p.m_threads;
    }

    /** @return the learner as scikit-learn would write it, for the chart's legend */
    static String learnerName(final CrossValidationParameters p) {
        final String model = p.m_learner == LearnerKind.SGD ? "SGDClassifier"
            : p.m_svm.m_oneVsRest ? "OneVsRestClassifier(SVC)" : "SVC";
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
