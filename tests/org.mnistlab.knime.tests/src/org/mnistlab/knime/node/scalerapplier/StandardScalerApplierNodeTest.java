package org.mnistlab.knime.node.scalerapplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.testing.Blobs;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerParameters;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters;

class StandardScalerApplierNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new StandardScalerApplierNodeFactory(), null);

    private static MnistLabModelPortObject s_scaler;

    @BeforeAll
    static void learn() throws Exception {
        final NodeHarness learner = NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);
        final BufferedDataTable train = Blobs.of(20, 6).table();
        s_scaler = learner.execute(learner.defaultParameters(train.getDataTableSpec()), train).output(0);
    }

    @Test
    void execute_otherTable_scaledWithTheLearnedMeansAndScales() throws Exception {
        final BufferedDataTable test = Blobs.of(9, 7).table();
        final BufferedDataTable out = NODE.execute(null, s_scaler, test).table(0);
        Tables.assertStructure(NODE.configure(null, s_scaler.getSpec(), test.getDataTableSpec()).spec(0), out);
        final StandardScaler scaler = s_scaler.getModel(StandardScaler.class);
        final List<DataRow> in = Tables.rows(test);
        final List<DataRow> rows = Tables.rows(out);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < 3; j++) {
                final double x = ((DoubleValue)in.get(i).getCell(1 + j)).getDoubleValue();
                assertEquals(scaler.transform(x, j), ((DoubleValue)rows.get(i).getCell(1 + j)).getDoubleValue());
            }
        }
    }

    @Test
    void execute_columnsInAnotherOrder_areMatchedByName() throws Exception {
        final BufferedDataTable t = Tables.builder().column("k", IntCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("x0", DoubleCell.TYPE).row(2, 0.5, -1.0).build();
        final DataRow row = Tables.rows(NODE.execute(null, s_scaler, t).table(0)).get(0);
        final StandardScaler scaler = s_scaler.getModel(StandardScaler.class);
        assertEquals(scaler.transform(2, 2), ((DoubleValue)row.getCell(0)).getDoubleValue());
        assertEquals(scaler.transform(0.5, 1), ((DoubleValue)row.getCell(1)).getDoubleValue());
        assertEquals(scaler.transform(-1.0, 0), ((DoubleValue)row.getCell(2)).getDoubleValue());
    }

    @Test
    void execute_missingValues_stayMissingAsScikitLearnKeepsNaN() throws Exception {
        final BufferedDataTable t = Tables.builder().column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("k", IntCell.TYPE).row(null, Double.NaN, 1).build();
        final DataRow row = Tables.rows(NODE.execute(null, s_scaler, t).table(0)).get(0);
        final DataCell missing = row.getCell(0);
        assertTrue(missing.isMissing());
        assertTrue(Double.isNaN(((DoubleValue)row.getCell(1)).getDoubleValue()));
    }

    @Test
    void execute_infiniteValue_messageNamesColumnAndRow() {
        final BufferedDataTable t = Tables.builder().column("x0", DoubleCell.TYPE).column("x1", DoubleCell.TYPE)
            .column("k", IntCell.TYPE).row(1.0, Double.NEGATIVE_INFINITY, 1).build();
        final KNIMEException e = assertThrows(KNIMEException.class, () -> NODE.execute(null, s_scaler, t));
        assertEquals("Column \"x1\" holds -Infinity in row \"Row0\" (row 1); only finite numbers can be scaled.",
            e.getMessage());
    }

    @Test
    void configure_missingColumns_messageNamesThem() {
        final DataTableSpec in = Tables.builder().column("x0", StringCell.TYPE).spec();
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(null, s_scaler.getSpec(), in));
        assertEquals("The input table lacks 2 of the 3 feature columns of the scaler: \"x1\", \"k\".",
            e.getMessage());
    }

    @Test
    void configure_classifierModel_isRejectedNamingTheLearner() throws Exception {
        final NodeHarness sgd = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);
        final DataTableSpec in = Blobs.of(3, 1).table().getDataTableSpec();
        final MnistLabModelPortObjectSpec model = sgd.configure(sgd.defaultParameters(in), in).spec(0);
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> NODE.configure(null, model, in));
        assertEquals("The model input holds a SGDClassifier model; the Standard Scaler Applier (scikit-learn) applies "
            + "models of the Standard Scaler Learner (scikit-learn).", e.getMessage());
    }
}
