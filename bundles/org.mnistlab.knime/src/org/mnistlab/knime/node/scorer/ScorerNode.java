package org.mnistlab.knime.node.scorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
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
import org.mnistlab.charts.ConfusionMatrixChart;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.metrics.Average;
import org.mnistlab.engine.metrics.ClassificationReport;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.PrecisionRecallF1;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.table.PredictionColumns.Followed;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Classification Scorer. */
final class ScorerNode {

    /** Columns of the class statistics table. */
    static final String PRECISION = "Precision";

    static final String RECALL = "Recall";

    static final String F1 = "F1";

    static final String SUPPORT = "Support";

    /** Rows of the class statistics table after the classes, named as in scikit-learn's classification report. */
    static final String ACCURACY = "accuracy";

    static final String MACRO = "macro avg";

    static final String MICRO = "micro avg";

    static final String WEIGHTED = "weighted avg";

    private ScorerNode() {
    }

    /**
     * The truth and prediction columns, checked.
     *
     * @param truth the true class column
     * @param prediction the predicted class column
     * @param warning why a column is not the configured one, if so ({@link PredictionColumns#follow})
     */
    record Selected(int truth, int prediction, Optional<String> warning) {
    }

    /**
     * The configured columns; one that is gone is replaced by the table's only prediction column, or by the column
     * of the true classes of the prediction (else the only binary target), with a warning.
     */
    static Selected columns(final DataTableSpec spec, final ScorerParameters p) throws InvalidSettingsException {
        p.requireColumns();
        final Followed prediction = PredictionColumns.follow(spec, p.m_predictionColumn,
            ScorerParameters.PREDICTION_COLUMN, PredictionColumns.all(spec, PredictionColumns::isPrediction),
            "its only prediction column");
        final int predictionIndex =
            Columns.requireLabel(spec, prediction.column(), ScorerParameters.PREDICTION_COLUMN);
        final Optional<String> predicted =
            PredictionColumns.truthColumn(spec.getColumnSpec(predictionIndex)).filter(spec::containsName);
        final Followed truth = predicted.isPresent()
            ? PredictionColumns.follow(spec, p.m_truthColumn, ScorerParameters.TRUTH_COLUMN,
                List.of(predicted.get()), "the true classes of \"" + prediction.column() + "\"")
            : PredictionColumns.follow(spec, p.m_truthColumn, ScorerParameters.TRUTH_COLUMN,
                PredictionColumns.all(spec, PredictionColumns::isTarget), "its only binary target column");
        final int truthIndex = Columns.requireLabel(spec, truth.column(), ScorerParameters.TRUTH_COLUMN);
        final String warning = Stream.of(truth.warning(), prediction.warning()).flatMap(Optional::stream)
            .collect(Collectors.joining(" "));
        return new Selected(truthIndex, predictionIndex, warning.isEmpty() ? Optional.empty() : Optional.of(warning));
    }

