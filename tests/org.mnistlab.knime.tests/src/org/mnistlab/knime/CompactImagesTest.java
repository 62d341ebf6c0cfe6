package org.mnistlab.knime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.vector.bytevector.ByteVectorValue;
import org.knime.core.data.vector.doublevector.DoubleVectorValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.digitgrid.DigitGridParameters;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters;
import org.mnistlab.knime.node.scalerapplier.StandardScalerApplierNodeFactory;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerNodeFactory;
import org.mnistlab.knime.node.scalerlearner.StandardScalerLearnerParameters;
import org.mnistlab.knime.node.scorer.ScorerNodeFactory;
import org.mnistlab.knime.node.scorer.ScorerParameters;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerParameters;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerNodeFactory;
import org.mnistlab.knime.node.svmlearner.SVMLearnerParameters;
import org.mnistlab.knime.node.svmpredictor.SVMPredictorNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.predict.PredictorParameters;
import org.mnistlab.knime.testing.Images;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.knime.node.parameters.NodeParameters;

/**
 * Every node that reads images accepts them as one byte vector column (the MNIST Reader's compact default) and as
 * numbered pixel columns, and computes the same numbers from both: models, predictions, scores, scaled values,
 * cross-validation, the Scorer's digits and the Digit Grid's picture. Standardized images (double vectors) feed the
 * next node as standardized pixel columns do.
 */
class CompactImagesTest {

    private static final int ROWS = 120;

    private static final BufferedDataTable VECTORS = Images.vectors(ROWS);

    private static final BufferedDataTable COLUMNS = Images.columns(ROWS);

