package org.mnistlab.cli;

import org.mnistlab.charts.Figure;

/**
 * A chart rendered as soon as its step is done, so that the step's data and the JFreeChart objects need not stay in
 * memory until the end of the run.
 *
 * @param title the chart's title
 * @param width width in pixels of the PNG
 * @param png the PNG file
 * @param svg the SVG file
 */
record Chart(String title, int width, byte[] png, String svg) {

    static Chart of(final Figure figure) {
        return new Chart(figure.title(), figure.width(), figure.png(), figure.svg());
    }
}
