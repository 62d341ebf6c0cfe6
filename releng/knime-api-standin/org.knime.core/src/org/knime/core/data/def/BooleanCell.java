package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.def.BooleanCell}: two instances, no public constructor; also an
 * int/long/double value (1 or 0), as in KNIME. Create cells with {@link BooleanCellFactory#create(boolean)}.
 */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue {

    private static final long serialVersionUID = 1L;

    /** The true cell. */
    public static final BooleanCell TRUE = new BooleanCell(true);

    /** The false cell. */
    public static final BooleanCell FALSE = new BooleanCell(false);

    /** The column type of boolean cells. */
    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    private final boolean m_value;

    private BooleanCell(final boolean value) {
        m_value = value;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public long getLongValue() {
        return getIntValue();
    }

    @Override
    public double getDoubleValue() {
        return getIntValue();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    /** Stand-in for KNIME's {@code BooleanCell.BooleanCellFactory}. */
    public static final class BooleanCellFactory {

        /** The column type of boolean cells. */
        public static final DataType TYPE = BooleanCell.TYPE;

        private BooleanCellFactory() {
        }

        /**
         * @param b the value
         * @return {@link BooleanCell#TRUE} or {@link BooleanCell#FALSE}
         */
        public static DataCell create(final boolean b) {
            return b ? TRUE : FALSE;
        }
    }
}
