package org.knime.core.data;

import java.util.Iterator;

/** Stand-in for KNIME's {@code org.knime.core.data.RowIterator}: iterates rows; rows cannot be removed. */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    @Override
    public final void remove() {
        throw new UnsupportedOperationException("Can't remove row from table.");
    }
}
