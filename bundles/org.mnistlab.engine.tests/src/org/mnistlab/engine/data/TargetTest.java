package org.mnistlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void of_sortsClassesLikeNpUnique() {
        final Target t = Target.of(new String[] {"b", "a", "10", "2", "a"}, Target.LEXICOGRAPHIC);
        assertArrayEquals(new String[] {"10", "2", "a", "b"}, t.classes());
        assertArrayEquals(new int[] {3, 2, 0, 1, 2}, t.codes());
        assertArrayEquals(new int[] {1, 1, 2, 1}, t.classCounts());
    }

    @Test
    void numericOrder_sortsByValue() {
        final Target t = Target.of(new String[] {"10", "2", "-1.5"}, Target.NUMERIC);
        assertArrayEquals(new String[] {"-1.5", "2", "10"}, t.classes());
    }

    @Test
    void binary_makesTrueThePositiveSecondClass() {
        final Target t = Target.binary(new String[] {"5", "0", "4", "5"}, "5");
        assertArrayEquals(new String[] {"False", "True"}, t.classes());
        assertArrayEquals(new int[] {1, 0, 0, 1}, t.codes());
    }

    @Test
    void select_dropsAbsentClasses() {
        final Target t = Target.of(new String[] {"a", "b", "c", "b"}, Target.LEXICOGRAPHIC);
        final Target s = t.select(new int[] {3, 2});
        assertArrayEquals(new String[] {"b", "c"}, s.classes());
        assertArrayEquals(new int[] {0, 1}, s.codes());
        assertEquals("c", s.label(1));
    }

    @Test
    void missingLabel_throwsNamingTheRow() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Target.of(new String[] {"a", null}, Target.LEXICOGRAPHIC));
        assertEquals("label of row 1 is missing", e.getMessage());
    }
}
