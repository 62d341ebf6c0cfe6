package org.mnistlab.knime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.config.base.ConfigEntries;
import org.knime.core.node.extension.InvalidNodeFactoryExtensionException;
import org.knime.core.node.extension.NodeFactoryProvider;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.node.parameters.NodeParameters;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters;
import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.digitgrid.DigitGridParameters;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitNodeFactory;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters;
import org.mnistlab.knime.node.roccurve.RocCurveNodeFactory;
import org.mnistlab.knime.node.roccurve.RocCurveParameters;
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
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyNodeFactory;
import org.mnistlab.knime.node.thresholdapply.ThresholdApplyParameters;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepNodeFactory;
import org.mnistlab.knime.node.thresholdsweep.ThresholdSweepParameters;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.predict.PredictorParameters;
import org.mnistlab.knime.testing.Images;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.testing.TestWorkflow;

/**
 * The nodes this bundle contributes to KNIME's node repository, as the tests expect them: where plugin.xml files each
 * one, its ports, its parameters class, what a user connects to it (small MNIST-like tables and the models and
 * predictions our own nodes make of them) and settings a user might choose instead of the defaults.
 */
final class LabNodes {

    /** Our plugin, the contributor of the node repository extensions. */
    static final String BUNDLE = "org.mnistlab.knime";

    /** KNIME's extension point of node factories. */
    static final String NODES_EXTENSION_POINT = "org.knime.workbench.repository.nodes";

    private static final PortType TABLE = BufferedDataTable.TYPE;

    private static final PortType MODEL = MnistLabModelPortObject.TYPE;

    private static final PortType IMAGE = ImagePortObject.TYPE;

    private static final PortType OPTIONAL_TABLE = BufferedDataTable.TYPE_OPTIONAL;

