package org.mnistlab.knime.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.bytevector.DenseByteVectorCell;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.KNIMEException;
import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.FeatureMatrixBuilder;

/**
 * Collects the feature columns of table rows into a {@link FeatureMatrix}: a number column is one feature, a vector
 * column (see {@link Columns#isVector}) as many as its vectors have elements, all in column order, so an image in one
 * byte vector cell gives the same matrix row as its pixels in as many integer columns. Vector lengths are taken from
 * the first row; every row must have the same.
 * <p>
 * When every feature column holds byte vectors, their bytes go straight into a {@link ByteMatrix}; otherwise values
 * go through {@link FeatureMatrixBuilder}, which also keeps whole numbers 0..255 as bytes. Both give learners the same
 * doubles. Missing values and NaN or infinite numbers are errors naming the column and row.
 */
final class FeatureRows {

    /** ByteMatrix's column limit. */
    private static final int MAX_BYTE_COLUMNS = 1 << 16;

    private final DataTableSpec m_spec;

    private final int[] m_columns;

    /** Per feature column: its vector length, or 0 for a number column. */
    private final int[] m_lengths;

    private final int m_width;

    private final ByteMatrix.Builder m_bytes;

    private final byte[] m_byteRow;

    private final FeatureMatrixBuilder m_numbers;

    private final double[] m_values;

    private FeatureRows(final DataTableSpec spec, final int[] columns, final int[] lengths, final int expectedRows) {
        m_spec = spec;
        m_columns = columns.clone();
        m_lengths = lengths;
        int width = 0;
        boolean allBytes = true;
        for (int j = 0; j < columns.length; j++) {
            width += Math.max(1, lengths[j]);
            allBytes &= lengths[j] > 0 && spec.getColumnSpec(columns[j]).getType().isCompatible(ByteVectorValue.class);
        }
        m_width = width;
        if (allBytes && width <= MAX_BYTE_COLUMNS) {
            m_bytes = ByteMatrix.builder(width, expectedRows);
            m_byteRow = new byte[width];
            m_numbers = null;
            m_values = null;
        } else {
            m_bytes = null;
            m_byteRow = null;
            m_numbers = new FeatureMatrixBuilder(width, expectedRows);
            m_values = new double[width];
        }
    }

    /**
     * @param spec the table's spec
     * @param columns the feature columns, in feature order
     * @param first the first row, which gives the vector lengths
     * @param expectedRows a capacity hint
     * @return the collector, empty
     * @throws KNIMEException if a vector of the first row is missing or empty
     */
    static FeatureRows startingWith(final DataTableSpec spec, final int[] columns, final DataRow first,
        final int expectedRows) throws KNIMEException {
        final int[] lengths = new int[columns.length];
        for (int j = 0; j < columns.length; j++) {
            if (Columns.isVector(spec.getColumnSpec(columns[j]).getType())) {
                final DataCell c = first.getCell(columns[j]);
                if (c.isMissing()) {
                    throw TableData.missing(first, columns[j], 0, spec);
                }
                final long length = length(c);
                if (length < 1 || length > Integer.MAX_VALUE - 8) {
                    throw new KNIMEException("Column \"" + spec.getColumnSpec(columns[j]).getName() + "\" holds a "
                        + "vector of " + length + " values in row \"" + first.getKey() + "\" (row 1); feature vectors "
                        + "need 1 to " + (Integer.MAX_VALUE - 8) + " values.");
                }
                lengths[j] = (int)length;
            }
        }
        return new FeatureRows(spec, columns, lengths, expectedRows);
    }

    /** @return the number of features per row */
    int width() {
        return m_width;
    }

    /**
     * The feature names: a number column's name; a vector column's element names when its spec has one per element
     * (the MNIST Reader names them {@code pixel_0 .. pixel_783}), else the column name with the element's index,
     * {@code column[j]}.
     *
     * @return one name per feature
     */
    List<String> names() {
        final List<String> names = new ArrayList<>(m_width);
        for (int j = 0; j < m_columns.length; j++) {
            final DataColumnSpec c = m_spec.getColumnSpec(m_columns[j]);
            if (m_lengths[j] == 0) {
                names.add(c.getName());
            } else {
                names.addAll(elementNames(c, m_lengths[j]));
            }
        }
        return names;
    }

