package org.mnistlab.knime.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.BufferedDataTable.KnowsRowCountTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.Tables;

/**
 * The one place where nodes add columns: KNIME's column rearranging, whose table refers to the input instead of
 * copying it; cells are computed from the row and its position; errors and cancel reach the node as KNIME expects.
 */
class NewColumnsTest {

    private static BufferedDataTable input() {
        return Tables.builder().column("name", StringCell.TYPE).column("x", IntCell.TYPE) //
            .row("a", 1).row("b", 2).row("c", 3).build();
    }

    /** KNIME's own table behind a BufferedDataTable (not public: the test looks inside). */
    private static KnowsRowCountTable delegate(final BufferedDataTable t) throws ReflectiveOperationException {
        final Method m = BufferedDataTable.class.getDeclaredMethod("getDelegate");
        m.setAccessible(true);
        return (KnowsRowCountTable)m.invoke(t);
    }

    @Test
    void appending_cellsByPosition_referToTheInputForItsColumns() throws Exception {
        final BufferedDataTable in = input();
        final double[] scores = {0.5, -1, 2};
        final ColumnRearranger r = NewColumns.appending(in.getDataTableSpec(),
            List.of(new DataColumnSpecCreator("score", DoubleCell.TYPE).createSpec()),
            (row, index) -> new DataCell[]{new DoubleCell(scores[(int)index])});
        final BufferedDataTable out = NewColumns.table(in, r, Executions.context());
        assertArrayEquals(new String[]{"name", "x", "score"}, out.getDataTableSpec().getColumnNames());
        assertTrue(r.createSpec().equalStructure(out.getDataTableSpec()), "configure's spec is execute's");
        assertEquals(List.of(List.of("Row0", new StringCell("a"), new IntCell(1), new DoubleCell(0.5)),
            List.of("Row1", new StringCell("b"), new IntCell(2), new DoubleCell(-1)),
            List.of("Row2", new StringCell("c"), new IntCell(3), new DoubleCell(2))), Tables.contents(out));
        // not a copy: KNIME's rearranged table, stored as the new column and a reference to the input
        final KnowsRowCountTable d = delegate(out);
        assertEquals("RearrangeColumnsTable", d.getClass().getSimpleName());
        assertSame(in, d.getReferenceTables()[0]);
    }

    @Test
    void replacing_keepsThePositionAndTheOtherColumns() throws Exception {
        final BufferedDataTable in = input();
        final BufferedDataTable out = NewColumns.table(in, NewColumns.replacing(in.getDataTableSpec(), new int[]{1},
            new org.knime.core.data.DataColumnSpec[]{new DataColumnSpecCreator("x", DoubleCell.TYPE).createSpec()},
            (row, index) -> new DataCell[]{new DoubleCell(((IntCell)row.getCell(1)).getIntValue() / 2.0)}),
            Executions.context());
        assertEquals(List.of(new DoubleCell(0.5), new DoubleCell(1), new DoubleCell(1.5)), Tables.column(out, "x"));
        assertEquals(List.of(new StringCell("a"), new StringCell("b"), new StringCell("c")),
            Tables.column(out, "name"));
    }

    @Test
    void cellsThatFail_failTheNodeWithTheirMessage() {
        final BufferedDataTable in = input();
        final KNIMEException e = assertThrows(KNIMEException.class,
            () -> NewColumns.table(in, NewColumns.appending(in.getDataTableSpec(),
                List.of(new DataColumnSpecCreator("y", DoubleCell.TYPE).createSpec()), (row, index) -> {
                    throw new KNIMEException("row " + index + " is bad");
                }), Executions.context()));
        assertEquals("row 0 is bad", e.getMessage());
    }

    @Test
    void canceled_throwsCanceledExecutionException() {
        final BufferedDataTable in = input();
        assertThrows(CanceledExecutionException.class, () -> NewColumns.table(in, NewColumns.appending(
            in.getDataTableSpec(), List.of(new DataColumnSpecCreator("y", DoubleCell.TYPE).createSpec()),
            (row, index) -> new DataCell[]{new DoubleCell(index)}), Executions.context(Executions.canceled())));
    }
}
