import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;

/**
 * Times the lab's two SGDClassifier fits with random_state=42: binary '5' on X[:60000] and 10-class on X[:2000]
 * (one thread and all processors). Prints one "key value" line per measurement for bench/sgd_bench.sh, which runs
 * scikit-learn on the same data and compares. The first fit of each kind runs in a fresh JVM, as in the lab. Wall
 * times suffer when other processes share the machine, so the process CPU time of the first binary fit (JIT and GC
 * threads included) is printed as well.
 */
public final class SgdBench {

    private SgdBench() {
    }

    public static void main(final String[] args) throws IOException {
        final int binaryRuns = Integer.parseInt(args[1]);
        final int multiRuns = Integer.parseInt(args[2]);
        final Dataset all = Mnist.load(Path.of(args[0]));
        final Dataset train = all.head(60_000);
        final Target five = Target.binary(train.labels(), "5");
        final SGDParams params = SGDParams.DEFAULTS.withRandomState(42);
        double first = 0;
        double best = Double.POSITIVE_INFINITY;
        SGDClassifier binary = null;
        for (int r = 0; r < binaryRuns; r++) {
            final long cpu = processCpuNanos();
            final long t = System.nanoTime();
            binary = SGDClassifier.fit(train.x(), five, params, 1, Monitor.NONE);
            final double s = (System.nanoTime() - t) / 1e9;
            if (r == 0) {
                first = s;
                print("binary_first_cpu_s", (processCpuNanos() - cpu) / 1e9);
            }
            best = Math.min(best, s);
        }
        print("binary_first_s", first);
        print("binary_best_s", best);
        System.out.println("binary_n_iter " + binary.nIter());
        System.out.println("binary_intercept " + binary.intercept()[0]);
        final double[] dec = binary.decisionFunction(all.x().selectRows(IntStream.range(0, 12).toArray())).values();
        for (int i = 0; i < dec.length; i++) {
            System.out.println("binary_decision_" + i + " " + dec[i]);
        }

        final Dataset small = all.head(2000);
        final Target digits = Target.of(small.labels(), Target.LEXICOGRAPHIC);
        for (final int threads : new int[]{1, Parallel.defaultThreads()}) {
            first = 0;
            best = Double.POSITIVE_INFINITY;
            SGDClassifier multi = null;
            for (int r = 0; r < multiRuns; r++) {
                final long t = System.nanoTime();
                multi = SGDClassifier.fit(small.x(), digits, params, threads, Monitor.NONE);
                final double s = (System.nanoTime() - t) / 1e9;
                first = r == 0 ? s : first;
                best = Math.min(best, s);
            }
            print("multi_t" + threads + "_first_s", first);
            print("multi_t" + threads + "_best_s", best);
            System.out.println("multi_n_iter " + multi.nIter());
            final double[] intercept = multi.intercept();
            for (int k = 0; k < intercept.length; k++) {
                System.out.println("multi_intercept_" + k + " " + intercept[k]);
            }
        }
        System.out.println("threads " + Parallel.defaultThreads());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static void print(final String key, final double seconds) {
        System.out.println(key + " " + String.format(Locale.ROOT, "%.3f", seconds));
    }
}
