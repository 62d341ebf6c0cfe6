package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: workflow 3 for the 3s with seed 7, changed where its annotation says, in the SGD Learner alone. The
 * scores, the curve, the metrics at thresholds 0 and 3000 and the threshold for 90% precision are scikit-learn's for
 * that digit and seed ({@link LabData#OTHER_DIGIT}); the Threshold Sweep, the Threshold Applies and the Scorers were
 * not touched and do not warn.
 */
class ThresholdsWorkflowOtherDigitTest extends ThresholdsWorkflowTest {

    @Override
    String fixture() {
        return LabData.OTHER_DIGIT;
    }

    @Test
    void crossValidation_takesTheDigitAndSeedFromTheSgdLearner_andNothingBelowWarns() throws IOException {
        final Map<String, Object> changed = LabData.digitAndSeed(LabData.lab(fixture()));
        DigitOnce.assertFollowed(run(), ThresholdsWorkflow.CV, changed);
        DigitOnce.assertNoWarnings(run(), List.of(ThresholdsWorkflow.CV, ThresholdsWorkflow.SWEEP,
            ThresholdsWorkflow.AT_0, ThresholdsWorkflow.SCORER_0, ThresholdsWorkflow.AT_3000,
            ThresholdsWorkflow.SCORER_3000));
        assertEquals(changed.get("positiveValue"), DigitOnce.positiveValueOfTarget(run(), ThresholdsWorkflow.CV));
    }
}
