package org.mnistlab.knime.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.mnistlab.knime.table.PredictionColumns.Binary;
import org.mnistlab.knime.table.PredictionColumns.Followed;

class PredictionColumnsTest {

    private static final Binary THREES = new Binary("label", "3");

    private static DataColumnSpec plain(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    @Test
    void names_neverContainThePositiveValue() {
        assertEquals("label = positive value", PredictionColumns.targetName("label"));
        assertEquals("Prediction (label = positive value)",
            PredictionColumns.predictionName(PredictionColumns.targetName("label")));
        assertEquals("Score (True)", PredictionColumns.scoreName("True"));
        assertEquals("Score (0 vs 1)", PredictionColumns.scoreName("0 vs 1"));
    }

    @Test
    void madeColumns_sayWhatTheyAreInTheirProperties() {
        final DataColumnSpec target = PredictionColumns.target("label = positive value", THREES);
        final DataColumnSpec prediction =
            PredictionColumns.prediction("my guess", BooleanCell.TYPE, target.getName(), THREES);
        final DataColumnSpec score = PredictionColumns.score("Score (True)", "True", target.getName(), THREES);
        assertTrue(PredictionColumns.isTarget(target));
        assertFalse(PredictionColumns.isPrediction(target));
        assertTrue(PredictionColumns.isPrediction(prediction), "a prediction under any name");
        assertFalse(PredictionColumns.isScore(prediction));
        assertTrue(PredictionColumns.isScore(score));
        assertEquals(Optional.of(target.getName()), PredictionColumns.truthColumn(prediction));
        assertEquals(Optional.of(target.getName()), PredictionColumns.truthColumn(score));
        assertEquals(Optional.of(THREES), PredictionColumns.binary(score));
        assertEquals("label = 3", PredictionColumns.describe(target));
        assertEquals("Prediction (label = 3)", PredictionColumns.describe(prediction));
        assertEquals("Score (True) of label = 3", PredictionColumns.describe(score));
        assertEquals(BooleanCell.TYPE, target.getType());
        assertEquals(DoubleCell.TYPE, score.getType());
    }

    @Test
    void otherColumns_areWhatTheirNamesSay() {
        final DataColumnSpec prediction = plain("Prediction (label = 5)", BooleanCell.TYPE);
        assertTrue(PredictionColumns.isPrediction(prediction));
        assertEquals(Optional.of("label = 5"), PredictionColumns.truthColumn(prediction));
        assertEquals(Optional.empty(), PredictionColumns.binary(prediction));
        assertEquals("Prediction (label = 5)", PredictionColumns.describe(prediction));
        assertTrue(PredictionColumns.isScore(plain("Score (True)", DoubleCell.TYPE)));
        assertFalse(PredictionColumns.isScore(plain("Score (True)", StringCell.TYPE)), "scores are numbers");
        assertFalse(PredictionColumns.isTarget(plain("label = 5", BooleanCell.TYPE)), "targets only by property");
        assertFalse(PredictionColumns.isPrediction(plain("Prediction", StringCell.TYPE)));
        assertEquals(Optional.empty(), PredictionColumns.truthColumn(plain("Score (True)", DoubleCell.TYPE)));
    }

    @Test
    void madeColumnsOfAnotherRole_areNotRecognisedByName() {
        final DataColumnSpec score = PredictionColumns.score("Prediction (x)", "x", null, null);
        assertFalse(PredictionColumns.isPrediction(score));
        assertEquals(Optional.empty(), PredictionColumns.truthColumn(score));
    }

    @Test
    void scoreOf_findsAClassByPropertyOrByName() {
        final DataTableSpec spec = new DataTableSpec(plain("label", StringCell.TYPE),
            PredictionColumns.score("Score (a) (#1)", "a", null, null), plain("Score (b)", DoubleCell.TYPE),
            plain("Score (c)", StringCell.TYPE));
        assertEquals(1, PredictionColumns.scoreOf(spec, "a"), "renamed, found by its property");
        assertEquals(2, PredictionColumns.scoreOf(spec, "b"));
        assertEquals(-1, PredictionColumns.scoreOf(spec, "c"), "not numeric");
        assertEquals(-1, PredictionColumns.scoreOf(spec, "d"));
        assertEquals(List.of("Score (a) (#1)", "Score (b)"), PredictionColumns.all(spec, PredictionColumns::isScore));
    }

    @Test
    void follow_configuredPresentOrNotChosenOrNoSingleCandidate_keepsTheConfiguredColumn() {
        final DataTableSpec spec = new DataTableSpec(plain("a", DoubleCell.TYPE), plain("b", DoubleCell.TYPE));
        assertEquals(new Followed("a", Optional.empty()), PredictionColumns.follow(spec, "a", "X", List.of("b"), "w"));
        assertEquals(new Followed("", Optional.empty()), PredictionColumns.follow(spec, "", "X", List.of("b"), "w"));
        assertEquals(new Followed("c", Optional.empty()), PredictionColumns.follow(spec, "c", "X", List.of(), "w"));
        assertEquals(new Followed("c", Optional.empty()),
            PredictionColumns.follow(spec, "c", "X", List.of("a", "b"), "w"));
    }

    @Test
    void follow_configuredGone_singleCandidate_isUsedWithAWarningNamingBoth() {
        final DataTableSpec spec = new DataTableSpec(plain("a", DoubleCell.TYPE), plain("b", DoubleCell.TYPE));
        assertEquals(new Followed("b", Optional.of("Score column: the input table has no column \"c\"; using \"b\", "
            + "its only score. Choose it in the dialog to keep it.")),
            PredictionColumns.follow(spec, "c", "Score column", List.of("b"), "its only score"));
    }
}
