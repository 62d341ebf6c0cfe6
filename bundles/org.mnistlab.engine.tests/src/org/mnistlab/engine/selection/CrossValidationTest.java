package org.mnistlab.engine.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.Scoring;
import org.mnistlab.engine.random.RandomState;

/** Mechanics of one-pass cross-validation with a small deterministic learner. */
class CrossValidationTest {

    /** Noisy points around one centre per class, classes of skewed sizes. */
    private static FeatureMatrix points(final Target y, final long seed) {
        final RandomState r = new RandomState(seed);
        final double[][] rows = new double[y.size()][3];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i][j] = (y.code(i) + j) % 3 + 2 * r.randomSample();
            }
        }
        return DenseMatrix.of(rows);
    }

    private static Target labels(final long seed, final int n, final int classes) {
        final RandomState r = new RandomState(seed);
        final String[] l = new String[n];
        for (int i = 0; i < n; i++) {
            l[i] = "k" + r.randint(classes);
        }
        return Target.of(l, Target.LEXICOGRAPHIC);
    }

    @Test
    void results_doNotDependOnThreadCount() {
        for (final int classes : new int[] {2, 5}) {
            final Target y = labels(classes, 301, classes);
            final FeatureMatrix x = points(y, 7);
            final CrossValResult one =
                CrossValidation.run(x, y, new CentroidLearner(), new StratifiedKFold(5), 1, Monitor.NONE);
            for (final int threads : new int[] {2, 3, 8}) {
                final CrossValResult many =
                    CrossValidation.run(x, y, new CentroidLearner(), new StratifiedKFold(5), threads, Monitor.NONE);
                assertArrayEquals(one.foldAccuracy(), many.foldAccuracy());
                assertArrayEquals(one.predicted(), many.predicted());
                assertEquals(one.scores(), many.scores());
                assertEquals(one.folds(), many.folds());
            }
        }
    }

    @Test
    void onePass_givesWhatSeparateFoldModelsGive() {
        final Target y = labels(3, 200, 4);
        final FeatureMatrix x = points(y, 3);
        final StratifiedKFold cv = StratifiedKFold.shuffled(4, 9);
        final CrossValResult r = CrossValidation.run(x, y, new CentroidLearner(), cv, 2, Monitor.NONE);
        final List<Split> folds = cv.split(y);
        assertEquals(folds, r.folds());
        for (int f = 0; f < folds.size(); f++) {
            final int[] train = folds.get(f).train();
            final int[] test = folds.get(f).test();
            final Classifier m = new CentroidLearner().fit(x.selectRows(train), y.select(train), Monitor.NONE);
            final int[] p = m.predict(x.selectRows(test));
            final Scores s = m.decisionFunction(x.selectRows(test));
            int correct = 0;
            for (int i = 0; i < test.length; i++) {
                // all four classes are in every training part, so fold and global class indices agree
                assertEquals(p[i], r.predicted()[test[i]]);
                assertArrayEquals(s.row(i), r.scores().row(test[i]));
                correct += p[i] == y.code(test[i]) ? 1 : 0;
            }
            assertEquals((double)correct / test.length, r.foldAccuracy()[f]);
        }
        assertEquals(r.foldAccuracy()[0], r.foldScores(Scoring.ACCURACY)[0]);
        final ConfusionMatrix cm = r.confusionMatrix();
        assertEquals(y.size(), cm.total());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void predictions_agreeWithScores_binary() {
        final Target y = labels(1, 120, 2);
        final CrossValResult r =
            CrossValidation.run(points(y, 1), y, new CentroidLearner(), new StratifiedKFold(3), 3, Monitor.NONE);
        assertEquals(1, r.scores().columns());
        final boolean[] truth = r.positiveTruth();
        for (int i = 0; i < y.size(); i++) {
            assertEquals(r.scores().get(i, 0) > 0 ? 1 : 0, r.predicted()[i]);
            assertEquals(y.code(i) == 1, truth[i]);
        }
    }

    @Test
    void classMissingFromATrainingPart_getsLowestScoreAndAWarning() {
        // class "c" has a single sample: the fold testing it trains without it
        final String[] l = new String[30];
        for (int i = 0; i < l.length; i++) {
            l[i] = i == 4 ? "c" : new String[] {"a", "b", "d"}[i % 3];
        }
        final Target y = Target.of(l, Target.LEXICOGRAPHIC);
        final CrossValResult r =
            CrossValidation.run(points(y, 5), y, new CentroidLearner(), new StratifiedKFold(3), 2, Monitor.NONE);
        assertEquals(-Double.MAX_VALUE, r.scores().get(4, 2));
        assertTrue(r.predicted()[4] != 2);
        assertEquals(List.of("The least populated class in y has only 1 members, which is less than n_splits=3.",
            "Number of classes in training fold (3) does not match total number of classes (4). Results may not be "
                + "appropriate for your use case. To fix this, use a cross-validation technique resulting in "
                + "properly stratified folds"),
            r.warnings());
    }

    @Test
    void twoClassFoldOfAMulticlassTarget_throwsSklearnMessage() {
        final String[] l = {"a", "b", "a", "b", "c", "a", "b", "a", "b"};
        final Target y = Target.of(l, Target.LEXICOGRAPHIC);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> CrossValidation.run(points(y, 2), y, new CentroidLearner(), new KFold(3), 1, Monitor.NONE));
        assertEquals("Only 2 class/es in training fold, but 3 in overall dataset. This is not supported for "
            + "decision_function with imbalanced folds. To fix this, use a cross-validation technique resulting in "
            + "properly stratified folds", e.getMessage());
    }

    @Test
    void badInput_throwsClearMessages() {
        final Target y = labels(2, 10, 2);
        final FeatureMatrix x = points(y, 2);
        final Learner l = new CentroidLearner();
        assertEquals("Found input variables with inconsistent numbers of samples: [10, 9]",
            assertThrows(IllegalArgumentException.class,
                () -> CrossValidation.run(x, y.select(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}), l,
                    new StratifiedKFold(3), 1, Monitor.NONE)).getMessage());
        final Target one = Target.of(new String[] {"5", "5", "5"}, Target.LEXICOGRAPHIC);
        assertEquals("y has only one class ('5'); a classifier needs samples of at least two classes",
            assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(x.selectRows(new int[] {0, 1, 2}),
                one, l, new StratifiedKFold(3), 1, Monitor.NONE)).getMessage());
        final Target empty = Target.of(new String[0], Target.LEXICOGRAPHIC);
        assertEquals("Found array with 0 sample(s) (shape=(0, 3)) while a minimum of 1 is required.",
            assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(x.selectRows(new int[0]), empty,
                l, new StratifiedKFold(3), 1, Monitor.NONE)).getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> CrossValidation.run(x, y, l, new StratifiedKFold(3), 0, Monitor.NONE));
        final Splitter overlapping = new Splitter() {
            @Override
            public int nSplits() {
                return 2;
            }

            @Override
            public List<Split> split(final Target t) {
                return List.of(new Split(new int[] {5, 6, 7, 8, 9}, new int[] {0, 1, 2, 3, 4}),
                    new Split(new int[] {0, 1, 2, 3, 4}, new int[] {4, 5, 6, 7, 8, 9}));
            }
        };
        assertEquals("cross_val_predict only works for partitions", assertThrows(IllegalArgumentException.class,
            () -> CrossValidation.run(x, y, l, overlapping, 1, Monitor.NONE)).getMessage());
    }

    @Test
    void cancel_stopsTheRun() {
        final Target y = labels(4, 90, 3);
        final AtomicInteger fits = new AtomicInteger();
        final Monitor canceled = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // not observed
            }

            @Override
            protected boolean isCanceled() {
                return fits.get() >= 1;
            }
        };
        final Learner counting = (x, t, m) -> {
            fits.incrementAndGet();
            return new CentroidLearner().fit(x, t, m);
        };
        assertThrows(CanceledException.class,
            () -> CrossValidation.run(points(y, 4), y, counting, new StratifiedKFold(5), 1, canceled));
        assertEquals(1, fits.get());
    }

    @Test
    void progress_reachesOne() {
        final Target y = labels(6, 90, 3);
        final double[] last = {0};
        final Monitor m = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                last[0] = fraction;
            }

            @Override
            protected boolean isCanceled() {
                return false;
            }
        };
        CrossValidation.run(points(y, 6), y, new CentroidLearner(), new StratifiedKFold(3), 2, m);
        assertEquals(1.0, last[0], 1e-12);
    }
}
