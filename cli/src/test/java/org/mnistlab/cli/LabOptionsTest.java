package org.mnistlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LabOptionsTest {

    @Test
    void noOptions_givesTheLabsDefaults() throws Exception {
        final LabOptions o = LabOptions.parse(new String[0]);
        assertEquals(Path.of("lab105-out"), o.out());
        assertNull(o.data());
        assertEquals(42, o.seed());
        assertEquals("5", o.positive());
        assertEquals("3000", o.threshold());
        assertEquals(0.9, o.targetPrecision());
        assertEquals(2000, o.svcRows());
        assertEquals(2000, o.multiRows());
        assertEquals(3, o.folds());
        assertFalse(o.verbose());
        assertTrue(LabOptions.parse(new String[] {"--verbose"}).verbose());
    }

    @Test
    void thresholdIsKeptAsWritten_forTheResultsKey() throws Exception {
        final LabOptions o = LabOptions.parse(new String[] {"--threshold", "2500.50"});
        assertEquals("2500.50", o.threshold());
        assertEquals(2500.5, o.thresholdValue());
    }

    @Test
    void help_returnsNoOptions() throws Exception {
        assertNull(LabOptions.parse(new String[] {"--seed", "1", "--help"}));
    }

    @Test
    void invalidValues_areRejectedNamingTheOption() {
        assertMessage("--folds must be between 2 and 1000, got 1", "--folds", "1");
        assertMessage("--seed must be a whole number, got 'x'", "--seed", "x");
        assertMessage("--positive must be a digit 0-9, got '10'", "--positive", "10");
        assertMessage("--target-precision must be in (0, 1], got 1.5", "--target-precision", "1.5");
        assertMessage("--threshold must be a finite number, got 'NaN'", "--threshold", "NaN");
        assertMessage("--out needs a value (see --help)", "--out");
        assertMessage("unknown option '--fold' (see --help)", "--fold", "3");
    }

    private static void assertMessage(final String message, final String... args) {
        assertEquals(message, assertThrows(LabOptions.UsageException.class, () -> LabOptions.parse(args)).getMessage());
    }
}
