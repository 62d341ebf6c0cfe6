import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;

/**
 * The Java half of bench/svm_bench.sh: times SVC() and OneVsRestClassifier(SVC()) fits on the first N training
 * images (MNIST loading excluded; all SVC fits, then all one-vs-rest fits), the first fit of each ("cold": for
 * one-vs-rest only the JIT compilation of its own code is left) and the median of the following ones ("warm"), as wall time and as CPU time of the whole process (all threads, including the JIT compiler and the
 * garbage collector), and writes the predictions of images 0..99 for the script to compare with scikit-learn's.
 * Arguments: MNIST folder, rows, repetitions, threads, output file.
 */
public final class SvmBench {

    private SvmBench() {
    }

    public static void main(final String[] args) throws IOException {
        final Dataset all = Mnist.load(Path.of(args[0]));
        final int rows = Integer.parseInt(args[1]);
        final int reps = Integer.parseInt(args[2]);
        final int threads = Integer.parseInt(args[3]);
        final Dataset train = all.head(rows);
        final Target y = Target.of(train.labels(), Target.LEXICOGRAPHIC);
        final Dataset first100 = all.head(100);
        final double[] svc = new double[reps];
        final double[] ovr = new double[reps];
        final double[] svcCpu = new double[reps];
        final double[] ovrCpu = new double[reps];
        Classifier svcModel = null;
        Classifier ovrModel = null;
        for (int r = 0; r < reps; r++) {
            final long t = System.nanoTime();
            final long c = cpu();
            svcModel = SVC.fit(train.x(), y, SVCParams.DEFAULTS, threads, Monitor.NONE);
            svc[r] = (System.nanoTime() - t) / 1e9;
            svcCpu[r] = (cpu() - c) / 1e9;
        }
        for (int r = 0; r < reps; r++) {
            final long t = System.nanoTime();
            final long c = cpu();
            ovrModel = OneVsRestClassifier.fit(train.x(), y, SVC.learner(SVCParams.DEFAULTS, 1), threads,
                Monitor.NONE);
            ovr[r] = (System.nanoTime() - t) / 1e9;
            ovrCpu[r] = (cpu() - c) / 1e9;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4])))) {
            out.printf("svc_cold %.4f%nsvc_warm %.4f%novr_cold %.4f%novr_warm %.4f%n", svc[0], warm(svc), ovr[0],
                warm(ovr));
            out.printf("svc_cold_cpu %.4f%nsvc_warm_cpu %.4f%novr_cold_cpu %.4f%novr_warm_cpu %.4f%n", svcCpu[0],
                warm(svcCpu), ovrCpu[0], warm(ovrCpu));
            out.println("svc_predict " + String.join(",", labels(svcModel, first100)));
            out.println("ovr_predict " + String.join(",", labels(ovrModel, first100)));
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static double warm(final double[] times) {
        if (times.length == 1) {
            return times[0];
        }
        final double[] t = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private static String[] labels(final Classifier model, final Dataset data) {
        final int[] p = model.predict(data.x());
        final String[] l = new String[p.length];
        for (int i = 0; i < p.length; i++) {
            l[i] = model.classes()[p[i]];
        }
        return l;
    }
}
