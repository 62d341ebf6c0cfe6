package org.mnistlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The lab's look, shared by all charts so the pictures match the book's matplotlib figures: white background, thin
 * black frame, light grid, sans-serif text, matplotlib's "tab10" colors. Numbers are formatted in US style whatever
 * the machine's locale, so a figure looks the same everywhere.
 */
final class LabStyle {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Color TEXT = new Color(0x26, 0x26, 0x26);

    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    static final Color FRAME = new Color(0x40, 0x40, 0x40);

    /** matplotlib's default color cycle ("tab10") */
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    static final Color BLUE = PALETTE[0];

    static final Color GREEN = PALETTE[2];

    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    static final Stroke DASHED_LINE =
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{7f, 4f}, 0f);

    static final Stroke DOTTED_LINE =
        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{2f, 3f}, 0f);

    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    static {
        // JFreeChart's default works around a Java 1.4 bug by drawing rotated text (vertical axis labels) as a
        // TextLayout, which SVG output turns into glyph outlines; plain drawString keeps them searchable text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private LabStyle() {
    }

    /**
     * @param title the chart's title
     * @param plot its plot
     * @return a chart in the lab's style, without legend (charts that need one place it themselves)
     */
    static JFreeChart chart(final String title, final Plot plot) {
        final JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setPadding(new RectangleInsets(2, 2, 6, 2));
        chart.setPadding(new RectangleInsets(10, 10, 10, 14));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(FRAME);
        plot.setOutlineStroke(new BasicStroke(1f));
        return chart;
    }

    /**
     * @param text a line shown under the title
     * @return the subtitle
     */
    static TextTitle subtitle(final String text) {
        final TextTitle subtitle = new TextTitle(text, SUBTITLE_FONT);
        subtitle.setPaint(TEXT);
        subtitle.setPadding(new RectangleInsets(0, 2, 8, 2));
        return subtitle;
    }

    /** @param plot an XY plot to give a light grid and no gap between axes and data area */
    static void style(final XYPlot plot) {
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        style(plot.getDomainAxis());
        style(plot.getRangeAxis());
    }

    /** @param axis an axis to give the lab's fonts and colors */
    static void style(final Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(FRAME);
        axis.setTickMarkPaint(FRAME);
    }

    /**
     * @param source the plot whose series the legend lists
     * @return a framed legend in the lab's style, items side by side
     */
    static LegendTitle legend(final LegendItemSource source) {
        return styled(new LegendTitle(source));
    }

    /**
     * @param source the plot whose series the legend lists
     * @return a framed legend in the lab's style, items one under the other (matplotlib's way, for legends drawn
     *         inside the plot)
     */
    static LegendTitle columnLegend(final LegendItemSource source) {
        final ColumnArrangement column = new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 0);
        return styled(new LegendTitle(source, column, column));
    }

    private static LegendTitle styled(final LegendTitle legend) {
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(TEXT);
        legend.setBackgroundPaint(new Color(255, 255, 255, 230));
        legend.setFrame(new BlockBorder(1, 1, 1, 1, GRID));
        legend.setPadding(new RectangleInsets(4, 6, 4, 6));
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 6));
        return legend;
    }

    /**
     * @param pattern a {@link DecimalFormat} pattern
     * @return the format, with US symbols
     */
    static NumberFormat format(final String pattern) {
        return new DecimalFormat(pattern, US);
    }

    /**
     * @param value a fraction
     * @param decimals digits after the decimal point
     * @return e.g. "90.3%"
     */
    static String percent(final double value, final int decimals) {
        return String.format(Locale.US, "%." + decimals + "f%%", 100 * value);
    }
}
