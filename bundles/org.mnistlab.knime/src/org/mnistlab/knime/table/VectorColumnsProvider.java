package org.mnistlab.knime.table;

import java.util.List;

import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;

/** The dialog's choices for an image column: the byte and double vector columns of the first input. */
public final class VectorColumnsProvider extends CompatibleColumnsProvider {

    /** Instantiated by the dialog framework. */
    public VectorColumnsProvider() {
        super(List.of(ByteVectorValue.class, DoubleVectorValue.class));
    }
}
