package org.mnistlab.knime.table;

import java.util.List;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;

/**
 * The dialog's choices for feature columns: the number and vector columns of the first input, the kinds
 * {@link Columns#isFeature} accepts.
 */
public final class FeatureColumnsProvider extends CompatibleColumnsProvider {

    /** Instantiated by the dialog framework. */
    public FeatureColumnsProvider() {
        super(List.of(DoubleValue.class, ByteVectorValue.class, DoubleVectorValue.class));
    }
}
