package org.mnistlab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class ViridisTest {

    @Test
    void ends_areMatplotlibsViridisEnds() {
        assertEquals(new Color(0x440154), Viridis.color(0));
        assertEquals(new Color(0xfde725), Viridis.color(1));
    }

    @Test
    void lightness_risesAlongTheMap() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            final double lightness = Pixels.luminance(Viridis.color(i / 100.0));
            assertTrue(lightness > previous, "at " + i / 100.0);
            previous = lightness;
        }
    }

    @Test
    void scale_mapsItsBoundsToTheEndsClampsOutsideAndGraysOutNaN() {
        final Viridis scale = new Viridis(10, 20);
        assertEquals(Viridis.color(0), scale.getPaint(10));
        assertEquals(Viridis.color(1), scale.getPaint(20));
        assertEquals(Viridis.color(0.5), scale.getPaint(15));
        assertEquals(Viridis.color(0), scale.getPaint(-5));
        assertEquals(Viridis.color(1), scale.getPaint(99));
        assertEquals(Viridis.NO_VALUE, scale.getPaint(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Viridis(1, 1));
    }
}
