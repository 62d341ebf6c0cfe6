package org.mnistlab.knime.node.thresholdapply;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.BooleanCell.BooleanCellFactory;
import org.knime.core.data.def.StringCell;
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
import org.mnistlab.knime.table.NewColumns;

/** Configure and execute of the Threshold Apply node. */
final class ThresholdApply {

    private ThresholdApply() {
    }

    /** @return the input spec plus the prediction column */
    static DataTableSpec outputSpec(final DataTableSpec spec, final ThresholdApplyParameters p)
        throws InvalidSettingsException {
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
        final List<DataColumnSpec> added = List.of(outSpec.getColumnSpec(spec.getNumColumns()));
        out.setOutData(0, NewColumns.table(table, NewColumns.appending(spec, added, (row, index) -> {
            final DataCell s = row.getCell(score);
            // NaN compares false either way, as numpy's y_scores > threshold
            return new DataCell[]{s.isMissing() ? DataType.getMissingCell()
                : p.m_comparison.test(((DoubleValue)s).getDoubleValue(), p.m_threshold) ? positive : negative};
        }), exec));
    }
}
