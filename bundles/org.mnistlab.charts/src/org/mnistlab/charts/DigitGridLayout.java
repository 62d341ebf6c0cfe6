package org.mnistlab.charts;

import java.awt.geom.Rectangle2D;

/**
 * Where the digit grid puts each digit: whole-pixel positions and a whole scale factor, so every image pixel becomes
 * an exact square of output pixels.
 *
 * @param x left edge of the grid
 * @param y top edge of the grid
 * @param scale output pixels per image pixel, at least 1
 * @param side image side in image pixels
 * @param columns digits per row
 * @param gap space between digits
 * @param captionHeight space under each digit for its caption, 0 without captions
 */
record DigitGridLayout(int x, int y, int scale, int side, int columns, int gap, int captionHeight) {

    /** Space between two digits, in output pixels */
    static final int GAP = 4;

    /**
     * The largest whole scale at which the digits fit the area (never below 1), with the grid centered in it.
     *
     * @param area the space available
     * @param count number of digits
     * @param columns digits per row
     * @param side image side in image pixels
     * @param captionHeight space under each digit for its caption, 0 for none
     * @return the layout
     */
    static DigitGridLayout fit(final Rectangle2D area, final int count, final int columns, final int side,
        final int captionHeight) {
        final int rows = rows(count, columns);
        final double byWidth = (area.getWidth() - (columns - 1) * GAP) / (columns * side);
        final double byHeight = (area.getHeight() - (rows - 1) * GAP - rows * captionHeight) / (rows * side);
        final int scale = Math.max(1, (int)Math.floor(Math.min(byWidth, byHeight)));
        final int width = columns * side * scale + (columns - 1) * GAP;
        final int height = rows * (side * scale + captionHeight) + (rows - 1) * GAP;
        final int x = (int)Math.round(area.getX() + (area.getWidth() - width) / 2);
        final int y = (int)Math.round(area.getY() + (area.getHeight() - height) / 2);
        return new DigitGridLayout(x, y, scale, side, columns, GAP, captionHeight);
    }

    static int rows(final int count, final int columns) {
        return (count + columns - 1) / columns;
    }

    /** @return left edge of digit i */
    int left(final int i) {
        return x + (i % columns) * (side * scale + gap);
    }

    /** @return top edge of digit i */
    int top(final int i) {
        return y + (i / columns) * (side * scale + captionHeight + gap);
    }

    /** @return side of a drawn digit in output pixels */
    int tile() {
        return side * scale;
    }
}
