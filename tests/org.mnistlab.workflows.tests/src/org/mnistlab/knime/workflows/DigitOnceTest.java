package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.workflow.ConnectionContainer;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.WorkflowAnnotation;
import org.knime.core.webui.node.NodeWrapper;
import org.knime.core.webui.node.dialog.NodeDialogManager;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Issue 17, what a user of workflows 2 and 3 finds when opening them (no MNIST needed): the annotation that says
 * where to change the digit and the seed; the SGD Learner's dialog, whose positive value and seed are output as the
 * flow variables {@code positive_class} and {@code random_state}; the flow variable connection to the
 * Cross-Validation; and the Cross-Validation's dialog, which shows those two settings as controlled by the
 * variables, available. The dialogs' data is what KNIME's dialog service hands to the modern UI's page.
 */
@SuppressWarnings("restriction") // NodeWrapper, NodeDialogManager: the web UI's (x-internal) dialog service
class DigitOnceTest {

    static Stream<Arguments> workflows() {
        return Stream.of(Arguments.of(BinaryWorkflow.NAME, BinaryWorkflow.SGD, BinaryWorkflow.CV),
            Arguments.of(ThresholdsWorkflow.NAME, ThresholdsWorkflow.SGD, ThresholdsWorkflow.CV));
    }

    /** The flow variable settings of a node's dialog, by setting ("model.sgd.randomState"). */
    private static JsonObject variables(final NativeNodeContainer node) {
        final String data = NodeDialogManager.getInstance().getDataServiceManager()
            .callInitialDataService(NodeWrapper.of(node));
        final JsonObject answer = JsonParser.parseString(data).getAsJsonObject();
        assertTrue(answer.has("result"), node.getNameWithID() + ": the dialog does not open: " + answer);
        return answer.getAsJsonObject("result").getAsJsonObject("flowVariableSettings");
    }

    private static void assertVariable(final JsonObject variables, final String setting, final String key,
        final String variable) {
        assertTrue(variables.has(setting), "no flow variable for " + setting + " in " + variables);
        assertEquals(variable, variables.getAsJsonObject(setting).get(key).getAsString(), setting + " " + key);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void sgdLearner_outputsDigitAndSeed_crossValidationShowsThemControlled(final String name, final String sgd,
        final String cv) throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(Regeneration.workflow(name))) {
            final JsonObject exposed = variables(w.node(sgd));
            assertVariable(exposed, "model.positiveValue", "exposedFlowVariableName", LabWorkflows.POSITIVE_CLASS);
            assertVariable(exposed, "model.randomState", "exposedFlowVariableName", LabWorkflows.RANDOM_STATE);

            final ConnectionContainer link =
                w.manager().getIncomingConnectionFor(w.node(cv).getID(), 0);
            assertEquals(w.node(sgd).getID(), link.getSource(), "the red line from the SGD Learner");

            final JsonObject controlled = variables(w.node(cv));
            for (final var setting : List.of(List.of("model.positiveValue", LabWorkflows.POSITIVE_CLASS),
                List.of("model.sgd.randomState", LabWorkflows.RANDOM_STATE))) {
                assertVariable(controlled, setting.get(0), "controllingFlowVariableName", setting.get(1));
                assertTrue(controlled.getAsJsonObject(setting.get(0)).get("controllingFlowVariableAvailable")
                    .getAsBoolean(), setting.get(0) + ": the variable reaches the node");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void annotation_saysWhereToChangeTheDigit(final String name, final String sgd, final String cv)
        throws IOException {
        try (LoadedWorkflow w = LoadedWorkflow.load(Regeneration.workflow(name))) {
            final List<String> texts = w.manager().getWorkflowAnnotations().stream().map(WorkflowAnnotation::getText)
                .filter(t -> t.contains("Change the digit in one place")).toList();
            assertEquals(1, texts.size());
            for (final String part : List.of("SGD Learner", "Positive value", "Random seed",
                LabWorkflows.POSITIVE_CLASS, LabWorkflows.RANDOM_STATE, "Cross-Validation")) {
                assertTrue(texts.get(0).contains(part), name + ": the annotation should mention " + part);
            }
        }
    }
}
