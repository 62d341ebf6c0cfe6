package org.mnistlab.knime.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.params.FeatureColumnsParameters.Selection;

class TrainingColumnsParametersTest {

    /** label (text), x0, x1 (doubles), k (int, a numeric label candidate), note (text), flag (boolean). */
    private static final DataTableSpec SPEC = Tables.builder().column("label", StringCell.TYPE)
        .column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE).column("k", IntCell.TYPE)
        .column("note", StringCell.TYPE).column("flag", BooleanCell.TYPE).spec();

    @Test
    void newNode_labelIsTheFirstTextColumn_featuresAllNumeric() {
        final TrainingColumnsParameters p = Parameters.create(TrainingColumnsParameters.class, SPEC);
        assertEquals("label", p.labelColumn());
        assertEquals(Selection.ALL_NUMERIC, p.m_features.m_selection);
    }

    @Test
    void resolve_allNumeric_areTheNumericColumnsButTheLabelInTableOrder() throws Exception {
        final TrainingColumnsParameters.Resolved r = TrainingColumnsParameters.of("k").resolve(SPEC);
        assertEquals(3, r.label());
        // booleans are numbers in KNIME (and in numpy)
        assertArrayEquals(new int[]{1, 2, 5}, r.features());
        assertArrayEquals(new int[]{1, 2, 3, 5}, TrainingColumnsParameters.of("label").resolve(SPEC).features());
    }

    @Test
    void resolve_selected_keepsTableOrder() throws Exception {
        assertArrayEquals(new int[]{1, 3},
            TrainingColumnsParameters.of("label", "k", "x0").resolve(SPEC).features());
    }

    @Test
    void resolve_selectedLabel_isRejected() {
        assertMessage("Selected feature columns: \"k\" is the label column, which cannot also be a feature.",
            TrainingColumnsParameters.of("k", "x0", "k"));
    }

    @Test
    void resolve_selectedTextColumn_isRejected() {
        assertMessage("Selected feature columns: column \"note\" holds String values, not numbers.",
            TrainingColumnsParameters.of("label", "note"));
    }

    @Test
    void resolve_selectedAbsentColumns_areNamed() {
        assertMessage("Selected feature columns: the input table has no column \"a\", \"b\".",
            TrainingColumnsParameters.of("label", "a", "x0", "b"));
    }

    @Test
    void resolve_noNumericColumns_saysSo() {
        final DataTableSpec text = Tables.builder().column("label", StringCell.TYPE).spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> TrainingColumnsParameters.of("label").resolve(text));
        assertEquals("The input table has no numeric feature columns.", e.getMessage());
    }

    @Test
    void resolve_selectedButNoneChosen_namesTheOption() throws Exception {
        final TrainingColumnsParameters p = TrainingColumnsParameters.of("label");
        p.m_features.m_selection = Selection.SELECTED;
        p.validate(); // a new node has no columns to choose from until a table is connected
        assertMessage("Selected feature columns: select at least one column.", p);
    }

    @Test
    void resolve_noLabel_namesTheOption() throws Exception {
        final TrainingColumnsParameters p = TrainingColumnsParameters.of(" ");
        p.validate(); // a new node has no label column until a table is connected
        assertMessage("Label column: select the column holding the classes.", p);
    }

    @Test
    void settings_roundTrip() throws Exception {
        final TrainingColumnsParameters q = Parameters.roundTrip(TrainingColumnsParameters.of("k", "x1", "x0"));
        assertEquals("k", q.labelColumn());
        assertEquals(Selection.SELECTED, q.m_features.m_selection);
        assertEquals(List.of("x1", "x0"), List.of(q.m_features.m_columns));
    }

    private static void assertMessage(final String expected, final TrainingColumnsParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> p.resolve(SPEC));
        assertEquals(expected, e.getMessage());
    }
}
