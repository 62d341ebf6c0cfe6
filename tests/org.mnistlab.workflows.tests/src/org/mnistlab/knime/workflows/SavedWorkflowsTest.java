package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.mnistlab.knime.node.sgdlearner.SGDLearnerNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The SGD Learner in workflows as release 0.1.0 saved them ({@link PreviousRelease}), before it had its training log
 * outputs: KNIME opens them with nothing to report about it (workflows 2 and 3 only with their Scorers' warnings,
 * {@link PreviousRelease#assertOnlyScorersFollowTheTarget}), the learner gets the two new output ports after the two
 * it had, so every saved connection still fits, and executed it fits and predicts as before and now also logs every
 * epoch. (Workflow 3 of 0.1.0 is executed in full by {@link ThresholdsWorkflowPreviousReleaseTest}.) Nodes are found
 * by the text under them in those files, the predictors' columns by what they append to the digits.
 */
class SavedWorkflowsTest {

    private static final String MULTICLASS = "MNIST Lab 5 - Multiclass SGD and error analysis";

    private static final String BINARY_SGD = "sgd_clf.fit(X_train, y_train_5)";

    /** @return the saved workflows with an SGD Learner, and how many Scorers of each follow a renamed column */
    static Stream<Arguments> saved() {
        return Stream.of(Arguments.of(BinaryWorkflow.NAME, 1), Arguments.of(ThresholdsWorkflow.NAME, 2),
            Arguments.of(MULTICLASS, 0));
    }

    @ParameterizedTest
    @MethodSource("saved")
    void savedBy010_opens_sgdLearnerGainsTheLogPortsAfterItsOldOnes(final String name, final int scorers)
        throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(PreviousRelease.workflow(name))) {
            if (scorers == 0) {
                assertEquals(List.of(), w.problems(), name + " opens with problems");
            } else {
                PreviousRelease.assertOnlyScorersFollowTheTarget(w.problems(), scorers);
            }
            int learners = 0;
            for (final NodeContainer nc : w.manager().getNodeContainers()) {
                if (((NativeNodeContainer)nc).getNode().getFactory() instanceof SGDLearnerNodeFactory) {
                    learners++;
                    // the flow variable port, model, coefficients, then the new training log and loss chart
                    assertEquals(List.of("SGD model", "Coefficients", "Training log", "Training loss chart"),
                        Stream.of(1, 2, 3, 4).map(p -> nc.getOutPort(p).getPortName()).toList(), nc.getNameWithID());
                    // what the saved file connects is the model port, as before
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

    @Test
    void savedWorkflow2_executed_fitsTheLabsDetectorPredictsAsBeforeAndLogsEveryEpoch() throws IOException {
        LabData.requireMnist();
        final JsonObject lab = LabData.lab().getAsJsonObject("binary_sgd");
        final String predict = "sgd_clf.predict(X[:3])";
        try (LoadedWorkflow w = LoadedWorkflow.load(PreviousRelease.workflow(BinaryWorkflow.NAME))
            .executeUpTo(predict)) {
            final MnistLabModelPortObject model = w.output(BINARY_SGD, 0);
            assertEquals(lab.get("epochs").getAsString(), model.getSpec().getFitResults().get("n_iter_"));
            final BufferedDataTable predicted = w.table(predict, 0);
            final List<String> predictions = Outputs.strings(predicted, appended(predicted).get(0));
            final JsonArray expected = lab.getAsJsonArray("predict_first3");
            for (int i = 0; i < 3; i++) {
                assertEquals(expected.get(i).getAsBoolean() ? "True" : "False", predictions.get(i), "image " + i);
            }
            final JsonArray epochs = lab.getAsJsonObject("training_log").getAsJsonArray("epochs");
            final List<DataRow> rows = Outputs.rows(w.table(BINARY_SGD, 2));
            assertEquals(epochs.size(), rows.size());
            assertEquals(Outputs.printed(epochs.get(0).getAsJsonObject()), rows.get(0).getCell(8).toString());
            assertEquals(Outputs.printed(epochs.get(238).getAsJsonObject()), rows.get(238).getCell(8).toString());
            assertEquals("Convergence after 239 epochs", rows.get(238).getCell(9).toString());
            assertTrue(Outputs.png((ImagePortObject)w.output(BINARY_SGD, 3)).length > 1000, "the loss chart");
        }
    }

    @Test
    void savedWorkflow5_executed_misclassifiesTheLabsDigitsAsBeforeAndLogsTenClasses() throws IOException {
        LabData.requireMnist();
        final JsonObject lab = LabData.lab().getAsJsonObject("sgd_multiclass");
        final String sgd = "SGDClassifier(random_state=42)\non 2,000 digits, 10 classes";
        final String train = "predict(X_train[:500])";
        final String test = "predict(X_test[:500])";
        try (LoadedWorkflow w = LoadedWorkflow.load(PreviousRelease.workflow(MULTICLASS)).executeUpTo(train, test)) {
            final BufferedDataTable trainPredicted = w.table(train, 0);
            assertArrayEquals(Outputs.ints(lab.getAsJsonArray("train_errors_first500")),
                Outputs.errors(trainPredicted, "label", appended(trainPredicted).get(0)).stream()
                    .mapToInt(Integer::intValue).toArray());
            final BufferedDataTable testPredicted = w.table(test, 0);
            assertEquals(lab.get("test_errors_first500").getAsInt(),
                Outputs.errors(testPredicted, "label", appended(testPredicted).get(0)).size());
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                Outputs.strings(w.table(sgd, 2), "Class").stream().distinct().toList());
        }
    }
}
