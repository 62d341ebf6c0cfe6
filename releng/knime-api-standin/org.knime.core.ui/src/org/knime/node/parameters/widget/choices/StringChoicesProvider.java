package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.NodeParametersInput;

/** Stand-in for KNIME's {@code StringChoicesProvider}: implement {@link #choices} or {@link #computeState}. */
public non-sealed interface StringChoicesProvider extends ChoicesStateProvider<StringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        initializer.computeBeforeOpenDialog();
    }

    /** @param context the node's inputs @return the values */
    default List<String> choices(final NodeParametersInput context) {
        throw new IllegalStateException("At least one method must be implemented: "
            + "StringChoicesStateProvider.choices or StringChoicesStateProvider.computeState");
    }

    @Override
    default List<StringChoice> computeState(final NodeParametersInput context) {
        return choices(context).stream().map(StringChoice::fromId).toList();
    }
}
