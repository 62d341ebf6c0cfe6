package org.knime.node.parameters.widget.choices;

/** Stand-in for KNIME's {@code TypedStringChoicesProvider}. */
public non-sealed interface TypedStringChoicesProvider extends ChoicesStateProvider<TypedStringChoice> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        initializer.computeBeforeOpenDialog();
    }
}
