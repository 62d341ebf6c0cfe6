package org.mnistlab.engine.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

/**
 * One-pass k-fold cross-validation: each fold fits a fresh model on its training rows (ascending order, as
 * {@code X[train]}) and that one model gives the fold's test predictions and decision values. scikit-learn gets the
 * same numbers from three passes ({@code cross_val_score}, {@code cross_val_predict},
 * {@code cross_val_predict(method="decision_function")}), each refitting identical fold models.
 * <p>
 * Folds run in parallel; the learner sees only its fold's data and its own seeds, so results never depend on the
 * thread count.
 */
public final class CrossValidation {

    /** scikit-learn fills the score column of a class a fold never saw with the lowest finite float. */
    static final double MISSING_CLASS_SCORE = -Double.MAX_VALUE;

    private static final String STRATIFY_ADVICE =
        "To fix this, use a cross-validation technique resulting in properly stratified folds";

    private CrossValidation() {
    }

    /**
     * Cross-validates a learner.
     *
     * @param x samples
     * @param y their labels
     * @param learner fits one fold's model; called once per fold, possibly concurrently
     * @param cv the folds, e.g. {@code new StratifiedKFold(3)} as scikit-learn's {@code cv=3} for classifiers
     * @param threads folds fitted at once, at least 1
     * @param monitor progress (each fold is worth 1/k) and cancel
     * @return per-fold accuracy, out-of-fold predictions and decision values
     * @throws IllegalArgumentException for inconsistent input, a single class, or folds that cannot be made
     */
    public static CrossValResult run(final FeatureMatrix x, final Target y, final Learner learner, final Splitter cv,
        final int threads, final Monitor monitor) {
        check(x, y, threads);
        final List<Split> folds = cv.split(y);
        checkPartition(folds, y.size());
        final int k = folds.size();
        final Monitor[] parts = new Monitor[k];
        for (int f = 0; f < k; f++) {
            parts[f] = monitor.sub(1.0 / k);
        }
        final List<FoldOutcome> outcomes =
            Parallel.map(k, threads, f -> fitFold(x, y, learner, folds.get(f), f, k, parts[f]));

        final int columns = y.numClasses() == 2 ? 1 : y.numClasses();
        final int[] predicted = new int[y.size()];
        final double[] scores = new double[y.size() * columns];
        final double[] accuracy = new double[k];
        final double[] seconds = new double[k];
        final List<String> warnings = new ArrayList<>(cv.warnings(y));
        for (int f = 0; f < k; f++) {
            final FoldOutcome o = outcomes.get(f);
            final int[] test = folds.get(f).test();
            for (int i = 0; i < test.length; i++) {
                predicted[test[i]] = o.predicted[i];
                System.arraycopy(o.scores, i * columns, scores, test[i] * columns, columns);
            }
            accuracy[f] = o.accuracy;
            seconds[f] = o.seconds;
            if (o.warning != null) {
                warnings.add(o.warning);
            }
        }
        return new CrossValResult(y, folds, accuracy, predicted, new Scores(y.size(), columns, scores), seconds,
            warnings);
    }

    private static void check(final FeatureMatrix x, final Target y, final int threads) {
        Validation.checkConsistentLength(x.rows(), y.size());
        Validation.checkMinSamples(x, null);
        if (y.numClasses() < 2) {
            throw new IllegalArgumentException("y has only one class ('" + y.className(0)
                + "'); a classifier needs samples of at least two classes");
        }
        Validation.checkThreads(threads);
    }

    private static void checkPartition(final List<Split> folds, final int n) {
        final boolean[] seen = new boolean[n];
        int count = 0;
        for (final Split fold : folds) {
            for (final int i : fold.test()) {
                if (i < 0 || i >= n || seen[i]) {
                    throw new IllegalArgumentException("cross_val_predict only works for partitions");
                }
                seen[i] = true;
                count++;
            }
        }
        if (count != n) {
            throw new IllegalArgumentException("cross_val_predict only works for partitions");
        }
    }

