package org.mnistlab.knime.node.digitgrid;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.charts.DigitGridChart;
import org.mnistlab.charts.Figure;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.node.digitgrid.DigitGridParameters.ImageSource;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Digit Grid. */
final class DigitGrid {

    private DigitGrid() {
    }

    /**
     * The image column or the pixel columns, checked: a vector column, or columns numbered from 0 and a square
     * number of them.
     */
    static int[] pixelColumns(final DataTableSpec spec, final DigitGridParameters p) throws InvalidSettingsException {
        if (p.m_images == ImageSource.VECTOR) {
            final int column = Columns.require(spec, p.m_imageColumn, DigitGridParameters.IMAGE_COLUMN);
            if (!Columns.isVector(spec.getColumnSpec(column).getType())) {
                throw new InvalidSettingsException(DigitGridParameters.IMAGE_COLUMN + ": column \"" + p.m_imageColumn
                    + "\" holds " + spec.getColumnSpec(column).getType().getName() + " values, not vectors of "
                    + "pixels.");
            }
            return new int[]{column};
        }
        final int[] pixels = Columns.numbered(spec, p.m_pixelPrefix, DigitGridParameters.PREFIX);
        final int side = (int)Math.round(Math.sqrt(pixels.length));
        if (side * side != pixels.length) {
            throw new InvalidSettingsException(DigitGridParameters.PREFIX + ": found " + pixels.length + " columns "
                + p.m_pixelPrefix + "0 to " + p.m_pixelPrefix + (pixels.length - 1)
                + ", which is not a square image (e.g. 784 = 28 x 28).");
        }
        return pixels;
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final DigitGridParameters p = in.getParameters();
        p.validate();
        final DataTableSpec spec = in.getInTableSpec(0);
        pixelColumns(spec, p);
        if (p.m_captions) {
            Columns.requireLabel(spec, p.m_captionColumn, DigitGridParameters.LABEL_COLUMN);
        }
        out.setOutSpec(0, PngImages.SPEC);
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final DigitGridParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final DataTableSpec spec = table.getDataTableSpec();
        final int[] pixels;
        final int captionColumn;
        try {
            pixels = pixelColumns(spec, p);
            captionColumn = p.m_captions
                ? Columns.requireLabel(spec, p.m_captionColumn, DigitGridParameters.LABEL_COLUMN) : -1;
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there are no digits to draw.");
        }
        final FeatureMatrix x = TableData.features(table, pixels, p.m_count, exec.createSubProgress(0.5));
        final int side = (int)Math.round(Math.sqrt(x.cols()));
        if (side * side != x.cols()) {
            throw new KNIMEException(DigitGridParameters.IMAGE_COLUMN + ": the vectors of column \"" + p.m_imageColumn
                + "\" hold " + x.cols() + " values, which is not a square image (e.g. 784 = 28 x 28).");
        }
        final String[] captions =
            captionColumn < 0 ? null : TableData.labels(table, captionColumn, p.m_count, exec.createSubProgress(0.1));
        final int count = x.rows();
        final String title = p.m_title.isBlank() ? "The first " + count + " digits" : p.m_title;
        exec.setMessage("Drawing " + count + " digits");
        final Figure figure = EngineCall.run(exec, m -> DigitGridChart.of(title, x, count, captions, p.m_columns));
        out.setOutData(0, PngImages.port(figure));
    }
}