    /**
     * The feature names as far as the spec tells them, for configure: known unless a vector column's spec lacks
     * element names.
     *
     * @param spec a table's spec
     * @param columns its feature columns, in feature order
     * @return the names, or empty while a vector's length is unknown
     */
    static Optional<List<String>> names(final DataTableSpec spec, final int[] columns) {
        final List<String> names = new ArrayList<>();
        for (final int column : columns) {
            final DataColumnSpec c = spec.getColumnSpec(column);
            if (!Columns.isVector(c.getType())) {
                names.add(c.getName());
            } else if (c.getElementNames().isEmpty()) {
                return Optional.empty();
            } else {
                names.addAll(c.getElementNames());
            }
        }
        return Optional.of(names);
    }

    private static List<String> elementNames(final DataColumnSpec c, final int length) {
        if (c.getElementNames().size() == length) {
            return c.getElementNames();
        }
        final List<String> names = new ArrayList<>(length);
        for (int k = 0; k < length; k++) {
            names.add(c.getName() + "[" + k + "]");
        }
        return names;
    }

    /**
     * Appends a row's features.
     *
     * @param row the row
     * @param index its position, for messages
     * @throws KNIMEException for a missing value, a non-finite number or a vector of another length
     */
    void add(final DataRow row, final int index) throws KNIMEException {
        int offset = 0;
        for (int j = 0; j < m_columns.length; j++) {
            final int column = m_columns[j];
            final DataCell c = row.getCell(column);
            if (c.isMissing()) {
                throw TableData.missing(row, column, index, m_spec);
            }
            if (m_lengths[j] == 0) {
                m_values[offset++] = finite(((DoubleValue)c).getDoubleValue(), row, column, index);
                continue;
            }
            if (length(c) != m_lengths[j]) {
                throw new KNIMEException("Column \"" + m_spec.getColumnSpec(column).getName() + "\" holds a vector of "
                    + length(c) + " values in row \"" + row.getKey() + "\" (row " + (index + 1) + "), but one of "
                    + m_lengths[j] + " in the first row; all rows need vectors of the same length.");
            }
            if (m_bytes != null) {
                bytes((ByteVectorValue)c, m_byteRow, offset);
            } else if (c instanceof ByteVectorValue b) {
                for (int k = 0; k < m_lengths[j]; k++) {
                    m_values[offset + k] = b.get(k);
                }
            } else {
                final DoubleVectorValue d = (DoubleVectorValue)c;
                for (int k = 0; k < m_lengths[j]; k++) {
                    m_values[offset + k] = finite(d.getValue(k), row, column, index);
                }
            }
            offset += m_lengths[j];
        }
        if (m_bytes != null) {
            m_bytes.addRow(m_byteRow, 0);
        } else {
            m_numbers.addRow(m_values);
        }
    }

    /** @return the matrix of the rows added; the collector must not be used afterwards */
    FeatureMatrix build() {
        return m_bytes != null ? m_bytes.build() : m_numbers.build();
    }

    /**
     * @param spec a table's spec
     * @param columns its feature columns
     * @return a matrix without rows, for a table without rows; as wide as the spec tells (a vector without element
     *         names counts as one feature)
     */
    static FeatureMatrix empty(final DataTableSpec spec, final int[] columns) {
        int width = 0;
        for (final int column : columns) {
            width += Math.max(1, spec.getColumnSpec(column).getElementNames().size());
        }
        return new FeatureMatrixBuilder(Math.max(1, width), 0).build();
    }

    private double finite(final double v, final DataRow row, final int column, final int index)
        throws KNIMEException {
        if (!Double.isFinite(v)) {
            throw new KNIMEException("Column \"" + m_spec.getColumnSpec(column).getName() + "\" holds " + v
                + " in row \"" + row.getKey() + "\" (row " + (index + 1) + "); features must be finite numbers.");
        }
        return v;
    }

    /**
     * @param cell a byte or double vector
     * @return its length
     */
    static long length(final DataCell cell) {
        return cell instanceof ByteVectorValue b ? b.length() : ((DoubleVectorValue)cell).getLength();
    }

    /**
     * Writes a byte vector's counts (0..255) as unsigned bytes, without copying the vector (a table of 60,000 images
     * is read often; copies would be garbage of the table's size each time).
     *
     * @param v the vector
     * @param dst the destination
     * @param offset where its first element goes
     */
    static void bytes(final ByteVectorValue v, final byte[] dst, final int offset) {
        final int length = (int)v.length();
        if (v instanceof DenseByteVectorCell) {
            for (int k = 0; k < length; k++) {
                dst[offset + k] = (byte)v.get(k);
            }
            return;
        }
        Arrays.fill(dst, offset, offset + length, (byte)0);
        for (long k = v.nextCountIndex(0); k >= 0 && k < length; k = v.nextCountIndex(k + 1)) {
            dst[offset + (int)k] = (byte)v.get(k);
        }
    }
}
