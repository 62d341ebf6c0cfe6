package org.knime.node.parameters.updates;

import java.util.function.Supplier;

import org.knime.node.parameters.NodeParametersInput;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.updates.StateProvider} (subset). KNIME declares
 * {@code computeState} to throw an x-internal exception; implementations should not declare it, which compiles against
 * both.
 *
 * @param <S> the computed state
 */
public interface StateProvider<S> {

    /** When and from what the state is computed. */
    interface StateProviderInitializer {

        /**
         * @param <T> the value type
         * @param ref a reference
         * @return the referenced value, updated on change
         */
        <T> Supplier<T> computeFromValueSupplier(Class<? extends ParameterReference<T>> ref);

        /**
         * @param <T> the value type
         * @param ref a reference
         * @return the referenced value, without triggering
         */
        <T> Supplier<T> getValueSupplier(Class<? extends ParameterReference<T>> ref);

        /**
         * @param <T> the value type
         * @param id a reference whose changes trigger a computation
         */
        <T> void computeOnValueChange(Class<? extends ParameterReference<T>> id);

        /** Compute when the dialog opens. */
        void computeBeforeOpenDialog();

        /** Compute right after the dialog opened. */
        void computeAfterOpenDialog();
    }

    /** @param initializer declares the triggers */
    void init(StateProviderInitializer initializer);

    /**
     * @param parametersInput the node's inputs
     * @return the state
     */
    S computeState(NodeParametersInput parametersInput);
}
