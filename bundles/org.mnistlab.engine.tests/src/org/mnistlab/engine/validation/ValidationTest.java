package org.mnistlab.engine.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/** Each check with scikit-learn's message, and silence for valid input. */
class ValidationTest {

    private static final FeatureMatrix TWO_BY_THREE = DenseMatrix.of(new double[][] {{0, 1, 2}, {3, 0, 5}});

    private static void assertMessage(final String expected, final Executable check) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, check).getMessage());
    }

    @Test
    void consistentLength() {
        Validation.checkConsistentLength(3, 3);
        assertMessage("Found input variables with inconsistent numbers of samples: [3, 2]",
            () -> Validation.checkConsistentLength(3, 2));
    }

    @Test
    void array_needsASampleAndAFeature_namingTheEstimatorIfAny() {
        Validation.checkArray(TWO_BY_THREE, "SVC");
        assertMessage("Found array with 0 sample(s) (shape=(0, 3)) while a minimum of 1 is required by SVC.",
            () -> Validation.checkArray(DenseMatrix.wrap(0, 3, new double[0]), "SVC"));
        assertMessage("Found array with 0 feature(s) (shape=(2, 0)) while a minimum of 1 is required by SVC.",
            () -> Validation.checkArray(DenseMatrix.wrap(2, 0, new double[0]), "SVC"));
        assertMessage("Found array with 0 sample(s) (shape=(0, 0)) while a minimum of 1 is required.",
            () -> Validation.checkMinSamples(DenseMatrix.wrap(0, 0, new double[0]), null));
        Validation.checkMinSamples(DenseMatrix.wrap(2, 0, new double[0]), null);
    }

    @Test
    void nFeatures_mustBeTheFittedCount() {
        Validation.checkNFeatures(TWO_BY_THREE, 3, "StandardScaler");
        assertMessage("X has 3 features, but StandardScaler is expecting 4 features as input.",
            () -> Validation.checkNFeatures(TWO_BY_THREE, 4, "StandardScaler"));
    }

    @Test
    void matrix_nonFiniteEntries_areNamedWithTheirPosition() {
        Validation.assertAllFinite(TWO_BY_THREE);
        assertMessage("Input X contains NaN (row 1, column 2).",
            () -> Validation.assertAllFinite(DenseMatrix.of(new double[][] {{0, 1, 2}, {3, 0, Double.NaN}})));
        assertMessage("Input X contains infinity or a value too large for dtype('float64') (row 0, column 1).",
            () -> Validation.assertAllFinite(
                DenseMatrix.of(new double[][] {{0, Double.NEGATIVE_INFINITY, 2}, {3, 0, 1}})));
    }

    @Test
    void values_nonFinite_areNamedByInput() {
        Validation.assertAllFinite(new double[] {-1, 0, 1e308}, "y_score");
        assertMessage("Input y_score contains NaN.",
            () -> Validation.assertAllFinite(new double[] {1, Double.NaN}, "y_score"));
        assertMessage("Input X contains infinity or a value too large for dtype('float64').",
            () -> Validation.checkFinite(Double.POSITIVE_INFINITY, "X"));
    }

    @Test
    void classifierTarget_needsTwoClasses() {
        Validation.checkClassCount(Target.of(new String[] {"a", "b", "a"}, Target.LEXICOGRAPHIC));
        assertMessage("The number of classes has to be greater than one; got 1 class",
            () -> Validation.checkClassCount(Target.of(new String[] {"a", "a"}, Target.LEXICOGRAPHIC)));
    }

    @Test
    void threads_atLeastOne() {
        Validation.checkThreads(1);
        assertMessage("threads must be at least 1, got 0", () -> Validation.checkThreads(0));
    }

    @Test
    void parameterException_carriesTheParameterName() {
        final ParameterException e = ParameterException.invalid("SVC", "C", "a float in the range (0.0, inf)", "0.0");
        assertEquals("C", e.parameter());
        assertEquals("The 'C' parameter of SVC must be a float in the range (0.0, inf). Got 0.0 instead.",
            e.getMessage());
        final ParameterException unset = ParameterException.unset("SGDClassifier", "loss");
        assertEquals("loss", unset.parameter());
        assertEquals("The 'loss' parameter of SGDClassifier must be set", unset.getMessage());
    }
}
