package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Workflows as release 0.1.0 saved them, before the SGD Learner had its training log outputs: copies of that
 * release's workflows 2, 3 and 5 ({@code fixtures/workflows-0.1.0}, never regenerated). KNIME opens them without any
 * load error or warning, the SGD Learners get the two new output ports after the two they had (so every saved
 * connection still fits), and executed they fit, predict and score as before, and now also log every epoch. Nodes are
 * found by the text under them in those files; the predictors' columns by what they append to the digits.
 */
class SavedWorkflowsTest {

    private static final String RELEASE = "0.1.0";

    private static final String BINARY = "MNIST Lab 2 - Binary classifier";

    private static final String THRESHOLDS = "MNIST Lab 3 - Precision and recall thresholds";

    private static final String MULTICLASS = "MNIST Lab 5 - Multiclass SGD and error analysis";

    private static final String BINARY_SGD = "sgd_clf.fit(X_train, y_train_5)";

    static Stream<String> saved() {
        return Stream.of(BINARY, THRESHOLDS, MULTICLASS);
    }

    private static LoadedWorkflow load(final String name) throws IOException {
        final Path folder = Repository.savedWorkflows(RELEASE).resolve(name);
        if (!Files.isDirectory(folder)) {
            throw new AssertionError(folder + " is missing");
        }
        return LoadedWorkflow.load(folder);
    }

    @ParameterizedTest
    @MethodSource("saved")
    void savedBy010_opensCleanly_sgdLearnersGainTheLogPortsAfterTheirOldOnes(final String name) throws IOException {
        try (LoadedWorkflow w = load(name)) {
            assertEquals(List.of(), w.problems(), name + " opens with problems");
            int learners = 0;
            for (final NodeContainer nc : w.manager().getNodeContainers()) {
                if (((NativeNodeContainer)nc).getNode().getFactory() instanceof SGDLearnerNodeFactory) {
                    learners++;
                    // the flow variable port, model, coefficients, then the new training log and loss chart
                    assertEquals(5, nc.getNrOutPorts(), nc.getNameWithID());
                    assertEquals(List.of("SGD model", "Coefficients", "Training log", "Training loss chart"),
                        Stream.of(1, 2, 3, 4).map(p -> nc.getOutPort(p).getPortName()).toList());
                    // what the old file connects are the model and coefficient ports, as before
                    w.manager().getOutgoingConnectionsFor(nc.getID())
                        .forEach(c -> assertEquals(1, c.getSourcePort(), c.toString()));
                }
            }
            assertEquals(1, learners, name);
        }
    }

    /** @return the columns a predictor appended to the digits (label and pixels) */
    private static List<String> appended(final BufferedDataTable predicted) {
        final List<String> columns = new ArrayList<>();
        for (final DataColumnSpec c : predicted.getDataTableSpec()) {
            if (!c.getName().equals("label") && !c.getName().startsWith("pixel_")) {
                columns.add(c.getName());
            }
        }
        return columns;
    }

    /** The binary fit's log: the lab's 239 epochs, the first and last as scikit-learn printed them. */
    private static void assertLabsBinaryLog(final LoadedWorkflow w) {
        final JsonObject log = LabData.lab().getAsJsonObject("binary_sgd").getAsJsonObject("training_log");
        final JsonArray epochs = log.getAsJsonArray("epochs");
        final List<DataRow> rows = Outputs.rows(w.table(BINARY_SGD, 2));
        assertEquals(epochs.size(), rows.size());
        assertEquals(Outputs.printed(epochs.get(0).getAsJsonObject()), rows.get(0).getCell(8).toString());
        assertEquals(Outputs.printed(epochs.get(238).getAsJsonObject()), rows.get(238).getCell(8).toString());
        assertEquals("Convergence after 239 epochs", rows.get(238).getCell(9).toString());
        assertTrue(Outputs.png((ImagePortObject)w.output(BINARY_SGD, 3)).length > 1000, "the loss chart");
    }

    @Test
    void savedWorkflow2_executed_fitsTheLabsDetectorAndPredictsTheFirstThreeDigitsAsBefore() throws IOException {
        LabData.requireMnist();
        final JsonObject lab = LabData.lab().getAsJsonObject("binary_sgd");
        final String predict = "sgd_clf.predict(X[:3])";
        try (LoadedWorkflow w = load(BINARY).executeUpTo(predict)) {
            final MnistLabModelPortObject model = w.output(BINARY_SGD, 0);
            assertEquals(lab.get("epochs").getAsString(), model.getSpec().getFitResults().get("n_iter_"));
            final BufferedDataTable predicted = w.table(predict, 0);
            final List<String> predictions = Outputs.strings(predicted, appended(predicted).get(0));
            final JsonArray expected = lab.getAsJsonArray("predict_first3");
            for (int i = 0; i < 3; i++) {
                assertEquals(expected.get(i).getAsBoolean() ? "True" : "False", predictions.get(i), "image " + i);
            }
            assertLabsBinaryLog(w);
        }
    }

    @Test
    void savedWorkflow3_executed_scoresTheFirst12DigitsAsBefore() throws IOException {
        LabData.requireMnist();
        final double[] expected = Outputs.doubles(LabData.lab().getAsJsonObject("binary_sgd")
            .getAsJsonArray("decision_first12"));
        final String scores = "sgd_clf.decision_function(X[:12])";
        try (LoadedWorkflow w = load(THRESHOLDS).executeUpTo(scores)) {
            final BufferedDataTable predicted = w.table(scores, 0);
            final List<String> columns = appended(predicted);
            assertEquals(2, columns.size(), "the prediction and the positive class's score: " + columns);
            final List<DataRow> rows = Outputs.rows(predicted);
            final int score = predicted.getDataTableSpec().findColumnIndex(columns.get(1));
            assertEquals(expected.length, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Outputs.assertScore(expected[i], ((DoubleValue)rows.get(i).getCell(score)).getDoubleValue(),
                    "image " + i);
            }
            assertLabsBinaryLog(w);
        }
    }

    @Test
    void savedWorkflow5_executed_misclassifiesTheLabsDigitsAsBeforeAndLogsTenClasses() throws IOException {
        LabData.requireMnist();
        final JsonObject lab = LabData.lab().getAsJsonObject("sgd_multiclass");
        final String sgd = "SGDClassifier(random_state=42)\non 2,000 digits, 10 classes";
        final String train = "predict(X_train[:500])";
        final String test = "predict(X_test[:500])";
        try (LoadedWorkflow w = load(MULTICLASS).executeUpTo(train, test)) {
            final BufferedDataTable trainPredicted = w.table(train, 0);
            assertArrayEquals(Outputs.ints(lab.getAsJsonArray("train_errors_first500")),
                Outputs.errors(trainPredicted, "label", appended(trainPredicted).get(0)).stream()
                    .mapToInt(Integer::intValue).toArray());
            final BufferedDataTable testPredicted = w.table(test, 0);
            assertEquals(lab.get("test_errors_first500").getAsInt(),
                Outputs.errors(testPredicted, "label", appended(testPredicted).get(0)).size());
            final List<String> classes =
                Outputs.strings(w.table(sgd, 2), "Class").stream().distinct().toList();
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), classes);
        }
    }
}
