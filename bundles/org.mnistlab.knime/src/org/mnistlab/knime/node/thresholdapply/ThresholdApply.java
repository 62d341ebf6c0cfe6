package org.mnistlab.knime.node.thresholdapply;

import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.DefaultRow;
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
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyParameters.OutputType;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.PredictionColumns;
import org.mnistlab.knime.table.PredictionColumns.Binary;
import org.mnistlab.knime.table.PredictionColumns.Followed;

/** Configure and execute of the Threshold Apply node. */
final class ThresholdApply {

    private static final int CHECK_EVERY = 1000;

    private ThresholdApply() {
    }

    /**
     * The score column: the configured one, else the table's only decision score column, with a warning.
     *
     * @param spec the input spec
     * @param p the settings
     * @return the column to use
     * @throws InvalidSettingsException if it is not chosen yet, missing or not numeric
     */
    static Followed scoreColumn(final DataTableSpec spec, final ThresholdApplyParameters p)
        throws InvalidSettingsException {
        p.requireColumns();
        final Followed score = PredictionColumns.follow(spec, p.m_scoreColumn, ThresholdApplyParameters.SCORE_COLUMN,
            PredictionColumns.all(spec, PredictionColumns::isScore), "its only decision score column");
        Columns.requireNumeric(spec, score.column(), ThresholdApplyParameters.SCORE_COLUMN);
        return score;
    }

    /**
     * @return the input spec plus the prediction column; a boolean prediction of a binary problem's scores is that
     *         problem's prediction ({@link PredictionColumns})
     */
    static DataTableSpec outputSpec(final DataTableSpec spec, final String scoreColumn,
        final ThresholdApplyParameters p) throws InvalidSettingsException {
        final String name = p.m_outputColumn.trim();
        if (spec.containsName(name)) {
            throw new InvalidSettingsException(ThresholdApplyParameters.OUTPUT_COLUMN + ": the input table already "
                + "has a column \"" + name + "\"; choose another name.");
        }
        final DataType type = p.m_outputType == OutputType.BOOLEAN ? BooleanCell.TYPE : StringCell.TYPE;
        final DataColumnSpec score = spec.getColumnSpec(scoreColumn);
        final Optional<Binary> binary = PredictionColumns.binary(score);
        final Optional<String> truth = PredictionColumns.truthColumn(score);
        // true and false compare with the problem's boolean target; text labels do not
        final DataColumnSpec prediction = type == BooleanCell.TYPE && binary.isPresent() && truth.isPresent()
            ? PredictionColumns.prediction(name, type, truth.get(), binary.get())
            : new DataColumnSpecCreator(name, type).createSpec();
        return new DataTableSpecCreator(spec).addColumns(prediction).createSpec();
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final ThresholdApplyParameters p = in.getParameters();
        p.validate();
        final DataTableSpec spec = in.getInTableSpec(0);
        final Followed score = scoreColumn(spec, p);
        score.warning().ifPresent(out::setWarningMessage);
        out.setOutSpec(0, outputSpec(spec, score.column(), p));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final ThresholdApplyParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final DataTableSpec spec = table.getDataTableSpec();
        final DataTableSpec outSpec;
        final Followed scoreColumn;
        try {
            scoreColumn = scoreColumn(spec, p);
            outSpec = outputSpec(spec, scoreColumn.column(), p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        scoreColumn.warning().ifPresent(out::setWarningMessage);
        final int score = spec.findColumnIndex(scoreColumn.column());
        final DataCell positive = p.m_outputType == OutputType.BOOLEAN ? BooleanCellFactory.create(true)
            : new StringCell(p.m_positiveLabel);
        final DataCell negative = p.m_outputType == OutputType.BOOLEAN ? BooleanCellFactory.create(false)
            : new StringCell(p.m_negativeLabel);
        final int inputs = spec.getNumColumns();
        final long n = table.size();
        final BufferedDataContainer c = exec.createDataContainer(outSpec);
        try (CloseableRowIterator it = table.iterator()) {
            for (long i = 0; it.hasNext(); i++) {
                if (i % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(i / (double)n);
                }
                final DataRow row = it.next();
                final DataCell[] cells = new DataCell[inputs + 1];
                for (int j = 0; j < inputs; j++) {
                    cells[j] = row.getCell(j);
                }
                final DataCell s = row.getCell(score);
                // NaN compares false either way, as numpy's y_scores > threshold
                cells[inputs] = s.isMissing() ? DataType.getMissingCell()
                    : p.m_comparison.comparison().test(((DoubleValue)s).getDoubleValue(), p.m_threshold) ? positive : negative;
                c.addRowToTable(new DefaultRow(row.getKey(), cells));
            }
        } finally {
            c.close();
        }
        out.setOutData(0, c.getTable());
    }
}
