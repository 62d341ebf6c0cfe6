package org.mnistlab.knime.params;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.FeatureColumnsProvider;

/**
 * Which columns are a model's features: all number and vector columns (the default, which for MNIST is the image
 * column {@code pixels} of 784 values, or the 784 pixel columns) or a selection. Persisted as {@code selection} (ALL_NUMERIC or SELECTED) and the {@code columns} array, which is
 * only read for SELECTED. Feature order is table order, so a model fitted on one table applies to another with the
 * same columns in any order.
 */
public final class FeatureColumnsParameters implements NodeParameters {

    /** How the feature columns are chosen. */
    public enum Selection {
            @Label(value = "All numeric columns", description = "Every numeric column of the input table is a "
                + "feature, except the label column of a learner; a column of vectors (e.g. the MNIST Reader's "
                + "<tt>pixels</tt>) is as many features as its vectors have values.")
            ALL_NUMERIC,
            @Label(value = "Selected columns", description = "Only the selected numeric or vector columns are "
                + "features.")
            SELECTED
    }

    interface SelectionRef extends ParameterReference<Selection> {
    }

    static final class IsSelected implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(SelectionRef.class).isOneOf(Selection.SELECTED);
        }
    }

    /** Title of the selection option, named in messages. */
    public static final String FEATURES = "Feature columns";

    /** Title of the column list option, named in messages. */
    public static final String SELECTED_COLUMNS = "Selected feature columns";

    @Widget(title = FEATURES, description = "Which columns are the features (the model's <tt>X</tt>). Features must "
        + "be numbers, or vectors of numbers (byte or double vectors, e.g. an image in one cell), without missing "
        + "values; their order is the order of the columns in the table, a vector's values in their order.")
    @ValueSwitchWidget
    @ValueReference(SelectionRef.class)
    Selection m_selection = Selection.ALL_NUMERIC;

    @Widget(title = SELECTED_COLUMNS, description = "The numeric or vector columns used as features when "
        + "\"Selected columns\" is chosen.")
    @ChoicesProvider(FeatureColumnsProvider.class)
    @Effect(predicate = IsSelected.class, type = EffectType.SHOW)
    String[] m_columns = new String[0];

    /** All numeric columns: the default. */
    public FeatureColumnsParameters() {
    }

    /**
     * @param columns the feature columns; none means all numeric columns
     * @return parameters selecting them
     */
    public static FeatureColumnsParameters of(final String... columns) {
        final FeatureColumnsParameters p = new FeatureColumnsParameters();
        p.m_selection = columns.length == 0 ? Selection.ALL_NUMERIC : Selection.SELECTED;
        p.m_columns = columns.clone();
        return p;
    }


    /**
     * The feature columns of a table, checked.
     *
     * @param spec the input table's spec
     * @param excluded columns that are never features (a learner's label column); empty for none
     * @return the features' column indices, in table order
     * @throws InvalidSettingsException if there is none, or a selected column is absent, not numeric or excluded
     */
    public int[] resolve(final DataTableSpec spec, final Collection<String> excluded)
        throws InvalidSettingsException {
        if (m_selection == Selection.ALL_NUMERIC) {
            return Columns.numericExcept(spec, excluded);
        }
        // asked for here, not in validate(): a new node has no columns to choose from until a table is connected
        if (m_columns == null || m_columns.length == 0) {
            throw new InvalidSettingsException(SELECTED_COLUMNS + ": select at least one column.");
        }
        final Set<String> selected = new LinkedHashSet<>(Arrays.asList(m_columns));
        final List<String> absent = selected.stream().filter(c -> !spec.containsName(c)).toList();
        if (!absent.isEmpty()) {
            throw new InvalidSettingsException(
                SELECTED_COLUMNS + ": the input table has no column " + Columns.quoted(absent, absent.size()) + ".");
        }
        final List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            final String name = spec.getColumnSpec(i).getName();
            if (selected.contains(name)) {
                if (excluded.contains(name)) {
                    throw new InvalidSettingsException(SELECTED_COLUMNS + ": \"" + name
                        + "\" is the label column, which cannot also be a feature.");
                }
                indices.add(Columns.requireFeature(spec, name, SELECTED_COLUMNS));
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }
}
