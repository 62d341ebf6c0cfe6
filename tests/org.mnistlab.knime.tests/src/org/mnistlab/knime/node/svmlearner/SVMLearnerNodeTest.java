package org.mnistlab.knime.node.svmlearner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.ParameterFields;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.PortObjects;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.svm.DecisionFunctionShape;
import org.mnistlab.engine.svm.Gamma;
import org.mnistlab.engine.svm.Kernel;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.knime.node.svmlearner.SVCHyperParameters.GammaChoice;
import org.mnistlab.knime.node.svmlearner.SVCHyperParameters.KernelChoice;
import org.mnistlab.knime.node.svmlearner.SVCHyperParameters.ShapeChoice;
import org.mnistlab.knime.node.svmlearner.SVCHyperParameters.Strategy;
import org.mnistlab.knime.params.TrainingColumnsParameters;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.testing.Blobs;

class SVMLearnerNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class);

    private static final Blobs DATA = Blobs.of(45, 3);

    private static SVMLearnerParameters params() {
        final SVMLearnerParameters p = new SVMLearnerParameters();
        p.m_columns = TrainingColumnsParameters.of("label");
        return p;
    }

    @Test
    void defaults_areScikitLearnsSVC() throws Exception {
        final SVMLearnerParameters p =
            (SVMLearnerParameters)NODE.defaultParameters(DATA.table().getDataTableSpec());
        assertEquals(SVCParams.DEFAULTS, p.toEngine());
        assertEquals(Strategy.ONE_VS_ONE, p.m_strategy);
        assertEquals("label", p.m_columns.labelColumn());
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        ConfigTrees.assertSameTree(ConfigTrees.settings("model") //
            .add("kernel", "RBF").add("c", 1.0).add("gamma", "SCALE").add("gammaValue", 0.001).add("degree", 3)
            .add("coef0", 0.0).add("tol", 0.001).add("shrinking", true).add("cacheSize", 200.0)
            .add("strategy", "ONE_VS_ONE").add("decisionFunctionShape", "OVR").add("breakTies", false)
            .config("columns", c -> c.add("labelColumn", "") //
                .config("features", f -> f.add("selection", "ALL_NUMERIC").strings("columns")))
            .add("threads", 0).build(), Parameters.written(new SVMLearnerParameters()));
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final SVMLearnerParameters p = params();
        p.m_kernel = KernelChoice.POLY;
        p.m_c = 2.5;
        p.m_gamma = GammaChoice.VALUE;
        p.m_gammaValue = 0.05;
        p.m_degree = 2;
        p.m_coef0 = 1.5;
        p.m_tol = 1e-4;
        p.m_shrinking = false;
        p.m_cacheSize = 50;
        p.m_decisionFunctionShape = ShapeChoice.OVO;
        p.m_threads = 2;
        final SVMLearnerParameters q = Parameters.roundTrip(p);
        assertEquals(new SVCParams(2.5, Kernel.POLY, 2, Gamma.of(0.05), 1.5, false, 1e-4, 50,
            DecisionFunctionShape.OVO, false), q.toEngine());
        assertEquals(2, q.m_threads);
    }

    @Test
    void oneVsRest_svcsAreBinary_shapeAndTieBreakingKeepTheirDefaults() throws Exception {
        final SVMLearnerParameters p = params();
        p.m_strategy = Strategy.ONE_VS_REST;
        p.m_decisionFunctionShape = ShapeChoice.OVO;
        assertEquals(SVCParams.DEFAULTS, p.toEngine());
    }

    private static void assertMessage(final String expected, final Consumer<SVMLearnerParameters> change) {
        final SVMLearnerParameters p = params();
        change.accept(p);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void titles_nameEveryEngineParameterByTheOptionThatHoldsIt() {
        assertEquals(new TreeSet<>(SVCParams.DEFAULTS.toProperties().keySet()), new TreeSet<>(SVCHyperParameters.TITLES.keySet()));
        assertTrue(ParameterFields.widgetTitles(SVCHyperParameters.class).containsAll(SVCHyperParameters.TITLES.values()),
            SVCHyperParameters.TITLES.values() + " are not all titles of " + ParameterFields.widgetTitles(SVCHyperParameters.class));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        // the engine's rule and scikit-learn's words, after the title of the option that holds the value
        assertMessage("C: The 'C' parameter of SVC must be a float in the range (0.0, inf). Got 0.0 instead.",
            p -> p.m_c = 0);
        assertMessage("Gamma value: The 'gamma' parameter of SVC must be a str among {'auto', 'scale'} or a float in "
            + "the range [0.0, inf). Got -1.0 instead.", p -> {
                p.m_gamma = GammaChoice.VALUE;
                p.m_gammaValue = -1;
            });
        assertMessage("Degree: The 'degree' parameter of SVC must be an int in the range [0, inf). Got -1 instead.",
            p -> p.m_degree = -1);
        assertMessage("Coef0: The 'coef0' parameter of SVC must be a float in the range (-inf, inf). Got NaN "
            + "instead.", p -> p.m_coef0 = Double.NaN);
        assertMessage("Tolerance: The 'tol' parameter of SVC must be a float in the range (0.0, inf). Got 0.0 "
            + "instead.", p -> p.m_tol = 0);
        assertMessage("Cache size (MB): The 'cache_size' parameter of SVC must be a float in the range (0, inf). Got "
            + "-5.0 instead.", p -> p.m_cacheSize = -5);
        assertMessage("Threads must be at least 0 (0 = one per processor), got -2.", p -> p.m_threads = -2);
    }

    @Test
    void noLabelColumnYet_loadsAsForANewNode_configureAsksForIt() throws Exception {
        final SVMLearnerParameters p = params();
        p.m_columns = TrainingColumnsParameters.of("");
        NODE.loadParameters(Parameters.toSettings(p, "model"));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, DATA.table().getDataTableSpec()));
        assertEquals("Label column: select the column holding the classes.", e.getMessage());
    }

    @Test
    void configure_specNamesTypeFeaturesAndHyperParameters() throws Exception {
        final MnistLabModelPortObjectSpec spec = NODE.configure(params(), DATA.table().getDataTableSpec()).spec(0);
        assertEquals("SVC", spec.getModelType());
        assertEquals(List.of(Blobs.FEATURES), spec.getFeatureColumns());
        assertEquals(SVCParams.DEFAULTS.toProperties(), spec.getHyperParameters());
        assertEquals(List.of(), spec.getClasses());
        final SVMLearnerParameters ovr = params();
        ovr.m_strategy = Strategy.ONE_VS_REST;
        assertEquals("OneVsRestClassifier(SVC)",
            ((MnistLabModelPortObjectSpec)NODE.configure(ovr, DATA.table().getDataTableSpec()).spec(0))
                .getModelType());
    }

    @Test
    void execute_isTheEnginesSVC() throws Exception {
        final SVMLearnerParameters p = params();
        p.m_threads = 2;
        final MnistLabModelPortObject port = NODE.execute(p, DATA.table()).output(0);
        final SVC node = port.getModel(SVC.class);
        final SVC engine = SVC.fit(DATA.x(), DATA.y(), SVCParams.DEFAULTS, 1, Monitor.NONE);
        assertArrayEquals(engine.support(), node.support());
        assertArrayEquals(engine.dualCoef(), node.dualCoef());
        assertArrayEquals(engine.intercept(), node.intercept());
        assertArrayEquals(engine.decisionFunction(DATA.x()).values(), node.decisionFunction(DATA.x()).values());
        assertEquals(List.of("a", "b", "c"), port.getSpec().getClasses());
        assertEquals(Double.toString(engine.gamma()), port.getSpec().getFitResults().get("_gamma"));
        assertEquals(Arrays.toString(engine.nSupport()), port.getSpec().getFitResults().get("n_support_"));
    }

    @Test
    void execute_oneVsRest_isTheEnginesOneVsRestOfBinarySVCs() throws Exception {
        final SVMLearnerParameters p = params();
        p.m_strategy = Strategy.ONE_VS_REST;
        final MnistLabModelPortObject port = NODE.execute(p, DATA.table()).output(0);
        final OneVsRestClassifier node = port.getModel(OneVsRestClassifier.class);
        final OneVsRestClassifier engine =
            OneVsRestClassifier.fit(DATA.x(), DATA.y(), SVC.learner(SVCParams.DEFAULTS, 1), 1, Monitor.NONE);
        assertEquals(3, node.estimators().size());
        assertArrayEquals(engine.decisionFunction(DATA.x()).values(), node.decisionFunction(DATA.x()).values());
        assertEquals("3", port.getSpec().getFitResults().get("estimators_"));
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(params(), Executions.cancelingAfter(1), DATA.table()));
    }

    @Test
    void model_saveLoad_givesTheSameDecisions() throws Exception {
        for (final Strategy s : Strategy.values()) {
            final SVMLearnerParameters p = params();
            p.m_strategy = s;
            final MnistLabModelPortObject saved = NODE.execute(p, DATA.table()).output(0);
            final MnistLabModelPortObject loaded = PortObjects.roundTrip(saved);
            assertEquals(saved.getSpec(), loaded.getSpec());
            assertArrayEquals(saved.getModel(Classifier.class).decisionFunction(DATA.x()).values(),
                loaded.getModel(Classifier.class).decisionFunction(DATA.x()).values(), s.name());
            assertArrayEquals(saved.getModel(Classifier.class).predict(DATA.x()),
                loaded.getModel(Classifier.class).predict(DATA.x()), s.name());
        }
    }
}
