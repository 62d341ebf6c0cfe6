package org.mnistlab.knime.node.digitgrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.vector.bytevector.DenseByteVector;
import org.knime.core.data.vector.bytevector.DenseByteVectorCell;
import org.knime.core.data.vector.bytevector.DenseByteVectorCellFactory;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.testing.Xml;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.digitgrid.DigitGridParameters.ImageSource;

class DigitGridNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new DigitGridNodeFactory(), DigitGridParameters.class);

    /** Three 2 x 2 digits. */
    private static BufferedDataTable digits() {
        return Tables.builder().column("label", StringCell.TYPE).columns("pixel_", 4, IntCell.TYPE) //
            .row("1", 0, 255, 0, 255) //
            .row("7", 255, 255, 0, 128) //
            .row("0", 255, 255, 255, 255) //
            .build();
    }

    private static final DenseMatrix PIXELS =
        DenseMatrix.of(new double[][]{{0, 255, 0, 255}, {255, 255, 0, 128}, {255, 255, 255, 255}});

    /** Settings reading numbered pixel columns, as {@link #digits()} has them. */
    private static DigitGridParameters pixelColumns() {
        final DigitGridParameters p = new DigitGridParameters();
        p.m_images = ImageSource.COLUMNS;
        return p;
    }

    /** The same three digits, each in one byte vector cell. */
    private static BufferedDataTable vectorDigits() {
        final DataColumnSpecCreator pixels = new DataColumnSpecCreator("pixels", DenseByteVectorCell.TYPE);
        final DataTableSpec labels = Tables.builder().column("label", StringCell.TYPE).spec();
        return Tables.of(new DataTableSpec(labels.getColumnSpec(0), pixels.createSpec()),
            List.of(vectorRow(0, "1", 0, 255, 0, 255), vectorRow(1, "7", 255, 255, 0, 128),
                vectorRow(2, "0", 255, 255, 255, 255)));
    }

    private static DataRow vectorRow(final int i, final String label, final int... pixels) {
        final DenseByteVector v = new DenseByteVector(pixels.length);
        for (int j = 0; j < pixels.length; j++) {
            v.set(j, pixels[j]);
        }
        return new DefaultRow(RowKey.createRowKey((long)i), new StringCell(label),
            new DenseByteVectorCellFactory(v).createDataCell());
    }

    private static byte[] png(final ImagePortObject image) {
        return ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray();
    }

    @Test
    void defaults_areTheLabsPictureAndValid() throws Exception {
        final DigitGridParameters p = (DigitGridParameters)NODE.defaultParameters(digits().getDataTableSpec());
        assertEquals(100, p.m_count);
        assertEquals(10, p.m_columns);
        assertEquals("pixel_", p.m_pixelPrefix);
        assertEquals(false, p.m_captions);
        assertEquals("label", p.m_captionColumn, "a new node proposes the first text column");
        p.validate();
    }

    @Test
    void defaults_ofAVectorTable_readItsVectorColumn() throws Exception {
        final DigitGridParameters p = (DigitGridParameters)NODE.defaultParameters(vectorDigits().getDataTableSpec());
        assertEquals(ImageSource.VECTOR, p.m_images);
        assertEquals("pixels", p.m_imageColumn);
        assertEquals(ImageSource.COLUMNS,
            ((DigitGridParameters)NODE.defaultParameters(digits().getDataTableSpec())).m_images,
            "a table of pixel columns is read by columns");
    }

    @Test
    void load_settingsOfAnOlderNode_keepReadingPixelColumns() throws Exception {
        // as version 0.1.0 saved them (workflow 1), before images could be vectors
        final NodeSettingsRO older = Xml.parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <config xmlns="http://www.knime.org/2008/09/XMLConfig" key="model">
                <entry key="count" type="xint" value="1"/>
                <entry key="columns" type="xint" value="1"/>
                <entry key="pixelPrefix" type="xstring" value="pixel_"/>
                <entry key="captions" type="xboolean" value="true"/>
                <entry key="captionColumn" type="xstring" value="label"/>
                <entry key="title" type="xstring" value="some_digit = X[0], y[0] = '5'"/>
            </config>
            """);
        final DigitGridParameters p = (DigitGridParameters)NODE.loadParameters(older);
        assertEquals(ImageSource.COLUMNS, p.m_images);
        assertEquals("pixel_", p.m_pixelPrefix);
        assertEquals(List.of(1, 1, true, "label", "some_digit = X[0], y[0] = '5'"),
            List.of(p.m_count, p.m_columns, p.m_captions, p.m_captionColumn, p.m_title));
        NODE.execute(p, digits());
    }

    @Test
    void execute_vectorColumn_drawsTheSamePictureAsPixelColumns() throws Exception {
        final DigitGridParameters p = new DigitGridParameters();
        p.m_captions = true;
        p.m_captionColumn = "label";
        final DigitGridParameters q = pixelColumns();
        q.m_captions = true;
        q.m_captionColumn = "label";
        assertArrayEquals(png(NODE.execute(q, digits()).output(0)), png(NODE.execute(p, vectorDigits()).output(0)));
    }

    @Test
    void configure_vectorColumnAbsentOrNoVector_messageNamesTheOption() {
        final DigitGridParameters p = new DigitGridParameters();
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, digits().getDataTableSpec()));
        assertEquals("Image column: the input table has no column \"pixels\".", e.getMessage());
        p.m_imageColumn = "label";
        e = assertThrows(InvalidSettingsException.class, () -> NODE.configure(p, vectorDigits().getDataTableSpec()));
        assertEquals("Image column: column \"label\" holds String values, not vectors of pixels.", e.getMessage());
    }

    @Test
    void execute_vectorsOfNoSquareLength_explains() {
        final BufferedDataTable t = Tables.of(vectorDigits().getDataTableSpec(), List.of(vectorRow(0, "1", 1, 2, 3)));
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(new DigitGridParameters(), t));
        assertEquals("Image column: the vectors of column \"pixels\" hold 3 values, which is not a square image "
            + "(e.g. 784 = 28 x 28).", e.getMessage());
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final DigitGridParameters p = pixelColumns();
        p.m_count = 12;
        p.m_columns = 4;
        p.m_pixelPrefix = "px";
        p.m_captions = true;
        p.m_captionColumn = "prediction";
        p.m_title = "Errors";
        final DigitGridParameters q = Parameters.roundTrip(p);
        assertEquals(java.util.List.of(12, 4, "px", true, "prediction", "Errors"),
            java.util.List.of(q.m_count, q.m_columns, q.m_pixelPrefix, q.m_captions, q.m_captionColumn, q.m_title));
    }

    @Test
    void load_zeroDigits_messageNamesTheOption() {
        final DigitGridParameters p = pixelColumns();
        p.m_count = 0;
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Number of digits must be at least 1, got 0.", e.getMessage());
    }

    @Test
    void load_blankPrefix_messageNamesTheOption() {
        final DigitGridParameters p = pixelColumns();
        p.m_pixelPrefix = " ";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Pixel column prefix must not be blank.", e.getMessage());
    }

    @Test
    void configure_output_isAPngImage() throws Exception {
        assertEquals(PngImages.SPEC, NODE.configure(pixelColumns(), digits().getDataTableSpec()).spec(0));
    }

    @Test
    void configure_noPixelColumns_messageNamesOptionAndColumn() {
        final DigitGridParameters p = pixelColumns();
        p.m_pixelPrefix = "x";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, digits().getDataTableSpec()));
        assertEquals("Pixel column prefix: the input table has no column \"x0\".", e.getMessage());
    }

    @Test
    void configure_nonSquarePixelCount_isRejected() {
        final DataTableSpec spec = Tables.builder().columns("pixel_", 3, IntCell.TYPE).spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(pixelColumns(), spec));
        assertEquals("Pixel column prefix: found 3 columns pixel_0 to pixel_2, which is not a square image (e.g. "
            + "784 = 28 x 28).", e.getMessage());
    }

    @Test
    void configure_captionsFromAbsentColumn_messageNamesTheOption() {
        final DigitGridParameters p = pixelColumns();
        p.m_captions = true;
        p.m_captionColumn = "prediction";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, digits().getDataTableSpec()));
        assertEquals("Caption column: the input table has no column \"prediction\".", e.getMessage());
    }

    @Test
    void execute_fewerRowsThanDigits_drawsAllRowsAsTheChartsBundleDoes() throws Exception {
        final ImagePortObject image = NODE.execute(pixelColumns(), digits()).output(0);
        assertArrayEquals(DigitGridChart.of("The first 3 digits", PIXELS, 3, null, 10).png(), png(image));
    }

    @Test
    void execute_captionsAndTitle_areDrawn() throws Exception {
        final DigitGridParameters p = pixelColumns();
        p.m_count = 2;
        p.m_columns = 1;
        p.m_captions = true;
        p.m_captionColumn = "label";
        p.m_title = "Two digits";
        final ImagePortObject image = NODE.execute(p, digits()).output(0);
        assertArrayEquals(DigitGridChart.of("Two digits", PIXELS, 2, new String[]{"1", "7"}, 1).png(), png(image));
    }

    @Test
    void execute_emptyTable_explains() {
        final BufferedDataTable empty = Tables.builder().columns("pixel_", 4, IntCell.TYPE).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(pixelColumns(), empty));
        assertEquals("The input table is empty: there are no digits to draw.", e.getMessage());
    }

    @Test
    void execute_missingPixel_errorNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().columns("pixel_", 4, IntCell.TYPE).row(0, 1, null, 3).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(pixelColumns(), t));
        assertEquals("Column \"pixel_2\" has a missing value in row \"Row0\" (row 1). Remove or replace missing "
            + "values first, e.g. with the Missing Value node.", e.getMessage());
    }
}
