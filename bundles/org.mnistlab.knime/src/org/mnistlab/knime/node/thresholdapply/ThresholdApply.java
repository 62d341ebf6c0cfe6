package org.mnistlab.knime.node.thresholdapply;

import org.knime.core.data.DataCell;
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

/** Configure and execute of the Threshold Apply node. */
final class ThresholdApply {

    private static final int CHECK_EVERY = 1000;

    private ThresholdApply() {
    }

    /** @return the input spec plus the prediction column */
    static DataTableSpec outputSpec(final DataTableSpec spec, final ThresholdApplyParameters p)
        throws InvalidSettingsException {
        p.requireColumns();
        Columns.requireNumeric(spec, p.m_scoreColumn, ThresholdApplyParameters.SCORE_COLUMN);
        final String name = p.m_outputColumn.trim();
        if (spec.containsName(name)) {
            throw new InvalidSettingsException(ThresholdApplyParameters.OUTPUT_COLUMN + ": the input table already "
                + "has a column \"" + name + "\"; choose another name.");
        }
        final DataType type = p.m_outputType == OutputType.BOOLEAN ? BooleanCell.TYPE : StringCell.TYPE;
        return new DataTableSpecCreator(spec).addColumns(new DataColumnSpecCreator(name, type).createSpec())
            .createSpec();
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final ThresholdApplyParameters p = in.getParameters();
        p.validate();
        out.setOutSpec(0, outputSpec(in.getInTableSpec(0), p));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final ThresholdApplyParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final DataTableSpec spec = table.getDataTableSpec();
        final DataTableSpec outSpec;
        try {
            outSpec = outputSpec(spec, p);
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final int score = spec.findColumnIndex(p.m_scoreColumn);
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
