import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.metrics.Comparison;
import org.mnistlab.engine.metrics.CurvePoint;
import org.mnistlab.engine.metrics.PrecisionRecallCurve;
import org.mnistlab.engine.metrics.ThresholdMetrics;
import org.mnistlab.engine.metrics.Thresholds;
import org.mnistlab.engine.preprocessing.ScaledLearner;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.selection.CrossValResult;
import org.mnistlab.engine.selection.CrossValidation;
import org.mnistlab.engine.selection.StratifiedKFold;

/**
 * The lab's cross-validation and metric steps through the engine, timed: the one-pass binary CV on 60,000 digits
 * (what scikit-learn needs three cross-validation calls for), with 1 and all threads; StandardScaler on 60,000 x
 * 784; the precision-recall curve of 60,000 scores; the multiclass CV on 2,000 scaled digits. Run by
 * bench/cv_metrics.sh.
 */
public final class CvMetricsBench {

    private CvMetricsBench() {
    }

    public static void main(final String[] args) throws IOException {
        final Dataset train = Mnist.load(Path.of(args[0])).head(60000);
        final Target y5 = Target.binary(train.labels(), "5");
        final int all = Parallel.defaultThreads();

        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            final long t = System.nanoTime();
            StandardScaler.fit(train.x(), Monitor.NONE);
            best = Math.min(best, seconds(t));
        }
        System.out.printf("engine StandardScaler.fit 60000x784: best of 3 %.3f s%n", best);

        CrossValResult r = null;
        for (final int threads : new int[] {1, all}) {
            final long t = System.nanoTime();
            r = CrossValidation.run(train.x(), y5, sgd(threads), new StratifiedKFold(3), threads, Monitor.NONE);
            System.out.printf("engine binary CV (one pass: accuracy + predictions + decision values), %d thread(s): "
                + "%.2f s, accuracy %s%n", threads, seconds(t), Arrays.toString(r.foldAccuracy()));
        }
        final boolean[] truth = r.positiveTruth();
        final double[] scores = r.scores().column(0);
        long t = System.nanoTime();
        final PrecisionRecallCurve curve = PrecisionRecallCurve.of(truth, scores);
        final CurvePoint p90 = Thresholds.forPrecision(curve, 0.9);
        final ThresholdMetrics at = ThresholdMetrics.of(truth, scores, p90.threshold(), Comparison.AT_OR_ABOVE);
        System.out.printf("engine PR curve (%d thresholds) + 90%% precision threshold + metrics: %.3f s "
            + "(threshold %.4f, precision %.6f, recall %.6f)%n", curve.size(), seconds(t), p90.threshold(),
            at.precision(), at.recall());

        final Dataset d = train.head(2000);
        final Target y = Target.of(d.labels(), Target.LEXICOGRAPHIC);
        t = System.nanoTime();
        final FeatureMatrix scaled = StandardScaler.fit(d.x(), Monitor.NONE).transformDense(d.x());
        r = CrossValidation.run(scaled, y, sgd(all), new StratifiedKFold(3), all, Monitor.NONE);
        System.out.printf("engine multiclass CV on 2000 globally scaled digits, %d threads: %.2f s, accuracy %s%n",
            all, seconds(t), Arrays.toString(r.foldAccuracy()));
        t = System.nanoTime();
        r = CrossValidation.run(d.x(), y, new ScaledLearner(sgd(all)), new StratifiedKFold(3), all, Monitor.NONE);
        System.out.printf("engine multiclass CV on 2000 digits scaled in each fold, %d threads: %.2f s, accuracy %s%n",
            all, seconds(t), Arrays.toString(r.foldAccuracy()));
    }

    private static Learner sgd(final int threads) {
        return SGDClassifier.learner(SGDParams.DEFAULTS.withRandomState(42), threads);
    }

    private static double seconds(final long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
