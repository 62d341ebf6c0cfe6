package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.DataRow}: a row ID and a fixed number of cells. */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row ID */
    RowKey getKey();

    /**
     * @param index a column index
     * @return the cell
     */
    DataCell getCell(int index);
}