    static DataTableSpec statisticsSpec() {
        return new DataTableSpec(new String[]{PRECISION, RECALL, F1, SUPPORT},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final ScorerParameters p = in.getParameters();
        p.validate();
        columns(in.getInTableSpec(0), p).warning().ifPresent(out::setWarningMessage);
        // the confusion matrix has a column per class, known only from the data
        out.setOutSpec(0, null);
        out.setOutSpec(1, statisticsSpec());
        out.setOutSpec(2, PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final ScorerParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final DataTableSpec spec = table.getDataTableSpec();
        final Selected columns;
        try {
            columns = columns(spec, p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there are no predictions to score.");
        }
        columns.warning().ifPresent(out::setWarningMessage);
        final String[] truth = TableData.labels(table, columns.truth(), exec.createSubProgress(0.3));
        final String[] predicted = TableData.labels(table, columns.prediction(), exec.createSubProgress(0.3));
        final Comparator<String> order = order(spec.getColumnSpec(columns.truth()).getType(),
            spec.getColumnSpec(columns.prediction()).getType());
        final ConfusionMatrix cm = EngineCall.run(exec, m -> ConfusionMatrix.ofLabels(truth, predicted, order));
        final PrecisionRecallF1 binary = binary(cm, p);
        final BufferedDataTable confusion = confusionTable(cm, exec);
        out.setOutData(0, confusion);
        out.setOutData(1, statisticsTable(cm, binary, p, exec));
        out.setOutData(2, PngImages.port(ConfusionMatrixChart.of(cm.counts(), cm.classes(), p.m_chart.mode())));
        final String[] classes = cm.classes();
        // a binary problem's columns with their positive value: "label = 3", not "label = positive value"
        final String title = "Scorer: " + PredictionColumns.describe(spec.getColumnSpec(columns.truth())) + " vs. "
            + PredictionColumns.describe(spec.getColumnSpec(columns.prediction()));
        out.setInternalData(confusion, ScorerView.rows(table, codes(truth, classes), codes(predicted, classes),
            classes, title, exec.createSubExecutionContext(0.2)));
    }

    /** @return each label's index among the classes */
    private static int[] codes(final String[] labels, final String[] classes) {
        final Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.length; k++) {
            index.put(classes[k], k);
        }
        final int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = index.get(labels[i]);
        }
        return codes;
    }

    /**
     * How the classes are sorted: by value when both columns hold numbers (booleans included), else by text, as
     * numpy sorts the labels of {@code confusion_matrix}.
     */
    static Comparator<String> order(final DataType truth, final DataType prediction) {
        return TableData.labelOrder(truth) == Target.NUMERIC && TableData.labelOrder(prediction) == Target.NUMERIC
            ? Target.NUMERIC : Target.LEXICOGRAPHIC;
    }

    /** @return the positive class's binary scores, or null without a positive class */
    private static PrecisionRecallF1 binary(final ConfusionMatrix cm, final ScorerParameters p)
        throws KNIMEException {
        if (p.m_positiveClass.isEmpty()) {
            return null;
        }
        final int positive = Arrays.asList(cm.classes()).indexOf(p.m_positiveClass);
        if (positive < 0) {
            throw new KNIMEException(ScorerParameters.POSITIVE_CLASS + ": \"" + p.m_positiveClass + "\" is neither "
                + "a true nor a predicted class; the classes are " + Arrays.toString(cm.classes()) + ".");
        }
        try {
            return PrecisionRecallF1.binary(cm, positive);
        } catch (IllegalArgumentException e) {
            throw new KNIMEException(ScorerParameters.POSITIVE_CLASS + ": " + e.getMessage(), e);
        }
    }

    /** @return counts, a row per true class and a column per predicted class, both named by the class */
    private static BufferedDataTable confusionTable(final ConfusionMatrix cm, final ExecutionContext exec) {
        final String[] classes = cm.classes();
        final List<DataColumnSpec> columns = new ArrayList<>();
        for (final String c : classes) {
            final String name =
                DataTableSpec.getUniqueColumnName(new DataTableSpec(columns.toArray(DataColumnSpec[]::new)), c);
            columns.add(new DataColumnSpecCreator(name, IntCell.TYPE).createSpec());
        }
        final BufferedDataContainer c =
            exec.createDataContainer(new DataTableSpec(columns.toArray(DataColumnSpec[]::new)));
        try {
            final long[][] counts = cm.counts();
            for (int t = 0; t < classes.length; t++) {
                final DataCell[] cells = new DataCell[classes.length];
                for (int q = 0; q < classes.length; q++) {
                    // a count never exceeds the number of rows, an int
                    cells[q] = new IntCell((int)counts[t][q]);
                }
                c.addRowToTable(new DefaultRow(classes[t], cells));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    /**
     * scikit-learn's classification report as a table: a row per class, then accuracy (under F1, as the report
     * prints it), the macro, micro and weighted averages and, if asked for, the binary scores of the positive class.
     */
    private static BufferedDataTable statisticsTable(final ConfusionMatrix cm, final PrecisionRecallF1 binary,
        final ScorerParameters p, final ExecutionContext exec) {
        final ClassificationReport report = ClassificationReport.of(cm);
        final int total = (int)cm.total();
        final Set<String> keys = new HashSet<>();
        final BufferedDataContainer c = exec.createDataContainer(statisticsSpec());
        try {
            for (final ClassificationReport.Row r : report.rows()) {
                c.addRowToTable(row(keys, r.label(), r.scores(), (int)r.support()));
            }
            c.addRowToTable(new DefaultRow(unique(keys, ACCURACY), DataType.getMissingCell(),
                DataType.getMissingCell(), new DoubleCell(report.accuracy()), new IntCell(total)));
            c.addRowToTable(row(keys, MACRO, report.macroAverage(), total));
            c.addRowToTable(row(keys, MICRO, PrecisionRecallF1.average(cm, Average.MICRO), total));
            c.addRowToTable(row(keys, WEIGHTED, report.weightedAverage(), total));
            if (binary != null) {
                final int positive = Arrays.asList(cm.classes()).indexOf(p.m_positiveClass);
                c.addRowToTable(row(keys, "binary (positive: " + p.m_positiveClass + ")", binary,
                    (int)cm.trueCounts()[positive]));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }

    private static DefaultRow row(final Set<String> keys, final String key, final PrecisionRecallF1 s,
        final int support) {
        return new DefaultRow(unique(keys, key), new DoubleCell(s.precision()), new DoubleCell(s.recall()),
            new DoubleCell(s.f1()), new IntCell(support));
    }

    /** A summary row's key must not repeat a class's (a class may be called "accuracy"). */
    private static String unique(final Set<String> keys, final String key) {
        String k = key;
        for (int u = 1; !keys.add(k); u++) {
            k = key + " (#" + u + ")";
        }
        return k;
    }
}
