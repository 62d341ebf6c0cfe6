package org.mnistlab.knime.testing;

import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;

/**
 * Small labelled tables for node tests: classes as overlapping clusters of four features, so that classifiers make a
 * few mistakes. Deterministic (no random generator): row i belongs to class {@code classes[i % k]} and its features
 * are the class's center plus a fixed pseudo-noise of row and column.
 */
public final class Clusters {

    /** Number of feature columns, named {@code x0 .. x3}. */
    public static final int FEATURES = 4;

    private Clusters() {
    }

    /**
     * @param n rows
     * @param classes the class labels (String, Integer or Boolean, all of one kind), cycled through the rows
     * @return a table with column {@code label} (of the labels' type) and double columns {@code x0 .. x3}
     */
    public static BufferedDataTable of(final int n, final Object... classes) {
        final Tables.Builder b = Tables.builder().column("label", type(classes[0])).columns("x", FEATURES,
            DoubleCell.TYPE);
        for (int i = 0; i < n; i++) {
            final int c = i % classes.length;
            final Object[] row = new Object[1 + FEATURES];
            row[0] = classes[c];
            for (int j = 0; j < FEATURES; j++) {
                final double center = j == c % FEATURES ? 2.0 : 0.0;
                final double noise = ((i * 7919L + j * 104_729L) % 1000) / 500.0 - 1.0;
                row[1 + j] = center + 1.5 * noise;
            }
            b.row(row);
        }
        return b.build();
    }

    private static DataType type(final Object label) {
        if (label instanceof Integer) {
            return IntCell.TYPE;
        }
        return label instanceof Boolean ? BooleanCell.TYPE : StringCell.TYPE;
    }
}
