package org.mnistlab.knime.testing;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.bytevector.DenseByteVector;
import org.knime.core.data.vector.bytevector.DenseByteVectorCell;
import org.knime.core.data.vector.bytevector.DenseByteVectorCellFactory;
import org.knime.core.node.BufferedDataTable;

/**
 * Small grey-scale digits in the two forms the nodes accept, holding the same values: the MNIST Reader's compact form
 * (column {@code label}, then one byte vector column {@code pixels} whose elements are named {@code pixel_0} ...) and
 * the 784-columns form (column {@code label}, then integer columns {@code pixel_0} ...). Deterministic: row i is of
 * class {@code i % 4} ("0" to "3"), a bright bar whose place depends on the class over a sparse pseudo-noise, so
 * classifiers learn them with a few mistakes; about two thirds of the pixels are 0, as in MNIST.
 */
public final class Images {

    /** Width and height of an image. */
    public static final int SIDE = 6;

    /** Pixels per image. */
    public static final int PIXELS = SIDE * SIDE;

    private Images() {
    }

    /**
     * @param i row index
     * @return its pixels, 0..255, row by row
     */
    public static int[] pixels(final int i) {
        final int c = i % 4;
        final int[] v = new int[PIXELS];
        for (int j = 0; j < PIXELS; j++) {
            final int r = j / SIDE;
            final int col = j % SIDE;
            final boolean bar = c == 0 && r == 1 || c == 1 && col == 2 || c == 2 && r == 4 || c == 3 && col == 4;
            final int noise = (int)((i * 7919L + j * 104_729L) % 97);
            if (bar) {
                v[j] = noise < 15 ? 0 : 150 + noise;
            } else {
                v[j] = noise < 65 ? 0 : (int)((i * 31L + j * 17L) % 200);
            }
        }
        return v;
    }

    /**
     * @param i row index
     * @return its class
     */
    public static String label(final int i) {
        return Integer.toString(i % 4);
    }

    /**
     * @param n rows
     * @return the images as one byte vector column {@code pixels}
     */
    public static BufferedDataTable vectors(final int n) {
        final DataColumnSpecCreator pixels = new DataColumnSpecCreator("pixels", DenseByteVectorCell.TYPE);
        pixels.setElementNames(names().toArray(String[]::new));
        final DataTableSpec spec =
            new DataTableSpec(new DataColumnSpecCreator("label", StringCell.TYPE).createSpec(), pixels.createSpec());
        final List<DataRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final DenseByteVector v = new DenseByteVector(PIXELS);
            final int[] p = pixels(i);
            for (int j = 0; j < PIXELS; j++) {
                v.set(j, p[j]);
            }
            rows.add(new DefaultRow(RowKey.createRowKey((long)i), new StringCell(label(i)),
                new DenseByteVectorCellFactory(v).createDataCell()));
        }
        return Tables.of(spec, rows);
    }

    /**
     * @param n rows
     * @return the images as integer columns {@code pixel_0 ...}
     */
    public static BufferedDataTable columns(final int n) {
        final List<DataColumnSpec> columns = new ArrayList<>();
        columns.add(new DataColumnSpecCreator("label", StringCell.TYPE).createSpec());
        names().forEach(name -> columns.add(new DataColumnSpecCreator(name, IntCell.TYPE).createSpec()));
        final List<DataRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final DataCell[] cells = new DataCell[1 + PIXELS];
            cells[0] = new StringCell(label(i));
            final int[] p = pixels(i);
            for (int j = 0; j < PIXELS; j++) {
                cells[1 + j] = new IntCell(p[j]);
            }
            rows.add(new DefaultRow(RowKey.createRowKey((long)i), cells));
        }
        return Tables.of(new DataTableSpec(columns.toArray(DataColumnSpec[]::new)), rows);
    }

    /** @return {@code pixel_0 ... pixel_35} */
    public static List<String> names() {
        final List<String> names = new ArrayList<>(PIXELS);
        for (int j = 0; j < PIXELS; j++) {
            names.add("pixel_" + j);
        }
        return names;
    }
}
