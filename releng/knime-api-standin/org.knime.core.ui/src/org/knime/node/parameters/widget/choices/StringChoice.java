package org.knime.node.parameters.widget.choices;

/**
 * Stand-in for KNIME's {@code StringChoice}.
 *
 * @param id the persisted value
 * @param text the shown text
 */
public record StringChoice(String id, String text) {

    /** @param id the value @return a choice showing its value */
    public static StringChoice fromId(final String id) {
        return new StringChoice(id, id);
    }
}
