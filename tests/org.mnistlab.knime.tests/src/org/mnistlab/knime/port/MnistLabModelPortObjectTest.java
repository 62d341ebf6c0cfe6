package org.mnistlab.knime.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.port.PortTypeRegistry;
import org.mnistlab.knime.testing.PortObjects;
import org.mnistlab.knime.testing.TestWorkflow;
import org.mnistlab.engine.models.Models;
import org.mnistlab.knime.node.sgdpredictor.SGDPredictorNodeFactory;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.models.Models;

class MnistLabModelPortObjectTest {

    private static final DenseMatrix X = DenseMatrix.of(new double[][]{{0, 1}, {1, 0}, {2, 2}, {3, 1}, {0.5, 3}});

    private static final Target Y = Target.of(new String[]{"a", "b", "b", "b", "a"}, Target.LEXICOGRAPHIC);

    private static MnistLabModelPortObjectSpec spec() {
        final Map<String, String> hyper = new LinkedHashMap<>();
        hyper.put("loss", "hinge");
        hyper.put("alpha", "1.0E-4");
        hyper.put("random_state", "42");
        return new MnistLabModelPortObjectSpec("SGDClassifier", "label", List.of("a", "b"), List.of("x0", "x1"),
            hyper);
    }

    private static MnistLabModelPortObject model() {
        return new MnistLabModelPortObject(spec(), SGDClassifier.fit(X, Y, SGDParams.DEFAULTS, 1, Monitor.NONE));
    }

    private static byte[] modelBytes(final MnistLabModelPortObject po) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        Models.write(po.getModel(), out);
        return out.toByteArray();
    }

    @Test
    void saveLoad_sgdModel_isBitIdentical() throws Exception {
        final MnistLabModelPortObject saved = model();
        final MnistLabModelPortObject loaded = PortObjects.roundTrip(saved);
        assertNotSame(saved.getModel(), loaded.getModel());
        assertArrayEquals(modelBytes(saved), modelBytes(loaded));
        final SGDClassifier a = saved.getModel(SGDClassifier.class);
        final SGDClassifier b = loaded.getModel(SGDClassifier.class);
        assertArrayEquals(a.decisionFunction(X).values(), b.decisionFunction(X).values());
        assertArrayEquals(PortObjects.save(saved), PortObjects.save(loaded));
    }

    @Test
    void saveLoad_spec_keepsTypeClassesFeaturesAndHyperParametersInOrder() throws Exception {
        final MnistLabModelPortObjectSpec loaded = PortObjects.roundTrip(model()).getSpec();
        assertEquals(spec(), loaded);
        assertEquals("SGDClassifier", loaded.getModelType());
        assertEquals("label", loaded.getTargetColumn());
        assertEquals(List.of("a", "b"), loaded.getClasses());
        assertEquals(List.of("x0", "x1"), loaded.getFeatureColumns());
        assertEquals(List.of("loss", "alpha", "random_state"), List.copyOf(loaded.getHyperParameters().keySet()));
    }

    @Test
    void load_specOfNewerFormat_isRejectedWithAMessage() {
        final ModelContent m = new ModelContent("model");
        spec().save(m);
        m.addInt("version", 2);
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> new MnistLabModelPortObjectSpec().load(m));
        assertEquals("The model spec was saved by a newer MNIST Lab (format 2; this version reads up to 1).",
            e.getMessage());
    }

    @Test
    void getModel_otherType_messageNamesBoth() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> model().getModel(String.class));
        assertEquals("The model input holds a SGDClassifier model, not a String.", e.getMessage());
    }

    @Test
    void portType_isRegisteredInPluginXml() {
        assertEquals("MNIST Lab Model", MnistLabModelPortObject.TYPE.getName());
        assertEquals(0x1f77b4, MnistLabModelPortObject.TYPE.getColor());
        assertEquals(MnistLabModelPortObjectSpec.class, MnistLabModelPortObject.TYPE.getPortObjectSpecClass());
        assertTrue(PortTypeRegistry.getInstance().availablePortTypes().contains(MnistLabModelPortObject.TYPE));
        assertTrue(MnistLabModelPortObject.TYPE_OPTIONAL.isOptional());
    }

    @Test
    void portType_connectsToModelInputsButNotToTables() throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final var model = w.source(model());
            final var predictor = w.add(new SGDPredictorNodeFactory());
            assertTrue(w.canConnect(model, 0, predictor, 0), "model output to the predictor's model input");
            assertEquals(false, w.canConnect(model, 0, predictor, 1), "model output to the predictor's table input");
        }
    }

    @Test
    void saveLoad_fitResults_keptInOrder() throws Exception {
        final Map<String, String> fit = new LinkedHashMap<>();
        fit.put("n_iter_", "7");
        fit.put("converged", "true");
        final MnistLabModelPortObjectSpec fitted = spec().withFit(List.of("a", "b"), fit);
        final MnistLabModelPortObjectSpec loaded =
            PortObjects.roundTrip(new MnistLabModelPortObject(fitted, model().getModel())).getSpec();
        assertEquals(List.of("n_iter_", "converged"), List.copyOf(loaded.getFitResults().keySet()));
        assertEquals(fit, loaded.getFitResults());
        assertEquals(fitted, loaded);
    }

    @Test
    void load_specWrittenBeforeFitResults_hasNone() throws InvalidSettingsException {
        // format 1 as first written: no fitResults block
        final ModelContent older = new ModelContent("model");
        older.addInt("version", 1);
        older.addString("modelType", "SGDClassifier");
        older.addString("targetColumn", "label");
        older.addStringArray("classes", "a", "b");
        older.addStringArray("featureColumns", "x0", "x1");
        older.addModelContent("hyperParameters").addString("loss", "hinge");
        final MnistLabModelPortObjectSpec loaded = new MnistLabModelPortObjectSpec();
        loaded.load(older);
        assertEquals(Map.of(), loaded.getFitResults());
        assertEquals(List.of("x0", "x1"), loaded.getFeatureColumns());
    }
}
