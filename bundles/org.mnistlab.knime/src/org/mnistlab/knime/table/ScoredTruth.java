package org.mnistlab.knime.table;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.knime.table.PredictionColumns.Binary;
import org.mnistlab.knime.table.PredictionColumns.Followed;

/**
 * The columns of a node that ranks a binary truth by decision scores (the Threshold Sweep's precision-recall curve,
 * the ROC Curve's ROC curve), proposed, followed and checked the same way, by the {@link PredictionColumns} contract:
 * a new node connected to the Cross-Validation's out-of-fold table takes its decision score and the binary target
 * those scores are of ({@code label = positive value}, positive value {@code true}), so the positive class is set
 * upstream alone; a configured column that is gone is replaced by the only candidate, with a warning; and a truth
 * that counts another positive class than the scores were computed for is possible but never silent.
 */
public final class ScoredTruth {

    /** The option titles, the same in every such node. */
    public static final String TRUTH_COLUMN = "True class column";

    public static final String POSITIVE_VALUE = "Positive value";

    public static final String SCORE_COLUMN = "Score column";

    private ScoredTruth() {
    }

    /**
     * The columns a new node proposes.
     *
     * @param truthColumn the column of the true classes, if known
     * @param positiveValue the positive value that goes with it, if known
     * @param scoreColumn the last decision score column, else the last numeric column, if any
     */
    public record Proposal(Optional<String> truthColumn, Optional<String> positiveValue,
        Optional<String> scoreColumn) {
    }

    /**
     * The last decision score column ({@link PredictionColumns}), else the last numeric column; and the true classes
     * the scores are of when they say so: the binary target they rank (positive: {@code true}, the Cross-Validation's
     * out-of-fold scores), or their label column with their positive value.
     *
     * @param spec the input spec
     * @param otherwise the true class column a new node takes when the scores do not say (e.g. the first text column)
     * @return what a new node takes
     */
    public static Proposal propose(final DataTableSpec spec, final Optional<String> otherwise) {
        final List<DataColumnSpec> numeric =
            spec.stream().filter(c -> c.getType().isCompatible(DoubleValue.class)).toList();
        final Optional<DataColumnSpec> score = numeric.stream().filter(PredictionColumns::isScore)
            .reduce((a, b) -> b).or(() -> numeric.stream().reduce((a, b) -> b));
        final Optional<String> scored = score.flatMap(PredictionColumns::truthColumn).filter(spec::containsName);
        final Optional<String> truth = scored.or(() -> otherwise);
        final Optional<String> positive;
        if (scored.isPresent() && PredictionColumns.isTarget(spec.getColumnSpec(scored.get()))) {
            positive = Optional.of(Boolean.toString(true));
        } else {
            positive = score.flatMap(PredictionColumns::binary)
                .filter(b -> truth.isPresent() && b.labelColumn().equals(truth.get())).map(Binary::positiveValue);
        }
        return new Proposal(truth, positive, score.map(DataColumnSpec::getName));
    }

    /**
     * The truth and score columns, checked.
     *
     * @param truth the true class column
     * @param score the score column
     * @param warning a column that is not the configured one ({@link PredictionColumns#follow}), or a positive
     *            value that is not the one the scores were computed for
     */
    public record Selected(int truth, int score, Optional<String> warning) {
    }

    /**
     * The configured columns; one that is gone is replaced by the table's only decision score column, or by the
     * column of the true classes of the scores (else the only binary target), with a warning.
     *
     * @param spec the input spec
     * @param truthColumn the configured true class column, not blank
     * @param positiveValue the configured positive value
     * @param scoreColumn the configured score column, not blank
     * @return the columns to use
     * @throws InvalidSettingsException if a column is missing or of the wrong kind, naming the option
     */
    public static Selected select(final DataTableSpec spec, final String truthColumn, final String positiveValue,
        final String scoreColumn) throws InvalidSettingsException {
        final Followed score = PredictionColumns.follow(spec, scoreColumn, SCORE_COLUMN,
            PredictionColumns.all(spec, PredictionColumns::isScore), "its only decision score column");
        final int scoreIndex = Columns.requireNumeric(spec, score.column(), SCORE_COLUMN);
        final Optional<String> scored =
            PredictionColumns.truthColumn(spec.getColumnSpec(scoreIndex)).filter(spec::containsName);
        final Followed truth = scored.isPresent()
            ? PredictionColumns.follow(spec, truthColumn, TRUTH_COLUMN, List.of(scored.get()),
                "the true classes of \"" + score.column() + "\"")
            : PredictionColumns.follow(spec, truthColumn, TRUTH_COLUMN,
                PredictionColumns.all(spec, PredictionColumns::isTarget), "its only binary target column");
        final int truthIndex = Columns.requireLabel(spec, truth.column(), TRUTH_COLUMN);
        final String warning = Stream.of(truth.warning(), score.warning(),
            otherProblem(spec.getColumnSpec(truthIndex), spec.getColumnSpec(scoreIndex), positiveValue))
            .flatMap(Optional::stream).collect(Collectors.joining(" "));
        return new Selected(truthIndex, scoreIndex, warning.isEmpty() ? Optional.empty() : Optional.of(warning));
    }

    /**
     * A curve of one positive class computed from the scores of another ranks rows by a question they do not answer
     * (the 5s against scores trained to find 3s): possible, so not an error, but never silent.
     *
     * @return a warning if the scores say which binary problem they are of and the truth counts another one
     */
    private static Optional<String> otherProblem(final DataColumnSpec truth, final DataColumnSpec score,
        final String positiveValue) {
        final Optional<Binary> scored = PredictionColumns.binary(score);
        final Optional<Binary> counted;
        if (PredictionColumns.isTarget(truth)) {
            counted = PredictionColumns.binary(truth);
        } else if (scored.isPresent() && truth.getName().equals(scored.get().labelColumn())) {
            counted = Optional.of(new Binary(truth.getName(), positiveValue));
        } else {
            counted = Optional.empty();
        }
        if (scored.isEmpty() || counted.isEmpty() || counted.equals(scored)) {
            return Optional.empty();
        }
        return Optional.of(POSITIVE_VALUE + ": this node counts " + counted.get() + " as positive, but the scores in \""
            + score.getName() + "\" were computed for " + scored.get() + ".");
    }
}
