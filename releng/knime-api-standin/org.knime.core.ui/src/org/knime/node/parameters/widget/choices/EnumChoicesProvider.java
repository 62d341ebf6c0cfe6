package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.NodeParametersInput;

/**
 * Stand-in for KNIME's {@code EnumChoicesProvider}: restricts the constants offered.
 *
 * @param <E> the enum
 */
public non-sealed interface EnumChoicesProvider<E extends Enum<E>> extends ChoicesStateProvider<EnumChoice<E>> {

    @Override
    default void init(final StateProviderInitializer initializer) {
        initializer.computeBeforeOpenDialog();
    }

    /** @param context the node's inputs @return the offered constants */
    default List<E> choices(final NodeParametersInput context) {
        throw new IllegalStateException("At least one method must be implemented: "
            + "EnumChoicesProvider.choices or EnumChoicesProvider.computeState");
    }

    @Override
    default List<EnumChoice<E>> computeState(final NodeParametersInput context) {
        return choices(context).stream().map(EnumChoice::fromEnumConst).toList();
    }
}
