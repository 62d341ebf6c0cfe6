package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.IntValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.TableData;
import org.mnistlab.knime.node.digitgrid.DigitGridParameters;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters;
import org.mnistlab.testdata.MnistTestData;

/**
 * The lab's first steps on the real MNIST through the nodes (Reader, Digit Grid, Ordered Split with their default
 * settings, as a workflow would run them) give exactly the engine's data and pictures, from the pixels as 784 integer
 * columns and as one byte vector column alike.
 */
class LabMnistNodesTest {

    private static Dataset s_engine;

    /** The pixels as 784 integer columns. */
    private static BufferedDataTable s_digits;

    /** The pixels as one byte vector column, the Reader's default. */
    private static BufferedDataTable s_vectors;

    @BeforeAll
    static void read() throws Exception {
        s_engine = MnistTestData.all();
        s_digits = read("COLUMNS");
        s_vectors = read("VECTOR");
    }

    private static BufferedDataTable read(final String pixels) throws Exception {
        final NodeHarness reader = NodeHarness.of(new MnistReaderNodeFactory(), MnistReaderParameters.class);
        final var params = reader.defaultParameters();
        final var settings = org.mnistlab.knime.testing.Parameters.toSettings(params, "model");
        settings.addString("source", "FOLDER");
        settings.addString("folder", MnistTestData.folder().toString());
        settings.addString("pixels", pixels);
        return reader.execute(reader.loadParameters(settings)).table(0);
    }

    @AfterAll
    static void release() {
        // 70,000 rows of cells: free them for the test classes that follow
        s_engine = null;
        s_digits = null;
        s_vectors = null;
    }

    @Test
    void reader_vectors_holdTheEnginesPixelsInTheEnginesOrder() {
        assertEquals(70_000, s_vectors.size());
        final List<DataRow> rows = Tables.rows(s_vectors);
        final double[] expected = new double[784];
        for (final int i : new int[]{0, 1, 59_999, 60_000, 69_999}) {
            assertEquals("Row" + i, rows.get(i).getKey().getString());
            assertEquals(s_engine.label(i), rows.get(i).getCell(0).toString());
            s_engine.x().copyRow(i, expected);
            final ByteVectorValue pixels = (ByteVectorValue)rows.get(i).getCell(1);
            for (int j = 0; j < 784; j++) {
                assertEquals((int)expected[j], pixels.get(j));
            }
        }
    }

    @Test
    void conversion_vectorTable_isTheEnginesByteMatrixWithItsFeatureNames() throws Exception {
        final Dataset d = TableData.dataset(s_vectors, new int[]{1}, 0, Executions.context());
        final ByteMatrix x = assertInstanceOf(ByteMatrix.class, d.x());
        final ByteMatrix e = (ByteMatrix)s_engine.x();
        assertEquals(e.nonZeroCount(), x.nonZeroCount());
        final byte[] a = new byte[784];
        final byte[] b = new byte[784];
        for (int i = 0; i < e.rows(); i++) {
            e.copyRow(i, a);
            x.copyRow(i, b);
            assertArrayEquals(a, b, "row " + i);
        }
        assertArrayEquals(s_engine.labels(), d.labels());
        assertEquals(s_engine.featureNames(), d.featureNames());
    }

    @Test
    void orderedSplitAndDigitGrid_ofVectors_areThoseOfColumns() throws Exception {
        final NodeHarness split = NodeHarness.of(new OrderedSplitNodeFactory(), OrderedSplitParameters.class);
        final Executed e = split.execute(split.defaultParameters(s_vectors.getDataTableSpec()), s_vectors);
        assertEquals(60_000, e.table(0).size());
        assertEquals(10_000, e.table(1).size());
        assertEquals("Row60000", Tables.rows(e.table(1)).get(0).getKey().getString());
        final NodeHarness grid = NodeHarness.of(new DigitGridNodeFactory(), DigitGridParameters.class);
        final ImagePortObject image =
            grid.execute(grid.defaultParameters(e.table(0).getDataTableSpec()), e.table(0)).output(0);
        assertArrayEquals(DigitGridChart.of(s_engine.x(), 100, 10).png(),
            ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray());
    }

    @Test
    void reader_gives70000DigitsInTheEnginesOrder() throws Exception {
        assertEquals(70_000, s_digits.size());
        final List<DataRow> rows = Tables.rows(s_digits);
        assertEquals("5", rows.get(0).getCell(0).toString(), "the lab's first digit is a 5");
        final double[] expected = new double[784];
        for (final int i : new int[]{0, 1, 59_999, 60_000, 69_999}) {
            assertEquals("Row" + i, rows.get(i).getKey().getString());
            assertEquals(s_engine.label(i), rows.get(i).getCell(0).toString());
            s_engine.x().copyRow(i, expected);
            for (int j = 0; j < 784; j++) {
                assertEquals((int)expected[j], ((IntValue)rows.get(i).getCell(1 + j)).getIntValue());
            }
        }
    }

    @Test
    void conversion_readerTable_isTheEnginesByteMatrix() throws Exception {
        final int[] pixels = Columns.numbered(s_digits.getDataTableSpec(), "pixel_", "pixels");
        final Dataset d = TableData.dataset(s_digits, pixels, 0, Executions.context());
        final ByteMatrix x = assertInstanceOf(ByteMatrix.class, d.x());
        final ByteMatrix e = (ByteMatrix)s_engine.x();
        assertEquals(e.nonZeroCount(), x.nonZeroCount());
        final byte[] a = new byte[784];
        final byte[] b = new byte[784];
        for (int i = 0; i < e.rows(); i++) {
            e.copyRow(i, a);
            x.copyRow(i, b);
            assertArrayEquals(a, b, "row " + i);
        }
        assertArrayEquals(s_engine.labels(), d.labels());
        assertEquals(s_engine.featureNames(), d.featureNames());
    }

    @Test
    void orderedSplit_defaults_areTheLabsFirst60000AndLast10000() throws Exception {
        final NodeHarness split = NodeHarness.of(new OrderedSplitNodeFactory(), OrderedSplitParameters.class);
        final Executed e = split.execute(split.defaultParameters(s_digits.getDataTableSpec()), s_digits);
        assertEquals(60_000, e.table(0).size());
        assertEquals(10_000, e.table(1).size());
        assertEquals("Row60000", Tables.rows(e.table(1)).get(0).getKey().getString());
        assertEquals("Row59999", Tables.rows(e.table(0)).get(59_999).getKey().getString());
    }

    @Test
    void digitGrid_defaults_drawTheLabsFirst100Digits() throws Exception {
        final NodeHarness grid = NodeHarness.of(new DigitGridNodeFactory(), DigitGridParameters.class);
        final ImagePortObject image =
            grid.execute(grid.defaultParameters(s_digits.getDataTableSpec()), s_digits).output(0);
        assertArrayEquals(DigitGridChart.of(s_engine.x(), 100, 10).png(),
            ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray());
    }
}
