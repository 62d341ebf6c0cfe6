package org.mnistlab.knime.testing;

import java.util.Random;

import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.Target;

/**
 * A small labelled table for node tests, and the same data as engine input: three classes "a", "b", "c" around
 * separate centres, columns {@code label} (text), {@code x0}, {@code x1} (doubles), {@code k} (int) and {@code note}
 * (text, not a feature). The numeric columns are the features, in that order.
 */
public final class Blobs {

    /** The feature columns. */
    public static final String[] FEATURES = {"x0", "x1", "k"};

    private static final String[] CLASSES = {"a", "b", "c"};

    private static final double[][] CENTRES = {{0, 0}, {3, 1}, {1, 4}};

    private final String[] m_labels;

    private final double[][] m_x;

    private Blobs(final String[] labels, final double[][] x) {
        m_labels = labels;
        m_x = x;
    }

    /**
     * @param rows number of rows
     * @param seed seed of the data
     * @return rows cycling through the classes, features drawn around the class centres
     */
    public static Blobs of(final int rows, final long seed) {
        final Random random = new Random(seed);
        final String[] labels = new String[rows];
        final double[][] x = new double[rows][];
        for (int i = 0; i < rows; i++) {
            final int c = i % CLASSES.length;
            labels[i] = CLASSES[c];
            x[i] = new double[]{CENTRES[c][0] + random.nextGaussian(), CENTRES[c][1] + random.nextGaussian(),
                random.nextInt(5) + c};
        }
        return new Blobs(labels, x);
    }

    /** @return the labels */
    public String[] labels() {
        return m_labels.clone();
    }

    /** @return the features as the engine sees them */
    public DenseMatrix x() {
        return DenseMatrix.of(m_x);
    }

    /** @return the labels encoded as scikit-learn encodes text labels */
    public Target y() {
        return Target.of(m_labels, Target.LEXICOGRAPHIC);
    }

    /** @return the table */
    public BufferedDataTable table() {
        final Tables.Builder b = Tables.builder().column("label", StringCell.TYPE).column("x0", DoubleCell.TYPE)
            .column("x1", DoubleCell.TYPE).column("k", IntCell.TYPE).column("note", StringCell.TYPE);
        for (int i = 0; i < m_labels.length; i++) {
            b.row(m_labels[i], m_x[i][0], m_x[i][1], (int)m_x[i][2], "row " + i);
        }
        return b.build();
    }
}
