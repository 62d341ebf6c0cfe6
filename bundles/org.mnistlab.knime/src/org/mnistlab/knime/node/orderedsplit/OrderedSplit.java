package org.mnistlab.knime.node.orderedsplit;

import java.util.Arrays;
import java.util.Comparator;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.IntValue;
import org.knime.core.data.append.AppendedColumnRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.DataContainerSettings;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.sort.BufferedDataTableSorter;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
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

    /**
     * The outputs hold rows of the input: their IDs are unique and their values within the input's domain, so the
     * containers need not check the IDs nor widen the domain, which costs a set of all IDs per table.
     */
    private static final DataContainerSettings COPY = DataContainerSettings.builder().withInitializedDomain(true)
        .withCheckDuplicateRowKeys(false).withDomainUpdate(false).build();

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
        out.setOutData(write(table, split, exec.createSubExecutionContext(0.8)));
    }

    /**
     * Streams the input once, each row into its output. An output in table order (the first rows, the rest: the
     * lab's split) is written as it comes; one in drawn order gets its rows with their position in a temporary column,
     * is sorted by it with KNIME's table sorter (which spills to disk for large tables) and loses the column again.
     * No table is ever held in memory as a whole.
     */
    private static BufferedDataTable[] write(final BufferedDataTable table, final Split split,
        final ExecutionContext exec) throws CanceledExecutionException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int[][] outputs = {split.train(), split.test()};
        final long n = table.size();
        final byte[] output = new byte[(int)n];
        Arrays.fill(output, (byte)-1);
        final int[] position = new int[(int)n];
        final boolean[] inOrder = new boolean[outputs.length];
        final BufferedDataContainer[] containers = new BufferedDataContainer[outputs.length];
        final DataTableSpec withPosition = new DataTableSpecCreator(spec)
            .addColumns(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(spec, "Position"), IntCell.TYPE)
                .createSpec()).createSpec();
        for (int o = 0; o < outputs.length; o++) {
            inOrder[o] = true;
            for (int k = 0; k < outputs[o].length; k++) {
                output[outputs[o][k]] = (byte)o;
                position[outputs[o][k]] = k;
                inOrder[o] &= k == 0 || outputs[o][k] > outputs[o][k - 1];
            }
            containers[o] = exec.createDataContainer(inOrder[o] ? spec : withPosition, COPY);
        }
        final ExecutionMonitor streaming = exec.createSubProgress(0.5);
        try (CloseableRowIterator it = table.iterator()) {
            for (int i = 0; it.hasNext(); i++) {
                if (i % CHECK_EVERY == 0) {
                    streaming.checkCanceled();
                    streaming.setProgress(i / (double)n);
                }
                final DataRow row = it.next();
                final int o = output[i];
                if (o >= 0) {
                    containers[o].addRowToTable(inOrder[o] ? row : new AppendedColumnRow(row, new IntCell(position[i])));
                }
            }
        } finally {
            for (final BufferedDataContainer c : containers) {
                c.close();
            }
        }
        final BufferedDataTable[] tables = new BufferedDataTable[outputs.length];
        for (int o = 0; o < outputs.length; o++) {
            tables[o] = inOrder[o] ? containers[o].getTable()
                : drawnOrder(containers[o].getTable(), spec.getNumColumns(), exec.createSubExecutionContext(0.25));
        }
        return tables;
    }

    /** The rows sorted by their position column (the last), which is then removed. */
    private static BufferedDataTable drawnOrder(final BufferedDataTable table, final int positionColumn,
        final ExecutionContext exec) throws CanceledExecutionException {
        final BufferedDataTable sorted = new BufferedDataTableSorter(table, Comparator
            .comparingInt((final DataRow r) -> ((IntValue)r.getCell(positionColumn)).getIntValue())).sort(exec);
        final ColumnRearranger r = new ColumnRearranger(sorted.getDataTableSpec());
        r.remove(positionColumn);
        return exec.createColumnRearrangeTable(sorted, r, exec);
    }
}
