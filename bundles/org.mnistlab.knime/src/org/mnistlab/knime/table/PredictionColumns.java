package org.mnistlab.knime.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;

/**
 * The columns our predicting nodes append, named and recognised in this one place, for the nodes that make them
 * (predictors, Cross-Validation, Threshold Apply) and the nodes that read them (Scorer, Threshold Sweep, Threshold
 * Apply):
 * <ul>
 * <li>a binary problem's target, {@code X = positive value}: true where label column X holds the positive value
 * (the lab's {@code y_train_5});</li>
 * <li>the predicted class, {@code Prediction (T)}, T being the column of the true classes it predicts;</li>
 * <li>a decision score, {@code Score (c)}, c being the class it scores ({@code True} for a binary problem) or a
 * class pair {@code a vs b}.</li>
 * </ul>
 * The names never contain the positive value: changing it (e.g. from 5 to 3) keeps every column name, so the nodes
 * below keep finding their columns. What a column is, which columns it refers to and the binary problem it belongs to
 * travel in its {@link DataColumnProperties} (KNIME shows them in the table's spec), and the nodes read them from
 * there. Columns of other origins, or of tables written before the properties existed, are recognised by their names.
 * <p>
 * A node whose configured column is gone follows the input's only column of the same kind and says so in a warning
 * ({@link #follow}), as KNIME's own nodes do.
 */
public final class PredictionColumns {

    /** Property: what the column is, one of {@link #TARGET}, {@link #PREDICTION}, {@link #SCORE}. */
    static final String ROLE = "mnistlab.role";

    /** Property of predictions and scores: the column holding the true classes they are compared with. */
    static final String TRUTH_COLUMN = "mnistlab.truth_column";

    /** Property of scores: the class (or class pair) scored. */
    static final String SCORED_CLASS = "mnistlab.scored_class";

    /** Property of a binary problem's columns: the label column of {@code label = positive value}. */
    static final String LABEL_COLUMN = "mnistlab.label_column";

    /** Property of a binary problem's columns: the label that is the positive class. */
    static final String POSITIVE_VALUE = "mnistlab.positive_value";

    static final String TARGET = "binary target";

    static final String PREDICTION = "prediction";

    static final String SCORE = "score";

    private static final String PREDICTION_NAME = "Prediction (";

    private static final String SCORE_NAME = "Score (";

    private static final String TARGET_NAME = " = positive value";

    private PredictionColumns() {
    }

    /**
     * A binary problem: rows whose label is the positive value against all others, the lab's
     * {@code y_train == '5'}.
     *
     * @param labelColumn the label column
     * @param positiveValue the label of the positive class
     */
    public record Binary(String labelColumn, String positiveValue) {

        /** @return e.g. {@code label = 5} */
        @Override
        public String toString() {
            return labelColumn + " = " + positiveValue;
        }
    }

    /**
     * @param labelColumn the label column of a binary problem
     * @return the name of its target column, e.g. {@code label = positive value}
     */
    public static String targetName(final String labelColumn) {
        return labelColumn + TARGET_NAME;
    }

    /**
     * @param truthColumn the column of the true classes
     * @return the name of the predictions of its classes, e.g. {@code Prediction (label)}
     */
    public static String predictionName(final String truthColumn) {
        return PREDICTION_NAME + truthColumn + ")";
    }

    /**
     * @param scoredClass the class scored, or a class pair {@code a vs b}
     * @return the name of its decision score column, e.g. {@code Score (True)}
     */
    public static String scoreName(final String scoredClass) {
        return SCORE_NAME + scoredClass + ")";
    }

    /**
     * @param name the column's name ({@link #targetName})
     * @param binary the problem
     * @return a boolean column, true for the positive class
     */
    public static DataColumnSpec target(final String name, final Binary binary) {
        final Map<String, String> p = binaryProperties(binary);
        p.put(ROLE, TARGET);
        return spec(name, BooleanCell.TYPE, p);
    }

    /**
     * @param name the column's name (usually {@link #predictionName})
     * @param type its type
     * @param truthColumn the column of the true classes it predicts
     * @param binary the binary problem, or null for the classes of the truth column
     * @return the prediction column
     */
    public static DataColumnSpec prediction(final String name, final DataType type, final String truthColumn,
        final Binary binary) {
        final Map<String, String> p = binaryProperties(binary);
        p.put(ROLE, PREDICTION);
        p.put(TRUTH_COLUMN, truthColumn);
        return spec(name, type, p);
    }

    /**
     * @param name the column's name (usually {@link #scoreName})
     * @param scoredClass the class (or class pair) scored
     * @param truthColumn the column of the true classes, or null if the table has none (a binary model's
     *            predictions: the model knows its label column, not its target)
     * @param binary the binary problem, or null
     * @return a double column
     */
    public static DataColumnSpec score(final String name, final String scoredClass, final String truthColumn,
        final Binary binary) {
        final Map<String, String> p = binaryProperties(binary);
        p.put(ROLE, SCORE);
        p.put(SCORED_CLASS, scoredClass);
        if (truthColumn != null) {
            p.put(TRUTH_COLUMN, truthColumn);
        }
        return spec(name, DoubleCell.TYPE, p);
    }

    private static Map<String, String> binaryProperties(final Binary binary) {
        final Map<String, String> p = new LinkedHashMap<>();
        if (binary != null) {
            p.put(LABEL_COLUMN, binary.labelColumn());
            p.put(POSITIVE_VALUE, binary.positiveValue());
        }
        return p;
    }