    private static final NodeHarness SGD = NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class);

    private static final NodeHarness SGD_PREDICT =
        NodeHarness.of(new SGDPredictorNodeFactory(), PredictorParameters.class);

    private static final NodeHarness SVM = NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class);

    private static final NodeHarness SVM_PREDICT =
        NodeHarness.of(new SVMPredictorNodeFactory(), PredictorParameters.class);

    private static final NodeHarness CV =
        NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class);

    private static final NodeHarness SCALER =
        NodeHarness.of(new StandardScalerLearnerNodeFactory(), StandardScalerLearnerParameters.class);

    private static final NodeHarness SCALER_APPLY = NodeHarness.of(new StandardScalerApplierNodeFactory(), null);

    /** A new node's settings for this input, with some changed (String, Integer or Boolean values). */
    private static NodeParameters params(final NodeHarness node, final BufferedDataTable in,
        final Object... keyValues) throws Exception {
        final NodeSettings s = Parameters.toSettings(node.defaultParameters(in.getDataTableSpec()), "model");
        for (int i = 0; i < keyValues.length; i += 2) {
            final String key = (String)keyValues[i];
            if (keyValues[i + 1] instanceof Integer v) {
                s.addInt(key, v);
            } else if (keyValues[i + 1] instanceof Boolean v) {
                s.addBoolean(key, v);
            } else {
                s.addString(key, (String)keyValues[i + 1]);
            }
        }
        return node.loadParameters(s);
    }

    /** The cells after the input's columns, per row, with the row ID; and the new columns' names first. */
    private static List<List<Object>> appended(final BufferedDataTable out, final BufferedDataTable in) {
        final int from = in.getDataTableSpec().getNumColumns();
        final DataTableSpec spec = out.getDataTableSpec();
        final List<List<Object>> rows = new ArrayList<>();
        final List<Object> names = new ArrayList<>();
        for (int j = from; j < spec.getNumColumns(); j++) {
            names.add(spec.getColumnSpec(j).getName() + ":" + spec.getColumnSpec(j).getType());
        }
        rows.add(names);
        for (final DataRow r : Tables.rows(out)) {
            final List<Object> values = new ArrayList<>();
            values.add(r.getKey().getString());
            for (int j = from; j < r.getNumCells(); j++) {
                values.add(r.getCell(j));
            }
            rows.add(values);
        }
        return rows;
    }

    /** A table's row IDs and cells, with its column names first: equal tables compare equal. */
    private static List<List<Object>> contents(final BufferedDataTable t) {
        final List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Arrays.asList((Object[])t.getDataTableSpec().getColumnNames())));
        rows.addAll(Tables.contents(t));
        return rows;
    }

    /** Per row, the pixel values: the number and vector cells after the label, flattened. */
    private static List<double[]> pixels(final BufferedDataTable t) {
        final List<double[]> rows = new ArrayList<>();
        for (final DataRow r : Tables.rows(t)) {
            final List<Double> v = new ArrayList<>();
            for (int j = 1; j < r.getNumCells(); j++) {
                final DataCell c = r.getCell(j);
                if (c instanceof DoubleVectorValue d) {
                    for (int k = 0; k < d.getLength(); k++) {
                        v.add(d.getValue(k));
                    }
                } else if (c instanceof ByteVectorValue b) {
                    for (int k = 0; k < b.length(); k++) {
                        v.add((double)b.get(k));
                    }
                } else {
                    v.add(((DoubleValue)c).getDoubleValue());
                }
            }
            rows.add(v.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return rows;
    }

    private static void assertSamePixels(final BufferedDataTable expected, final BufferedDataTable actual) {
        final List<double[]> e = pixels(expected);
        final List<double[]> a = pixels(actual);
        assertEquals(e.size(), a.size());
        for (int i = 0; i < e.size(); i++) {
            assertArrayEquals(e.get(i), a.get(i), "row " + i);
        }
    }

    @Test
    void sgd_binaryAndMulticlass_learnAndPredictTheSameFromBothForms() throws Exception {
        for (final String classes : new String[]{"BINARY", "MULTICLASS"}) {
            final Executed v = SGD.execute(params(SGD, VECTORS, "classes", classes, "positiveValue", "1"), VECTORS);
            final Executed c = SGD.execute(params(SGD, COLUMNS, "classes", classes, "positiveValue", "1"), COLUMNS);
            assertEquals(contents(c.table(1)), contents(v.table(1)), classes + ": coefficients, named pixel_0 ...");
            assertEquals(((MnistLabModelPortObject)c.output(0)).getSpec().getFitResults(),
                ((MnistLabModelPortObject)v.output(0)).getSpec().getFitResults());
            assertEquals(List.of("pixels"), ((MnistLabModelPortObject)v.output(0)).getSpec().getFeatureColumns());
            final PortObject cm = c.output(0);
            final PortObject vm = v.output(0);
            assertEquals(appended(SGD_PREDICT.execute(new PredictorParameters(), cm, COLUMNS).table(0), COLUMNS),
                appended(SGD_PREDICT.execute(new PredictorParameters(), vm, VECTORS).table(0), VECTORS),
                classes + ": predictions and scores");
        }
    }

    @Test
    void svm_oneVsOneAndOneVsRest_learnAndPredictTheSameFromBothForms() throws Exception {
        for (final String strategy : new String[]{"ONE_VS_ONE", "ONE_VS_REST"}) {
            final PortObject v = SVM.execute(params(SVM, VECTORS, "strategy", strategy), VECTORS).output(0);
            final PortObject c = SVM.execute(params(SVM, COLUMNS, "strategy", strategy), COLUMNS).output(0);
            assertEquals(((MnistLabModelPortObject)c).getSpec().getFitResults(),
                ((MnistLabModelPortObject)v).getSpec().getFitResults());
            assertEquals(appended(SVM_PREDICT.execute(new PredictorParameters(), c, COLUMNS).table(0), COLUMNS),
                appended(SVM_PREDICT.execute(new PredictorParameters(), v, VECTORS).table(0), VECTORS), strategy);
        }
    }

    @Test
    void scaler_standardizesVectorsAsColumns_andTheScaledVectorsCrossValidateAsScaledColumns() throws Exception {
        final Executed v = SCALER.execute(params(SCALER, VECTORS), VECTORS);
        final Executed c = SCALER.execute(params(SCALER, COLUMNS), COLUMNS);
        final StandardScaler sv = ((MnistLabModelPortObject)v.output(0)).getModel(StandardScaler.class);
        final StandardScaler sc = ((MnistLabModelPortObject)c.output(0)).getModel(StandardScaler.class);
        assertArrayEquals(sc.mean(), sv.mean());
        assertArrayEquals(sc.scale(), sv.scale());
        final BufferedDataTable scaled = v.table(1);
        assertInstanceOf(DoubleVectorValue.class, Tables.rows(scaled).get(0).getCell(1), "still one column");
        assertEquals(Images.names(), scaled.getDataTableSpec().getColumnSpec(1).getElementNames());
        assertSamePixels(c.table(1), scaled);
        final PortObject scaler = v.output(0);
        assertSamePixels(c.table(1), SCALER_APPLY.execute((NodeParameters)null, scaler, VECTORS).table(0));
        final Object[] multiclass = {"target", "MULTICLASS"};
        final Executed cvv = CV.execute(params(CV, scaled, multiclass), scaled);
        final Executed cvc = CV.execute(params(CV, c.table(1), multiclass), c.table(1));
        assertEquals(Tables.column(cvc.table(0), "Accuracy"), Tables.column(cvv.table(0), "Accuracy"));
        assertEquals(appended(cvc.table(1), c.table(1)), appended(cvv.table(1), scaled));
    }

    @Test
    void crossValidation_binarySgdAndMulticlassSvm_giveTheSameFoldsFromBothForms() throws Exception {
        for (final Object[] settings : new Object[][]{{"target", "BINARY", "positiveValue", "1"},
            {"target", "MULTICLASS", "learner", "SVM", "scaleInFold", true}}) {
            final Executed v = CV.execute(params(CV, VECTORS, settings), VECTORS);
            final Executed c = CV.execute(params(CV, COLUMNS, settings), COLUMNS);
            for (final String column : new String[]{"Accuracy", "Training rows", "Test rows"}) {
                assertEquals(Tables.column(c.table(0), column), Tables.column(v.table(0), column), column);
            }
            assertEquals(appended(c.table(1), COLUMNS), appended(v.table(1), VECTORS));
        }
    }

    @Test
    void scorer_listsTheSameDigitsFromBothForms() throws Exception {
        final NodeHarness scorer = NodeHarness.of(new ScorerNodeFactory(), ScorerParameters.class);
        final Object[] multiclass = {"target", "MULTICLASS"};
        final BufferedDataTable v = CV.execute(params(CV, VECTORS, multiclass), VECTORS).table(1);
        final BufferedDataTable c = CV.execute(params(CV, COLUMNS, multiclass), COLUMNS).table(1);
        final Executed sv = scorer.execute(params(scorer, v, "truthColumn", "label"), v);
        final Executed sc = scorer.execute(params(scorer, c, "truthColumn", "label"), c);
        assertEquals(contents(sc.table(0)), contents(sv.table(0)));
        final BufferedDataTable rows = (BufferedDataTable)sv.internal().get(1);
        assertTrue(rows.getDataTableSpec().containsName("Pixels"), "the view shows the digits");
        assertEquals(contents((BufferedDataTable)sc.internal().get(1)), contents(rows));
    }

    @Test
    void digitGrid_drawsTheSamePictureFromBothForms() throws Exception {
        final NodeHarness grid = NodeHarness.of(new DigitGridNodeFactory(), DigitGridParameters.class);
        final ImagePortObject v = grid.execute(params(grid, VECTORS, "captions", true), VECTORS).output(0);
        final ImagePortObject c = grid.execute(params(grid, COLUMNS, "captions", true), COLUMNS).output(0);
        assertArrayEquals(((PNGImageValue)c.toDataCell()).getImageContent().getByteArray(),
            ((PNGImageValue)v.toDataCell()).getImageContent().getByteArray());
    }

    @Test
    void orderedSplit_allModes_splitBothFormsAlike() throws Exception {
        final NodeHarness split = NodeHarness.of(new OrderedSplitNodeFactory(), OrderedSplitParameters.class);
        for (final String mode : new String[]{"ORDERED", "SHUFFLED", "STRATIFIED"}) {
            final Object[] settings = {"mode", mode, "trainRows", 90, "classColumn", "label"};
            final Executed v = split.execute(params(split, VECTORS, settings), VECTORS);
            final Executed c = split.execute(params(split, COLUMNS, settings), COLUMNS);
            for (int port = 0; port < 2; port++) {
                assertEquals(Tables.rows(c.table(port)).stream().map(r -> r.getKey().getString()).toList(),
                    Tables.rows(v.table(port)).stream().map(r -> r.getKey().getString()).toList(), mode);
                assertSamePixels(c.table(port), v.table(port));
            }
        }
    }
}
