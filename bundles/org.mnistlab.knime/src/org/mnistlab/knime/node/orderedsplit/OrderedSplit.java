package org.mnistlab.knime.node.orderedsplit;

import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
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
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.selection.Split;
import org.mnistlab.engine.selection.SplitSize;
import org.mnistlab.engine.selection.TrainTestSplit;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters.Mode;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters.SizeKind;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Train-Test Split. */
final class OrderedSplit {

    private static final int CHECK_EVERY = 1000;

    private OrderedSplit() {
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final OrderedSplitParameters p = in.getParameters();
        p.validate();
        final DataTableSpec spec = in.getInTableSpec(0);
        if (p.m_mode == Mode.STRATIFIED) {
            p.classColumn(spec);
        }
        out.setOutSpecs(spec, spec);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final OrderedSplitParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final int n = TableData.rowCount(table);
        final SplitSize train = p.m_sizeKind == SizeKind.COUNT ? SplitSize.count(p.m_trainRows)
            : SplitSize.fraction(p.m_trainFraction);
        final Split split;
        if (p.m_mode == Mode.STRATIFIED) {
            final int classColumn;
            try {
                classColumn = p.classColumn(table.getDataTableSpec());
            } catch (InvalidSettingsException e) {
                throw new KNIMEException(e.getMessage(), e);
            }
            final Target y = TableData.target(table, classColumn, exec.createSubProgress(0.2));
            split = EngineCall.run(exec, m -> TrainTestSplit.stratified(y, null, train, p.m_seed));
        } else if (p.m_mode == Mode.SHUFFLED) {
            split = EngineCall.run(exec, m -> TrainTestSplit.shuffled(n, null, train, p.m_seed));
        } else {
            split = EngineCall.run(exec, m -> TrainTestSplit.ordered(n, null, train));
        }
        final List<DataRow> rows = TableData.rows(table, exec.createSubProgress(0.2));
        final BufferedDataTable trainTable = write(rows, split.train(), table.getDataTableSpec(),
            exec.createSubExecutionContext(0.3));
        final BufferedDataTable testTable = write(rows, split.test(), table.getDataTableSpec(),
            exec.createSubExecutionContext(0.3));
        out.setOutData(trainTable, testTable);
    }

    private static BufferedDataTable write(final List<DataRow> rows, final int[] indices, final DataTableSpec spec,
        final ExecutionContext exec) throws CanceledExecutionException {
        final BufferedDataContainer c = exec.createDataContainer(spec);
        try {
            for (int k = 0; k < indices.length; k++) {
                if (k % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    exec.setProgress(k / (double)indices.length);
                }
                c.addRowToTable(rows.get(indices[k]));
            }
        } finally {
            c.close();
        }
        return c.getTable();
    }
}
