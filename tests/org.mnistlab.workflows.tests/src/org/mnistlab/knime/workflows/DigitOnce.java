package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeMessage;
import org.mnistlab.knime.table.PredictionColumns;

/**
 * Issue 17, "change the digit once": what the runs of workflows 2 and 3 with another digit and seed check besides
 * the numbers. The digit and the seed were changed in the SGD Learner only; the Cross-Validation must have used them
 * (through the flow variables the SGD Learner exposes) with its own settings untouched, and the nodes below must have
 * found their columns without falling back to another one.
 */
final class DigitOnce {

    private DigitOnce() {
    }

    /**
     * @param w an executed workflow
     * @param cv the Cross-Validation's label
     * @param changed the SGD Learner's changed settings ({@link LabData#digitAndSeed})
     */
    static void assertFollowed(final LoadedWorkflow w, final String cv, final Map<String, Object> changed) {
        final NativeNodeContainer node = w.node(cv);
        try {
            final NodeSettingsRO used = node.getModelSettingsUsingFlowObjectStack();
            assertEquals(changed.get("positiveValue"), used.getString("positiveValue"),
                "the Cross-Validation's positive value, from " + LabWorkflows.POSITIVE_CLASS);
            assertEquals(changed.get("randomState"), used.getNodeSettings("sgd").getLong("randomState"),
                "the Cross-Validation's seed, from " + LabWorkflows.RANDOM_STATE);
            final NodeSettingsRO own = node.getNodeSettings().getNodeSettings("model");
            assertEquals("5", own.getString("positiveValue"), "the Cross-Validation's own setting, not touched");
        } catch (InvalidSettingsException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * @param w an executed workflow
     * @param labels nodes that must have executed without a warning
     */
    static void assertNoWarnings(final LoadedWorkflow w, final List<String> labels) {
        for (final String label : labels) {
            final NodeMessage m = w.node(label).getNodeMessage();
            assertEquals(NodeMessage.Type.RESET, m.getMessageType(), label + ": " + m);
        }
    }

    /**
     * @param w an executed workflow
     * @param cv the Cross-Validation's label
     * @return the positive value its out-of-fold binary target column carries in its properties
     */
    static String positiveValueOfTarget(final LoadedWorkflow w, final String cv) {
        final List<DataColumnSpec> targets =
            w.table(cv, 1).getDataTableSpec().stream().filter(PredictionColumns::isTarget).toList();
        assertEquals(1, targets.size(), "one binary target column: " + targets);
        assertEquals(PredictionColumns.targetName("label"), targets.get(0).getName());
        assertTrue(PredictionColumns.binary(targets.get(0)).isPresent());
        return PredictionColumns.binary(targets.get(0)).get().positiveValue();
    }
}
