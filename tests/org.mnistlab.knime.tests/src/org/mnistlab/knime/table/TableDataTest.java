package org.mnistlab.knime.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

class TableDataTest {

    private static BufferedDataTable pixels() {
        return Tables.builder().column("label", StringCell.TYPE).columns("pixel_", 3, IntCell.TYPE) //
            .row("5", 0, 128, 255) //
            .row("0", 7, 0, 0) //
            .row("5", 0, 0, 1) //
            .build();
    }

    @Test
    void features_wholeNumbers0To255_areKeptAsBytes() throws Exception {
        final FeatureMatrix x = TableData.features(pixels(), new int[]{1, 2, 3}, Executions.context());
        assertInstanceOf(ByteMatrix.class, x);
        assertEquals(3, x.rows());
        final double[] row = new double[3];
        x.copyRow(0, row);
        assertArrayEquals(new double[]{0, 128, 255}, row);
    }

    @Test
    void features_otherNumbers_areDenseAndExact() throws Exception {
        final BufferedDataTable t = Tables.builder().column("a", DoubleCell.TYPE).column("b", IntCell.TYPE) //
            .row(0.1, 3).row(-2.5, 300).build();
        final FeatureMatrix x = TableData.features(t, new int[]{0, 1}, Executions.context());
        assertInstanceOf(DenseMatrix.class, x);
        assertArrayEquals(new double[]{0.1, 3, -2.5, 300}, ((DenseMatrix)x).toArray());
    }

    @Test
    void features_missingValue_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("a", DoubleCell.TYPE).column("b", DoubleCell.TYPE) //
            .row(1.0, 2.0).row(3.0, null).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> TableData.features(t, new int[]{0, 1}, Executions.context()));
        assertEquals("Column \"b\" has a missing value in row \"Row1\" (row 2). Remove or replace missing values "
            + "first, e.g. with the Missing Value node.", e.getMessage());
    }

    @Test
    void features_nan_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("a", DoubleCell.TYPE).row(Double.NaN).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> TableData.features(t, new int[]{0}, Executions.context()));
        assertEquals("Column \"a\" holds NaN in row \"Row0\" (row 1); features must be finite numbers.",
            e.getMessage());
    }

    @Test
    void features_withLimit_readsOnlyTheFirstRows() throws Exception {
        assertEquals(2, TableData.features(pixels(), new int[]{1}, 2, Executions.context()).rows());
        assertEquals(3, TableData.features(pixels(), new int[]{1}, 10, Executions.context()).rows());
    }

    @Test
    void dataset_featuresLabelsAndNames_matchTheTable() throws Exception {
        final Dataset d = TableData.dataset(pixels(), new int[]{1, 2, 3}, 0, Executions.context());
        assertArrayEquals(new String[]{"5", "0", "5"}, d.labels());
        assertEquals(java.util.List.of("pixel_0", "pixel_1", "pixel_2"), d.featureNames());
        assertEquals(7.0, d.x().get(1, 0));
    }

    @Test
    void target_textLabels_sortByCodePoint() throws Exception {
        final BufferedDataTable t = Tables.builder().column("y", StringCell.TYPE).row("b").row("a").row("B").build();
        final Target y = TableData.target(t, 0, Executions.context());
        assertArrayEquals(new String[]{"B", "a", "b"}, y.classes());
        assertArrayEquals(new int[]{2, 1, 0}, y.codes());
    }

    @Test
    void target_numericLabels_sortByValue() throws Exception {
        final BufferedDataTable t = Tables.builder().column("y", IntCell.TYPE).row(10).row(2).row(10).build();
        assertArrayEquals(new String[]{"2", "10"}, TableData.target(t, 0, Executions.context()).classes());
    }

    @Test
    void labels_missingLabel_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE).row("1").row((Object)null)
            .build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> TableData.labels(t, 0, Executions.context()));
        assertEquals("Column \"label\" has a missing value in row \"Row1\" (row 2). Remove or replace missing "
            + "values first, e.g. with the Missing Value node.", e.getMessage());
    }

    @Test
    void features_canceled_throwsCanceledExecutionException() {
        final Tables.Builder b = Tables.builder().column("a", IntCell.TYPE);
        for (int i = 0; i < 2500; i++) {
            b.row(i % 256);
        }
        final BufferedDataTable t = b.build();
        assertThrows(CanceledExecutionException.class,
            () -> TableData.features(t, new int[]{0}, Executions.context(Executions.cancelingAfter(1))));
    }

    @Test
    void numbers_readOneColumnExactly() throws Exception {
        final BufferedDataTable t = Tables.builder().column("label", StringCell.TYPE).column("score", DoubleCell.TYPE)
            .row("5", 2164.2203023926586).row("0", -5897.373593538878).build();
        assertArrayEquals(new double[]{2164.2203023926586, -5897.373593538878},
            TableData.numbers(t, 1, "scores", Executions.context()));
    }

    @Test
    void numbers_infinite_errorNamesColumnRowAndWhat() {
        final BufferedDataTable t =
            Tables.builder().column("score", DoubleCell.TYPE).row(1.0).row(Double.NEGATIVE_INFINITY).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> TableData.numbers(t, 0, "scores", Executions.context()));
        assertEquals("Column \"score\" holds -Infinity in row \"Row1\" (row 2); scores must be finite numbers.",
            e.getMessage());
    }
}