    private static DataColumnSpec spec(final String name, final DataType type, final Map<String, String> properties) {
        final DataColumnSpecCreator c = new DataColumnSpecCreator(name, type);
        c.setProperties(new DataColumnProperties(properties));
        return c.createSpec();
    }

    /**
     * @param c a column
     * @param newName another name
     * @return the column under that name, with the same type and properties
     */
    public static DataColumnSpec renamed(final DataColumnSpec c, final String newName) {
        final DataColumnSpecCreator r = new DataColumnSpecCreator(c);
        r.setName(newName);
        return r.createSpec();
    }

    private static Optional<String> property(final DataColumnSpec c, final String key) {
        return Optional.ofNullable(c.getProperties().getProperty(key));
    }

    /** A column we made says what it is; other columns are what their names say. */
    private static boolean is(final DataColumnSpec c, final String role, final String namePrefix) {
        final Optional<String> r = property(c, ROLE);
        if (r.isPresent()) {
            return r.get().equals(role);
        }
        return namePrefix != null && c.getName().startsWith(namePrefix) && c.getName().endsWith(")");
    }

    /**
     * @param c a column
     * @return whether it is a binary problem's target
     */
    public static boolean isTarget(final DataColumnSpec c) {
        return is(c, TARGET, null);
    }

    /**
     * @param c a column
     * @return whether it holds predicted classes ({@code Prediction (T)})
     */
    public static boolean isPrediction(final DataColumnSpec c) {
        return is(c, PREDICTION, PREDICTION_NAME);
    }

    /**
     * @param c a column
     * @return whether it holds numeric decision scores ({@code Score (c)})
     */
    public static boolean isScore(final DataColumnSpec c) {
        return c.getType().isCompatible(DoubleValue.class) && is(c, SCORE, SCORE_NAME);
    }

    /**
     * @param c a prediction or score column
     * @return the column of the true classes it refers to: its property, else what its name says for a prediction
     */
    public static Optional<String> truthColumn(final DataColumnSpec c) {
        final Optional<String> t = property(c, TRUTH_COLUMN);
        if (t.isPresent() || property(c, ROLE).isPresent() || !isPrediction(c)) {
            return t;
        }
        return Optional.of(c.getName().substring(PREDICTION_NAME.length(), c.getName().length() - 1));
    }

    /**
     * @param c a column
     * @return the binary problem of a target, or of a prediction or score of one
     */
    public static Optional<Binary> binary(final DataColumnSpec c) {
        final Optional<String> label = property(c, LABEL_COLUMN);
        final Optional<String> positive = property(c, POSITIVE_VALUE);
        return label.isPresent() && positive.isPresent() ? Optional.of(new Binary(label.get(), positive.get()))
            : Optional.empty();
    }

    /**
     * A column as a user should read it: a binary problem's columns with their positive value, the others by name.
     *
     * @param c a column
     * @return e.g. {@code label = 5} for the target {@code label = positive value}
     */
    public static String describe(final DataColumnSpec c) {
        final Optional<Binary> b = binary(c);
        if (b.isEmpty()) {
            return c.getName();
        }
        if (isTarget(c)) {
            return b.get().toString();
        }
        return isPrediction(c) ? predictionName(b.get().toString()) : c.getName() + " of " + b.get();
    }

    /**
     * @param spec a table spec
     * @param scoredClass a class
     * @return the index of the numeric decision score column of that class, or -1
     */
    public static int scoreOf(final DataTableSpec spec, final String scoredClass) {
        for (int i = 0; i < spec.getNumColumns(); i++) {
            final DataColumnSpec c = spec.getColumnSpec(i);
            final Optional<String> scored = property(c, SCORED_CLASS);
            if (isScore(c)
                && (scored.isPresent() ? scored.get().equals(scoredClass) : c.getName().equals(scoreName(scoredClass)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param spec a table spec
     * @param kind which columns
     * @return their names, in table order
     */
    public static List<String> all(final DataTableSpec spec, final Predicate<DataColumnSpec> kind) {
        return spec.stream().filter(kind).map(DataColumnSpec::getName).toList();
    }

    /**
     * The column a node uses for an option, and the warning to show when it is not the configured one.
     *
     * @param column the column's name, to be checked by the node as any configured column
     * @param warning why it is not the configured column
     */
    public record Followed(String column, Optional<String> warning) {
    }

    /**
     * The configured column if the table has it; else, if there is exactly one candidate, that one, with a warning
     * naming both: what KNIME's own nodes do when an upstream node renames its output (here: the columns of a
     * workflow saved before their names stopped containing the positive value). Else the configured column, for the
     * node's usual "no such column" message.
     *
     * @param spec the input spec
     * @param configured the configured column (empty: not chosen yet, nothing is followed)
     * @param option the option's title, for the warning
     * @param candidates the columns the option may follow, in table order
     * @param what what the candidates are, for the warning: "the only ..."
     * @return the column to use
     */
    public static Followed follow(final DataTableSpec spec, final String configured, final String option,
        final List<String> candidates, final String what) {
        if (configured == null || configured.isBlank() || spec.containsName(configured) || candidates.size() != 1) {
            return new Followed(configured, Optional.empty());
        }
        final String used = candidates.get(0);
        return new Followed(used, Optional.of(option + ": the input table has no column \"" + configured
            + "\"; using \"" + used + "\", " + what + ". Choose it in the dialog to keep it."));
    }
}
