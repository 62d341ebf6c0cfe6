package org.mnistlab.knime.node.scalerlearner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.PortObjects;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.preprocessing.ScalerParams;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.params.FeatureColumnsParameters;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.testing.Blobs;

class StandardScalerLearnerNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);

    private static final Blobs DATA = Blobs.of(20, 5);

    @Test
    void defaults_centerAndScaleAllNumericColumns() {
        ConfigTrees.assertSameTree(ConfigTrees.settings("model") //
            .config("columns", c -> c.add("selection", "ALL_NUMERIC").strings("columns")) //
            .add("withMean", true).add("withStd", true).build(),
            Parameters.written(new StandardScalerLearnerParameters()));
        assertEquals(new ScalerParams(), new StandardScalerLearnerParameters().toEngine());
    }

    @Test
    void configure_numericColumnsBecomeDoublesInPlace_othersKept() throws Exception {
        final DataTableSpec in = DATA.table().getDataTableSpec();
        final NodeHarness.Configured c = NODE.configure(new StandardScalerLearnerParameters(), in);
        final DataTableSpec out = c.spec(1);
        assertEquals(List.of(in.getColumnNames()), List.of(out.getColumnNames()));
        assertEquals(IntCell.TYPE, in.getColumnSpec("k").getType());
        assertEquals(DoubleCell.TYPE, out.getColumnSpec("k").getType());
        assertEquals(StringCell.TYPE, out.getColumnSpec("label").getType());
        final MnistLabModelPortObjectSpec model = c.spec(0);
        assertEquals("StandardScaler", model.getModelType());
        assertEquals(List.of(Blobs.FEATURES), model.getFeatureColumns());
        assertEquals(List.of("with_mean", "with_std"), List.copyOf(model.getHyperParameters().keySet()));
    }

    @Test
    void execute_isTheEnginesScalerAndTransformBitForBit() throws Exception {
        final BufferedDataTable table = DATA.table();
        final Executed e = NODE.execute(new StandardScalerLearnerParameters(), table);
        final MnistLabModelPortObject port = e.output(0);
        final StandardScaler node = port.getModel(StandardScaler.class);
        final StandardScaler engine = StandardScaler.fit(DATA.x(), Monitor.NONE);
        assertArrayEquals(engine.mean(), node.mean());
        assertArrayEquals(engine.var(), node.var());
        assertArrayEquals(engine.scale(), node.scale());
        assertEquals(Map.of("n_samples_seen_", "20"), port.getSpec().getFitResults());
        final DenseMatrix expected = engine.transformDense(DATA.x());
        final List<DataRow> in = Tables.rows(table);
        final List<DataRow> rows = Tables.rows(e.table(1));
        for (int i = 0; i < rows.size(); i++) {
            assertSame(in.get(i).getCell(0), rows.get(i).getCell(0));
            assertSame(in.get(i).getCell(4), rows.get(i).getCell(4));
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.get(i, j), ((DoubleValue)rows.get(i).getCell(1 + j)).getDoubleValue());
            }
        }
    }

    @Test
    void execute_selectedColumnsWithoutCentering_onlyThoseAreDivided() throws Exception {
        final StandardScalerLearnerParameters p = new StandardScalerLearnerParameters();
        p.m_columns = FeatureColumnsParameters.of("x1");
        p.m_withMean = false;
        final BufferedDataTable table = DATA.table();
        final Executed e = NODE.execute(p, table);
        final StandardScaler scaler = ((MnistLabModelPortObject)e.output(0)).getModel(StandardScaler.class);
        final List<DataRow> in = Tables.rows(table);
        final List<DataRow> rows = Tables.rows(e.table(1));
        for (int i = 0; i < rows.size(); i++) {
            final double x1 = ((DoubleValue)in.get(i).getCell(2)).getDoubleValue();
            assertEquals(x1 / scaler.scale()[0], ((DoubleValue)rows.get(i).getCell(2)).getDoubleValue());
            assertSame(in.get(i).getCell(1), rows.get(i).getCell(1));
            assertSame(in.get(i).getCell(3), rows.get(i).getCell(3));
        }
    }

    @Test
    void execute_missingValue_messageNamesColumnAndRow() {
        final BufferedDataTable t =
            Tables.builder().column("x", DoubleCell.TYPE).row(1.0).row((Object)null).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(new StandardScalerLearnerParameters(), t));
        assertTrue(e.getMessage().startsWith("Column \"x\" has a missing value in row \"Row1\" (row 2)."),
            e.getMessage());
    }

    @Test
    void execute_emptyTable_saysSo() {
        final BufferedDataTable t = Tables.builder().column("x", DoubleCell.TYPE).build();
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(new StandardScalerLearnerParameters(), t));
        assertEquals("The input table is empty: there is nothing to learn from.", e.getMessage());
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(new StandardScalerLearnerParameters(), Executions.canceled(), DATA.table()));
    }

    @Test
    void model_saveLoad_isBitIdentical() throws Exception {
        final MnistLabModelPortObject saved = NODE.execute(new StandardScalerLearnerParameters(), DATA.table())
            .output(0);
        final MnistLabModelPortObject loaded = PortObjects.roundTrip(saved);
        assertEquals(saved.getSpec(), loaded.getSpec());
        assertArrayEquals(saved.getModel(StandardScaler.class).scale(), loaded.getModel(StandardScaler.class).scale());
        assertArrayEquals(saved.getModel(StandardScaler.class).mean(), loaded.getModel(StandardScaler.class).mean());
        assertArrayEquals(PortObjects.save(saved), PortObjects.save(loaded));
    }
}
