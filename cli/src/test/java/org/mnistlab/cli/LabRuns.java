package org.mnistlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mnistlab.testdata.MnistTestData;

/**
 * Whole-lab runs of {@code bin/lab105}'s entry point on the real MNIST, each made once per test JVM and shared by
 * every test that checks it, since a run takes seconds. Outputs stay in {@code target/lab105-runs} for a look after a
 * failure.
 */
final class LabRuns {

    /**
     * One run.
     *
     * @param status the exit status
     * @param stdout what it printed
     * @param stderr its progress and messages
     * @param out the output folder
     */
    record Run(int status, String stdout, String stderr, Path out) {
    }

    private static final Path ROOT = Path.of("target", "lab105-runs");

    private static final Map<List<String>, Run> RUNS = new HashMap<>();

    private LabRuns() {
    }

    /**
     * @param options the options besides --data, --out and --threads
     * @return the run with these options, made on first use
     */
    static synchronized Run of(final String... options) {
        return RUNS.computeIfAbsent(List.of(options), LabRuns::run);
    }

    private static Run run(final List<String> options) {
        final Path out = ROOT.resolve("run" + RUNS.size());
        final List<String> args = new ArrayList<>(List.of("--data", MnistTestData.folder().toString(), "--out",
            out.toString(), "--threads", "2"));
        args.addAll(options);
        try {
            delete(out);
            Files.createDirectories(ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        final PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        final int status = Lab105.run(args.toArray(String[]::new), new ConsoleProgress(err, false),
            new PrintStream(stdout, true, StandardCharsets.UTF_8), err);
        return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), out);
    }

    private static void delete(final Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (final Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