    /**
     * A node as the tests expect it.
     *
     * @param factory the factory class
     * @param category its category below {@code /mnistlab}
     * @param parameters its model parameters class, empty for a node without settings
     * @param in its input port types
     * @param out its output port types
     * @param inputs what a user connects to its inputs, one object per input port
     * @param nonDefaults settings a user might choose: paths in the {@code model} settings (nested blocks separated
     *            by "/") and values, which must differ from the defaults
     */
    record LabNode(Class<? extends NodeFactory<?>> factory, String category,
        Optional<Class<? extends NodeParameters>> parameters, List<PortType> in, List<PortType> out,
        Supplier<List<PortObject>> inputs, Map<String, Object> nonDefaults) {

        String name() {
            return factory.getSimpleName().replace("NodeFactory", "");
        }

        /** @return a factory, instantiated by KNIME as for the node repository and for loading a workflow */
        NodeFactory<?> knimeFactory() {
            try {
                return NodeFactoryProvider.getInstance().getNodeFactory(factory.getName())
                    .orElseThrow(() -> new AssertionError("KNIME does not know " + factory.getName()));
            } catch (ReflectiveOperationException | InvalidNodeFactoryExtensionException e) {
                throw new AssertionError("KNIME cannot instantiate " + factory.getName(), e);
            }
        }

        /**
         * @param w a workflow
         * @return a new node in it, created by KNIME from the factory KNIME instantiated, nothing connected
         */
        NativeNodeContainer addTo(final TestWorkflow w) {
            return w.add(knimeFactory());
        }

        /**
         * @param w a workflow
         * @return a new node in it whose inputs are connected to a (configured) node that outputs {@link #inputs()}
         */
        NativeNodeContainer addConnectedTo(final TestWorkflow w) {
            final NativeNodeContainer node = addTo(w);
            final List<PortObject> objects = inputs.get();
            if (!objects.isEmpty()) {
                final NativeNodeContainer source = w.source(objects.toArray(PortObject[]::new));
                for (int i = 0; i < objects.size(); i++) {
                    w.connect(source, i, node, i);
                }
            }
            return node;
        }

        /** @return the class of the model parameters, for nodes that have some */
        Class<? extends NodeParameters> parametersClass() {
            return parameters.orElseThrow(() -> new AssertionError(name() + " has no parameters"));
        }

        /**
         * The defaults of a new node without inputs, with the non-default values written into the settings as a
         * dialog or a flow variable writes them.
         *
         * @return the {@code model} settings
         */
        NodeSettings nonDefaultSettings() {
            final NodeSettings s = Parameters.toSettings(Parameters.defaults(parametersClass()), "model");
            nonDefaults.forEach((path, value) -> set(s, path, value));
            return s;
        }

        /** @return the field paths the non-default values change, {@code m_} + key per level */
        List<String> nonDefaultFields() {
            return nonDefaults.keySet().stream().map(p -> "m_" + p.replace("/", ".m_")).toList();
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private static void set(final NodeSettings model, final String path, final Object value) {
        final String[] keys = path.split("/");
        NodeSettings s = model;
        try {
            for (int i = 0; i < keys.length - 1; i++) {
                s = (NodeSettings)s.getNodeSettings(keys[i]);
            }
        } catch (InvalidSettingsException e) {
            throw new AssertionError("no settings block " + path, e);
        }
        final String key = keys[keys.length - 1];
        if (!s.containsKey(key)) {
            throw new AssertionError("no setting " + path + " in " + model);
        }
        final ConfigEntries type = s.getEntry(key).getType();
        if (value instanceof String v) {
            s.addString(key, v);
        } else if (value instanceof Integer v) {
            s.addInt(key, v);
        } else if (value instanceof Long v) {
            s.addLong(key, v);
        } else if (value instanceof Double v) {
            s.addDouble(key, v);
        } else if (value instanceof Boolean v) {
            s.addBoolean(key, v);
        } else if (value instanceof String[] v) {
            s.addStringArray(key, v);
        } else {
            throw new IllegalArgumentException("no setting type for " + value.getClass().getName());
        }
        if (s.getEntry(key).getType() != type) {
            throw new AssertionError("setting " + path + " is a " + type + ", not a " + s.getEntry(key).getType());
        }
    }

    private LabNodes() {
    }

    /** @return the factory class names our plugin.xml contributes, as KNIME's extension registry lists them */
    static List<String> contributed() {
        final List<String> names = new ArrayList<>();
        for (final IExtension e : Platform.getExtensionRegistry().getExtensionPoint(NODES_EXTENSION_POINT)
            .getExtensions()) {
            if (BUNDLE.equals(e.getContributor().getName())) {
                Arrays.stream(e.getConfigurationElements()).map(c -> c.getAttribute("factory-class"))
                    .forEach(names::add);
            }
        }
        return names;
    }

    /** @return the nodes our plugin.xml contributes, as the tests expect them (parameter source) */
    static Stream<LabNode> contributedNodes() {
        return contributed().stream().map(LabNodes::of);
    }

    /** @return the nodes our plugin.xml contributes that have settings */
    static Stream<LabNode> contributedNodesWithParameters() {
        return contributedNodes().filter(n -> n.parameters().isPresent());
    }

    /**
     * @param factoryClass a factory class name
     * @return the expected node
     */
    static LabNode of(final String factoryClass) {
        final LabNode n = EXPECTED.get(factoryClass);
        if (n == null) {
            throw new AssertionError("plugin.xml contributes a node the tests do not know: " + factoryClass);
        }
        return n;
    }

    /** @return the 14 expected nodes by factory class name */
    static Map<String, LabNode> expected() {
        return EXPECTED;
    }

    private static final Map<String, LabNode> EXPECTED = new LinkedHashMap<>();

    private static void expect(final LabNode n) {
        EXPECTED.put(n.factory().getName(), n);
    }

    private static Supplier<List<PortObject>> none() {
        return List::of;
    }

    private static Map<String, Object> values(final Object... pathsAndValues) {
        final Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            m.put((String)pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return m;
    }

    static {
        expect(new LabNode(MnistReaderNodeFactory.class, "io", Optional.of(MnistReaderParameters.class), List.of(),
            List.of(TABLE), none(),
            values("source", "FOLDER", "folder", "/data/mnist", "cacheFolder", "/tmp/mnist-cache", "mirrors",
                "https://example.org/mnist/", "verifyChecksums", false, "subset", "TEST", "rowLimit", 500,
                "appendImages", true)));
        expect(new LabNode(OrderedSplitNodeFactory.class, "manipulation", Optional.of(OrderedSplitParameters.class),
            List.of(TABLE), List.of(TABLE, TABLE), () -> List.of(Inputs.DIGITS),
            values("mode", "STRATIFIED", "sizeKind", "FRACTION", "trainRows", 1000, "trainFraction", 0.75, "seed", 7L,
                "classColumn", "label")));
        expect(new LabNode(DigitGridNodeFactory.class, "views", Optional.of(DigitGridParameters.class),
            List.of(TABLE), List.of(IMAGE), () -> List.of(Inputs.VECTORS),
            values("count", 36, "columns", 6, "pixelPrefix", "px_", "captions", true, "captionColumn", "label",
                "title", "Six by six")));
        expect(new LabNode(StandardScalerLearnerNodeFactory.class, "manipulation",
            Optional.of(StandardScalerLearnerParameters.class), List.of(TABLE), List.of(MODEL, TABLE),
            () -> List.of(Inputs.DIGITS),
            values("columns/selection", "SELECTED", "columns/columns", new String[]{"pixel_100", "pixel_101"},
                "withMean", false, "withStd", false)));
        expect(new LabNode(StandardScalerApplierNodeFactory.class, "manipulation", Optional.empty(),
            List.of(MODEL, TABLE), List.of(TABLE), () -> List.of(Inputs.scaler(), Inputs.DIGITS), Map.of()));
        expect(new LabNode(SGDLearnerNodeFactory.class, "learners", Optional.of(SGDLearnerParameters.class),
            List.of(TABLE), List.of(MODEL, TABLE, TABLE, IMAGE), () -> List.of(Inputs.DIGITS),
            values("loss", "LOG_LOSS", "penalty", "ELASTICNET", "alpha", 0.001, "l1Ratio", 0.3, "learningRate",
                "INVSCALING", "eta0", 0.01, "maxIter", 50, "stopEarly", false, "randomState", 7L,
                "columns/labelColumn", "label", "columns/features/selection", "SELECTED", "columns/features/columns",
                new String[]{"pixel_200", "pixel_201", "pixel_202"}, "classes", "MULTICLASS", "positiveValue", "3",
                "threads", 2)));
        expect(new LabNode(SVMLearnerNodeFactory.class, "learners", Optional.of(SVMLearnerParameters.class),
            List.of(TABLE), List.of(MODEL), () -> List.of(Inputs.DIGITS),
            values("kernel", "POLY", "c", 2.5, "gamma", "VALUE", "gammaValue", 0.05, "degree", 2, "coef0", 1.5,
                "breakTies", true, "columns/labelColumn", "label", "threads", 1)));
        expect(new LabNode(SGDPredictorNodeFactory.class, "predictors", Optional.of(PredictorParameters.class),
            List.of(MODEL, TABLE), List.of(TABLE), () -> List.of(Inputs.sgdModel(), Inputs.DIGITS),
            values("predictionColumn", "Is it a 5", "appendScores", false)));
        expect(new LabNode(SVMPredictorNodeFactory.class, "predictors", Optional.of(PredictorParameters.class),
            List.of(MODEL, TABLE), List.of(TABLE), () -> List.of(Inputs.svcModel(), Inputs.DIGITS),
            values("predictionColumn", "Digit", "appendScores", false)));
        expect(new LabNode(CrossValidationNodeFactory.class, "evaluation",
            Optional.of(CrossValidationParameters.class), List.of(TABLE), List.of(TABLE, TABLE, IMAGE),
            () -> List.of(Inputs.DIGITS),
            values("columns/labelColumn", "label", "target", "MULTICLASS", "learner", "SVM", "scaleInFold", true,
                "sgd/loss", "MODIFIED_HUBER", "sgd/maxIter", 20, "svm/kernel", "LINEAR", "svm/c", 0.5,
                "svm/strategy", "ONE_VS_REST", "folds", 5, "foldKind", "KFOLD", "shuffle", true, "shuffleSeed", 7L,
                "threads", 1)));
        expect(new LabNode(ScorerNodeFactory.class, "evaluation", Optional.of(ScorerParameters.class),
            List.of(TABLE), List.of(TABLE, TABLE, IMAGE), () -> List.of(Inputs.predictions()),
            values("truthColumn", "label", "predictionColumn", "Prediction (label)", "positiveClass", "5", "chart",
                "ERRORS_ONLY")));
        expect(new LabNode(ThresholdSweepNodeFactory.class, "evaluation", Optional.of(ThresholdSweepParameters.class),
            List.of(TABLE), List.of(TABLE, TABLE, IMAGE, IMAGE), () -> List.of(Inputs.outOfFold()),
            values("truthColumn", "label", "positiveValue", "3", "scoreColumn", "Score (True)", "choice",
                "TARGET_RECALL", "targetRecall", 0.5, "comparison", "ABOVE", "axis", "CUSTOM", "axisMin", -10.0,
                "axisMax", 10.0)));
        expect(new LabNode(ThresholdApplyNodeFactory.class, "evaluation", Optional.of(ThresholdApplyParameters.class),
            List.of(TABLE), List.of(TABLE), () -> List.of(Inputs.outOfFold()),
            values("scoreColumn", "Score (True)", "threshold", 3000.0, "comparison", "AT_OR_ABOVE", "outputColumn",
                "Is it a 5", "outputType", "TEXT", "positiveLabel", "5", "negativeLabel", "not 5")));
        expect(new LabNode(RocCurveNodeFactory.class, "evaluation", Optional.of(RocCurveParameters.class),
            List.of(TABLE, OPTIONAL_TABLE), List.of(TABLE, TABLE, IMAGE), () -> List.of(Inputs.outOfFold()),
            values("truthColumn", "label", "positiveValue", "3", "scoreColumn", "Score (True)",
                "dropIntermediate", false, "marked", "FIXED", "threshold", 3000.0)));
    }

    /**
     * What users connect to the nodes, made once: 30 MNIST-like digits ({@code label} "0" to "9" as text and 784
     * integer columns {@code pixel_0} to {@code pixel_783}, 0 to 255, each digit a stroke whose position depends on
     * its label), and what our learner, predictor and Cross-Validation nodes make of them with their defaults.
     */
    static final class Inputs {

        static final BufferedDataTable DIGITS = digits(30);

        /** Digits as the MNIST Reader outputs them by default: a label and one byte vector per image. */
        static final BufferedDataTable VECTORS = Images.vectors(30);

        private static PortObject s_scaler;

        private static PortObject s_sgd;

        private static PortObject s_svc;

        private static BufferedDataTable s_predictions;

        private static BufferedDataTable s_outOfFold;

        private Inputs() {
        }

        private static BufferedDataTable digits(final int n) {
            final Tables.Builder b = Tables.builder().column("label", StringCell.TYPE).columns("pixel_", 784,
                IntCell.TYPE);
            for (int i = 0; i < n; i++) {
                final Object[] row = new Object[785];
                final int digit = i % 10;
                row[0] = Integer.toString(digit);
                for (int p = 0; p < 784; p++) {
                    final int r = p / 28;
                    final int c = p % 28;
                    final boolean ink = r >= 6 && r < 22 && Math.abs(c - 9 - digit) <= 1 || (p * 31 + i * 7) % 97 == 0;
                    row[1 + p] = ink ? 128 + (p + i) % 128 : 0;
                }
                b.row(row);
            }
            return b.build();
        }

        private static NodeHarness.Executed run(final NodeHarness node, final PortObject... inputs)
            throws Exception {
            final PortObjectSpec[] specs = Arrays.stream(inputs).map(PortObject::getSpec).toArray(PortObjectSpec[]::new);
            final NodeSettingsRO settings = Parameters.toSettings(node.defaultParameters(specs), "model");
            return node.execute(node.loadParameters(settings), inputs);
        }

        static synchronized PortObject scaler() {
            if (s_scaler == null) {
                s_scaler = output(NodeHarness.of(new StandardScalerLearnerNodeFactory(),
                    StandardScalerLearnerParameters.class), 0, DIGITS);
            }
            return s_scaler;
        }

        /** @return the SGD Learner's default model: the binary "is it a 5" detector */
        static synchronized PortObject sgdModel() {
            if (s_sgd == null) {
                s_sgd = output(NodeHarness.of(new SGDLearnerNodeFactory(), SGDLearnerParameters.class), 0, DIGITS);
            }
            return s_sgd;
        }

        /** @return the SVM Learner's default model: SVC() over the ten digits */
        static synchronized PortObject svcModel() {
            if (s_svc == null) {
                s_svc = output(NodeHarness.of(new SVMLearnerNodeFactory(), SVMLearnerParameters.class), 0, DIGITS);
            }
            return s_svc;
        }

        /** @return the SVM Predictor's default output: the digits with their predictions and ten scores */
        static synchronized BufferedDataTable predictions() {
            if (s_predictions == null) {
                s_predictions = (BufferedDataTable)output(
                    NodeHarness.of(new SVMPredictorNodeFactory(), PredictorParameters.class), 0, svcModel(), DIGITS);
            }
            return s_predictions;
        }

        /** @return the Cross-Validation's default out-of-fold output: the "5" detector's predictions and scores */
        static synchronized BufferedDataTable outOfFold() {
            if (s_outOfFold == null) {
                s_outOfFold = (BufferedDataTable)output(
                    NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class), 1, DIGITS);
            }
            return s_outOfFold;
        }

        private static PortObject output(final NodeHarness node, final int port, final PortObject... inputs) {
            try {
                return run(node, inputs).outputs().get(port);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the input of a node under test", e);
            }
        }
    }
}
