package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: workflow 2 for the 3s with seed 7, changed where its annotation says, in the SGD Learner alone. Every
 * number is scikit-learn's for that digit and seed ({@link LabData#OTHER_DIGIT}), and no node below had to be touched
 * or warns.
 */
class BinaryWorkflowOtherDigitTest extends BinaryWorkflowTest {

    @Override
    String fixture() {
        return LabData.OTHER_DIGIT;
    }

    @Test
    void crossValidation_takesTheDigitAndSeedFromTheSgdLearner_andNothingBelowWarns() throws IOException {
        final Map<String, Object> changed = LabData.digitAndSeed(LabData.lab(fixture()));
        DigitOnce.assertFollowed(run(), BinaryWorkflow.CV, changed);
        DigitOnce.assertNoWarnings(run(), List.of(BinaryWorkflow.CV, BinaryWorkflow.SCORER));
        assertEquals(changed.get("positiveValue"), DigitOnce.positiveValueOfTarget(run(), BinaryWorkflow.CV));
    }
}
