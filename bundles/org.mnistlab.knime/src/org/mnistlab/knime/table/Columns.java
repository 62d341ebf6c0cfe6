package org.mnistlab.knime.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * Checks of the columns a node's settings name against an input table spec, for configure. Messages name the option
 * (its dialog title) and the column, so the user knows what to fix.
 * <p>
 * A feature column holds numbers, or vectors of numbers: KNIME's byte vectors (an MNIST image in one cell, as the
 * MNIST Reader writes it by default) and double vectors (e.g. standardized images). A vector column is as many
 * features as its vectors have elements.
 */
public final class Columns {

    /** How many missing columns a message names. */
    private static final int MAX_NAMED = 5;

    private Columns() {
    }

    /**
     * @param spec the input spec
     * @param column the selected column name
     * @param option the option's title, for the message
     * @return the column's index
     * @throws InvalidSettingsException if none is selected or it is not in the table
     */
    public static int require(final DataTableSpec spec, final String column, final String option)
        throws InvalidSettingsException {
        if (column == null || column.isBlank()) {
            throw new InvalidSettingsException(option + ": no column is selected.");
        }
        final int index = spec.findColumnIndex(column);
        if (index < 0) {
            throw new InvalidSettingsException(option + ": the input table has no column \"" + column + "\".");
        }
        return index;
    }

    /**
     * A column holding class labels: text, numbers or booleans (each value's text is its label).
     *
     * @param spec the input spec
     * @param column the selected column name
     * @param option the option's title
     * @return the column's index
     * @throws InvalidSettingsException if it is missing or holds other values (e.g. images)
     */
    public static int requireLabel(final DataTableSpec spec, final String column, final String option)
        throws InvalidSettingsException {
        final int index = require(spec, column, option);
        final DataColumnSpec c = spec.getColumnSpec(index);
        if (!c.getType().isCompatible(StringValue.class) && !c.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException(option + ": column \"" + column + "\" holds " + c.getType().getName()
                + " values; class labels must be text or numbers.");
        }
        return index;
    }

    /**
     * @param spec the input spec
     * @param column the selected column name
     * @param option the option's title
     * @return the column's index
     * @throws InvalidSettingsException if it is missing or not numeric
     */
    public static int requireNumeric(final DataTableSpec spec, final String column, final String option)
        throws InvalidSettingsException {
        final int index = require(spec, column, option);
        checkNumeric(spec, index, option);
        return index;
    }

    /**
     * @param type a column's type
     * @return whether it holds vectors of numbers (byte or double vectors)
     */
    public static boolean isVector(final DataType type) {
        return type.isCompatible(ByteVectorValue.class) || type.isCompatible(DoubleVectorValue.class);
    }

    /**
     * @param type a column's type
     * @return whether its values can be features: numbers or vectors of numbers
     */
    public static boolean isFeature(final DataType type) {
        return type.isCompatible(DoubleValue.class) || isVector(type);
    }

    /**
     * A selected feature column.
     *
     * @param spec the input spec
     * @param column the selected column name
     * @param option the option's title
     * @return the column's index
     * @throws InvalidSettingsException if it is missing or holds neither numbers nor vectors of numbers
     */
    public static int requireFeature(final DataTableSpec spec, final String column, final String option)
        throws InvalidSettingsException {
        final int index = require(spec, column, option);
        final DataColumnSpec c = spec.getColumnSpec(index);
        if (!isFeature(c.getType())) {
            throw new InvalidSettingsException(option + ": column \"" + c.getName() + "\" holds "
                + c.getType().getName() + " values, not numbers.");
        }
        return index;
    }

    /**
     * The feature columns of a learner that takes "all numeric columns but the label": number columns and vector
     * columns.
     *
     * @param spec the input spec
     * @param excluded column names that are not features (e.g. the label)
     * @return indices of all other numeric and vector columns, in table order
     * @throws InvalidSettingsException if there is none
     */
    public static int[] numericExcept(final DataTableSpec spec, final Collection<String> excluded)
        throws InvalidSettingsException {
        final List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            final DataColumnSpec c = spec.getColumnSpec(i);
            if (!excluded.contains(c.getName()) && isFeature(c.getType())) {
                indices.add(i);
            }
        }
        if (indices.isEmpty()) {
            throw new InvalidSettingsException("The input table has no numeric feature columns.");
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Numbered columns {@code prefix0, prefix1, ...}: all consecutive ones from 0, as the MNIST Reader writes
     * {@code pixel_0 .. pixel_783}.
     *
     * @param spec the input spec
     * @param prefix the name prefix
     * @param option the option's title
     * @return their indices, in number order
     * @throws InvalidSettingsException if {@code prefix0} is missing or one of them is not numeric
     */
    public static int[] numbered(final DataTableSpec spec, final String prefix, final String option)
        throws InvalidSettingsException {
        final List<Integer> indices = new ArrayList<>();
        for (int k = 0;; k++) {
            final int index = spec.findColumnIndex(prefix + k);
            if (index < 0) {
                break;
            }
            checkNumeric(spec, index, option);
            indices.add(index);
        }
        if (indices.isEmpty()) {
            throw new InvalidSettingsException(option + ": the input table has no column \"" + prefix + "0\".");
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The columns a fitted model reads, for a predictor's or applier's configure: all must be present and hold
     * numbers or vectors of numbers.
     *
     * @param spec the input spec
     * @param features the model's feature column names, in the model's order
     * @param owner what needs them, for the message (e.g. "the model")
     * @return the features' indices in the model's order
     * @throws InvalidSettingsException naming the missing columns (the first few of them) or a non-numeric one
     */
    public static int[] requireFeatures(final DataTableSpec spec, final List<String> features, final String owner)
        throws InvalidSettingsException {
        final List<String> missing = features.stream().filter(c -> !spec.containsName(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidSettingsException("The input table lacks " + missing.size() + " of the "
                + features.size() + " feature columns of " + owner + ": " + quoted(missing, MAX_NAMED) + ".");
        }
        final int[] indices = new int[features.size()];
        for (int j = 0; j < indices.length; j++) {
            indices[j] = spec.findColumnIndex(features.get(j));
            final DataColumnSpec c = spec.getColumnSpec(indices[j]);
            if (!isFeature(c.getType())) {
                throw new InvalidSettingsException("Column \"" + c.getName() + "\" holds " + c.getType().getName()
                    + " values, but it is a feature column of " + owner + " and must be numeric.");
            }
        }
        return indices;
    }

    /**
     * Column names for a message: quoted, comma-separated, at most {@code max} of them, then how many more.
     *
     * @param names the names
     * @param max how many to name
     * @return e.g. {@code "a", "b", "c" and 781 more}
     */
    public static String quoted(final List<String> names, final int max) {
        final StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, names.size()); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
        }
        if (names.size() > max) {
            b.append(" and ").append(names.size() - max).append(" more");
        }
        return b.toString();
    }

    /**
     * @param spec a spec
     * @param indices column indices
     * @return their names
     */
    public static List<String> names(final DataTableSpec spec, final int[] indices) {
        final List<String> names = new ArrayList<>(indices.length);
        for (final int i : indices) {
            names.add(spec.getColumnSpec(i).getName());
        }
        return names;
    }

    private static void checkNumeric(final DataTableSpec spec, final int index, final String option)
        throws InvalidSettingsException {
        final DataColumnSpec c = spec.getColumnSpec(index);
        if (!c.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException(option + ": column \"" + c.getName() + "\" holds " + c.getType().getName()
                + " values, not numbers.");
        }
    }
}
