import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.mnistlab.engine.data.ByteMatrix;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;

/**
 * Reading all 70,000 MNIST images: first (cold) and best warm wall time, for the raw files and for gzip copies, and
 * the heap the dataset keeps. Run by bench/mnist_load.sh.
 */
public final class MnistLoadBench {

    private static final int WARM_RUNS = 10;

    private MnistLoadBench() {
    }

    public static void main(final String[] args) throws IOException {
        final Path raw = Path.of(args[0]);
        final Path gz = Files.createTempDirectory("mnist-gz-");
        try {
            for (final FileSpec f : Mnist.FILES) {
                try (InputStream in = Files.newInputStream(raw.resolve(f.name()));
                        OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz.resolve(f.name() + ".gz")))) {
                    in.transferTo(out);
                }
            }
            times("raw IDX ", raw);
            times("gzip IDX", gz);
            heap(raw);
        } finally {
            for (final FileSpec f : Mnist.FILES) {
                Files.deleteIfExists(gz.resolve(f.name() + ".gz"));
            }
            Files.deleteIfExists(gz);
        }
    }

    private static void times(final String what, final Path folder) throws IOException {
        long t = System.nanoTime();
        Mnist.load(folder);
        final double cold = (System.nanoTime() - t) / 1e6;
        final double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            t = System.nanoTime();
            Mnist.load(folder);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("java  %s load of 70,000 images: first %.0f ms, warm best %.0f ms, warm median %.0f ms%n",
            what, cold, warm[0], warm[WARM_RUNS / 2]);
    }

    private static void heap(final Path folder) throws IOException {
        final long before = usedAfterGc();
        final Dataset d = Mnist.load(folder);
        final long after = usedAfterGc();
        final ByteMatrix x = (ByteMatrix)d.x();
        System.out.printf("java  dataset heap (used after GC, with vs without it): %.1f MB; pixel arrays %.1f MB "
            + "(%d non-zero of %d); labels %d rows%n", (after - before) / 1e6, x.storageBytes() / 1e6,
            x.nonZeroCount(), (long)x.rows() * x.cols(), d.size());
        System.out.printf("java  max heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
