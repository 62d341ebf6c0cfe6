package org.mnistlab.knime.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.knime.testing.Tables;

class ColumnsTest {

    private static final DataTableSpec SPEC = Tables.builder().column("label", StringCell.TYPE)
        .columns("pixel_", 4, IntCell.TYPE).column("score", DoubleCell.TYPE)
        .column("image", PNGImageCellFactory.TYPE).spec();

    @Test
    void numbered_consecutiveColumns_areFoundInNumberOrder() throws Exception {
        assertArrayEquals(new int[]{1, 2, 3, 4}, Columns.numbered(SPEC, "pixel_", "Pixel column prefix"));
    }

    @Test
    void numbered_noFirstColumn_messageNamesOptionAndColumn() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.numbered(SPEC, "px", "Pixel column prefix"));
        assertEquals("Pixel column prefix: the input table has no column \"px0\".", e.getMessage());
    }

    @Test
    void numericExcept_label_isEveryOtherNumericColumn() throws Exception {
        assertArrayEquals(new int[]{1, 2, 3, 4, 5}, Columns.numericExcept(SPEC, List.of("label")));
        assertArrayEquals(new int[]{1, 2, 3, 4}, Columns.numericExcept(SPEC, List.of("label", "score")));
    }

    @Test
    void require_absentColumn_messageNamesOptionAndColumn() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.require(SPEC, "class", "Class column"));
        assertEquals("Class column: the input table has no column \"class\".", e.getMessage());
    }

    @Test
    void require_noSelection_messageNamesOption() {
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> Columns.require(SPEC, "", "Class column"));
        assertEquals("Class column: no column is selected.", e.getMessage());
    }

    @Test
    void requireLabel_imageColumn_isRejected() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.requireLabel(SPEC, "image", "Class column"));
        assertEquals("Class column: column \"image\" holds Image (PNG) values; class labels must be text or numbers.",
            e.getMessage());
    }

    @Test
    void requireNumeric_textColumn_isRejected() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.requireNumeric(SPEC, "label", "Score column"));
        assertEquals("Score column: column \"label\" holds String values, not numbers.", e.getMessage());
    }

    @Test
    void requireFeatures_presentInAnyOrder_indicesInTheModelsOrder() throws Exception {
        assertArrayEquals(new int[]{5, 2, 1}, Columns.requireFeatures(SPEC, List.of("score", "pixel_1", "pixel_0"),
            "the model"));
    }

    @Test
    void requireFeatures_manyMissing_namesTheFirstFiveAndCountsTheRest() {
        final List<String> features = List.of("pixel_0", "a", "b", "c", "d", "e", "f", "g");
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.requireFeatures(SPEC, features, "the model"));
        assertEquals("The input table lacks 7 of the 8 feature columns of the model: \"a\", \"b\", \"c\", \"d\", "
            + "\"e\" and 2 more.", e.getMessage());
    }

    @Test
    void requireFeatures_imageColumn_isNotNumeric() {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> Columns.requireFeatures(SPEC, List.of("image"), "the scaler"));
        assertEquals("Column \"image\" holds Image (PNG) values, but it is a feature column of the scaler and must be "
            + "numeric.", e.getMessage());
    }
}