    /** One fold's test predictions (global class indices) and scores (row-major, global columns). */
    private record FoldOutcome(double accuracy, int[] predicted, double[] scores, double seconds, String warning) {
    }

    private static FoldOutcome fitFold(final FeatureMatrix x, final Target y, final Learner learner, final Split fold,
        final int f, final int k, final Monitor monitor) {
        monitor.checkCanceled();
        monitor.progress(0, "fold " + (f + 1) + " of " + k);
        final int[] train = fold.train();
        final int[] test = fold.test();
        final long start = System.nanoTime();
        final Classifier model = learner.fit(x.selectRows(train), y.select(train), monitor);
        final double seconds = (System.nanoTime() - start) / 1e9;
        final int[] toGlobal = globalClassIndices(model.classes(), y);

        final FeatureMatrix xTest = x.selectRows(test);
        final int[] foldPredicted = model.predict(xTest);
        final Scores foldScores = model.decisionFunction(xTest);
        monitor.checkCanceled();

        final int[] predicted = new int[test.length];
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            predicted[i] = toGlobal[foldPredicted[i]];
            correct += predicted[i] == y.code(test[i]) ? 1 : 0;
        }
        final String warning = toGlobal.length == y.numClasses() ? null
            : "Number of classes in training fold (" + toGlobal.length + ") does not match total number of classes ("
                + y.numClasses() + "). Results may not be appropriate for your use case. " + STRATIFY_ADVICE;
        final double[] scores = globalScores(foldScores, toGlobal, y.numClasses());
        monitor.progress(1, "fold " + (f + 1) + " of " + k + " done");
        // accuracy_score: the mean of the 0/1 hits, an exact count divided by n
        return new FoldOutcome((double)correct / test.length, predicted, scores, seconds, warning);
    }

    private static int[] globalClassIndices(final String[] foldClasses, final Target y) {
        final Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < y.numClasses(); c++) {
            index.put(y.className(c), c);
        }
        final int[] toGlobal = new int[foldClasses.length];
        for (int c = 0; c < foldClasses.length; c++) {
            final Integer g = index.get(foldClasses[c]);
            if (g == null) {
                throw new IllegalStateException("the fold model knows class '" + foldClasses[c]
                    + "' that is not among the labels " + Arrays.toString(y.classes()));
            }
            toGlobal[c] = g;
        }
        return toGlobal;
    }

    /**
     * The fold's decision values in the columns of all classes, as {@code _enforce_prediction_order}: a class absent
     * from the fold's training part gets {@link #MISSING_CLASS_SCORE}.
     */
    private static double[] globalScores(final Scores s, final int[] toGlobal, final int numClasses) {
        final int foldClasses = toGlobal.length;
        final int columns = numClasses == 2 ? 1 : numClasses;
        final int expected = foldClasses == 2 ? 1 : foldClasses;
        if (foldClasses < numClasses && foldClasses <= 2) {
            throw new IllegalArgumentException("Only " + foldClasses + " class/es in training fold, but "
                + numClasses + " in overall dataset. This is not supported for decision_function with imbalanced "
                + "folds. " + STRATIFY_ADVICE);
        }
        if (s.columns() != expected) {
            throw new IllegalArgumentException("Output shape (" + s.rows() + ", " + s.columns()
                + ") of decision_function does not match number of classes (" + foldClasses + ") in fold. "
                + "Irregular decision_function outputs are not currently supported by cross_val_predict");
        }
        if (columns == 1) {
            return s.values().clone();
        }
        final double[] out = new double[s.rows() * columns];
        if (foldClasses < numClasses) {
            Arrays.fill(out, MISSING_CLASS_SCORE);
        }
        for (int i = 0; i < s.rows(); i++) {
            for (int c = 0; c < foldClasses; c++) {
                out[i * columns + toGlobal[c]] = s.get(i, c);
            }
        }
        return out;
    }
}
