package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FigureTest {

    /** One figure of every kind, from small synthetic data. */
    static Stream<Figure> figures() {
        final double[] thresholds = {-20_000, -5_000, 0, 3_000, 12_000};
        final double[] precision = {0.2, 0.5, 0.7, 0.9, 1.0, 1.0};
        final double[] recall = {1.0, 0.9, 0.7, 0.5, 0.1, 0.0};
        final byte[][] digits = new byte[4][16];
        for (int i = 0; i < 4; i++) {
            Arrays.fill(digits[i], (byte)(60 * i));
        }
        return Stream.of(DigitGridChart.of("Digits", digits, new String[]{"0", "1", "2", "3"}, 2),
            PrecisionRecallThresholdChart.of(thresholds, precision, recall, 3_000),
            PrecisionRecallCurveChart.of(thresholds, precision, recall, 3_000),
            ConfusionMatrixChart.of(new int[][]{{50, 3}, {7, 40}}, new String[]{"False", "True"},
                ConfusionMatrixChart.Mode.COUNTS),
            CrossValidationChart.of(new double[]{0.95035, 0.96035, 0.9604}));
    }

    /**
     * Servers, CI and KNIME's headless executor have no display: rendering must still draw text, which needs fonts
     * and fontconfig but no screen. The title sits above the plot, so that band must hold dark glyph pixels.
     */
    @ParameterizedTest
    @MethodSource("figures")
    void rendering_withoutADisplay_drawsTheTitle(final Figure figure) {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run without a display, as a server does");
        final ChartRenderingInfo info = new ChartRenderingInfo();
        final BufferedImage image = figure.render(figure.width(), figure.height(), info);
        final int titleBand = (int)info.getPlotInfo().getPlotArea().getMinY();
        int glyphPixels = 0;
        for (int y = 0; y < titleBand; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Pixels.luminance(new Color(image.getRGB(x, y))) < 128) {
                    glyphPixels++;
                }
            }
        }
        assertTrue(glyphPixels >= 50, glyphPixels + " dark pixels above the plot of '" + figure.title() + "'");
    }

    @ParameterizedTest
    @MethodSource("figures")
    void image_hasDefaultSizeAndIsNotBlank(final Figure figure) {
        final BufferedImage image = figure.image();
        assertEquals(figure.width(), image.getWidth());
        assertEquals(figure.height(), image.getHeight());
        final double ink = Pixels.inkFraction(image);
        assertTrue(ink > 0.02 && ink < 0.9, "ink fraction " + ink + " of '" + figure.title() + "'");
    }

    @ParameterizedTest
    @MethodSource("figures")
    void png_decodesToTheRequestedSize(final Figure figure) throws IOException {
        final byte[] png = figure.png(640, 480);
        assertArrayEquals(new byte[]{(byte)0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        final BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, decoded.getWidth());
        assertEquals(480, decoded.getHeight());
    }

    @ParameterizedTest
    @MethodSource("figures")
    void svg_isAStandaloneDocumentWithTheTitleAsText(final Figure figure) {
        final String svg = figure.svg();
        assertTrue(svg.startsWith("<?xml"), "XML declaration");
        assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), "one svg element");
        assertTrue(svg.contains(">" + figure.title() + "</text>"), "title as text: " + figure.title());
    }

    @Test
    void size_notPositive_throws() {
        final Figure figure = CrossValidationChart.of(new double[]{0.9, 0.8});
        assertThrows(IllegalArgumentException.class, () -> figure.image(0, 100));
        assertThrows(IllegalArgumentException.class, () -> figure.png(100, -1));
        assertThrows(IllegalArgumentException.class, () -> figure.svg(0, 0));
    }

    @Test
    void numbers_useUsFormatsWhateverTheLocale() {
        final Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("90.3%", LabStyle.percent(0.9034, 1));
            assertEquals("-50,000", LabStyle.format("#,##0").format(-50_000));
            final String svg = CrossValidationChart.of(new double[]{0.95035, 0.96035}).svg();
            assertTrue(svg.contains(">0.9504</text>"), "bar label in US format");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
