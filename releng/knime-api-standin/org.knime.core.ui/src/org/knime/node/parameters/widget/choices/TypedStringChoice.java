package org.knime.node.parameters.widget.choices;

import org.knime.core.data.DataColumnSpec;

/**
 * Stand-in for KNIME's {@code TypedStringChoice}: a column choice.
 *
 * @param id the persisted column name
 * @param text the shown text
 * @param type the column type
 */
public record TypedStringChoice(String id, String text, PossibleTypeValue type) {

    /**
     * @param id type id
     * @param text type name
     */
    public static record PossibleTypeValue(String id, String text) {
    }

    /** @param colSpec a column @return its choice */
    public static TypedStringChoice fromColSpec(final DataColumnSpec colSpec) {
        final String name = colSpec.getName();
        return new TypedStringChoice(name, name, new PossibleTypeValue(colSpec.getType().getPreferredValueClass()
            .getName(), colSpec.getType().getName()));
    }
}
