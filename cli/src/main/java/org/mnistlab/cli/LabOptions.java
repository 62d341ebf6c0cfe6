package org.mnistlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mnistlab.engine.random.RandomState;

/**
 * The command line of {@code bin/lab105}. Defaults are the lab's; every option feeds every step that uses it.
 *
 * @param data MNIST folder given with --data, or {@code null} to locate the data
 * @param out output folder
 * @param seed random_state of every learner
 * @param positive the digit of the binary target ("5")
 * @param threshold the decision threshold of step 5, as written (it becomes a JSON key)
 * @param targetPrecision the precision the threshold search aims at
 * @param svcRows training images for the SVC steps
 * @param multiRows training images for the multiclass SGD steps
 * @param folds cross-validation folds
 * @param threads worker threads for folds and classes
 * @param quick run on a small subset, for a smoke test
 * @param verbose print the binary SGD fit's training log as scikit-learn's {@code verbose=2} prints it
 */
record LabOptions(Path data, Path out, long seed, String positive, String threshold, double targetPrecision,
    int svcRows, int multiRows, int folds, int threads, boolean quick, boolean verbose) {

    static final String USAGE = String.join("\n",
        "usage: bin/lab105 [--data DIR] [--out DIR] [--seed N] [--positive D] [--threshold T]",
        "                  [--target-precision P] [--svc-rows N] [--multi-rows N] [--folds K] [--threads N] [--quick]",
        "                  [--verbose]",
        "",
        "Runs the Hands-On ML chapter 3 MNIST lab with scikit-learn's numbers and writes results.json,",
        "the charts (PNG and SVG) and report.html to the output folder (default ./lab105-out).",
        "",
        "  --data DIR              folder with the four MNIST IDX files (default: $MNIST_DIR, the cache,",
        "                          then download)",
        "  --out DIR               output folder; replaced as a whole when the run succeeds",
        "  --seed N                random_state of all learners (default 42)",
        "  --positive D            digit of the binary detector (default 5)",
        "  --threshold T           decision threshold of the threshold step (default 3000)",
        "  --target-precision P    precision to find a threshold for, in (0, 1] (default 0.9)",
        "  --svc-rows N            training images for the SVC steps (default 2000)",
        "  --multi-rows N          training images for the multiclass SGD steps (default 2000)",
        "  --folds K               cross-validation folds, at least 2 (default 3)",
        "  --threads N             worker threads (default: number of processors)",
        "  --quick                 small subset (6,000 training images) for a fast smoke run",
        "  --verbose               print the binary SGD fit's log per epoch, as SGDClassifier(verbose=2)",
        "  --help                  this text");

    /** Thrown for a command line that cannot run; the message is for the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(final String message) {
            super(message);
        }
    }

    /**
     * @param args the command line
     * @return the options, or {@code null} when --help was asked for
     * @throws UsageException for an unknown option or an invalid value
     */
    static LabOptions parse(final String[] args) throws UsageException {
        Path data = null;
        Path out = Path.of("lab105-out");
        long seed = 42;
        String positive = "5";
        String threshold = "3000";
        double targetPrecision = 0.9;
        int svcRows = 2000;
        int multiRows = 2000;
        int folds = 3;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean quick = false;
        boolean verbose = false;
        final List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            final String opt = rest.remove(0);
            switch (opt) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--quick" -> quick = true;
                case "--verbose" -> verbose = true;
                case "--data" -> data = Path.of(value(opt, rest));
                case "--out" -> out = Path.of(value(opt, rest));
                case "--seed" -> seed = longIn(opt, value(opt, rest), 0, RandomState.MAX_SEED);
                case "--positive" -> {
                    positive = value(opt, rest);
                    if (!positive.matches("[0-9]")) {
                        throw new UsageException("--positive must be a digit 0-9, got '" + positive + "'");
                    }
                }
                case "--threshold" -> {
                    threshold = value(opt, rest);
                    if (!Double.isFinite(number(opt, threshold))) {
                        throw new UsageException("--threshold must be a finite number, got '" + threshold + "'");
                    }
                }
                case "--target-precision" -> {
                    targetPrecision = number(opt, value(opt, rest));
                    if (!(targetPrecision > 0 && targetPrecision <= 1)) {
                        throw new UsageException("--target-precision must be in (0, 1], got " + targetPrecision);
                    }
                }
                case "--svc-rows" -> svcRows = (int)longIn(opt, value(opt, rest), 2, 60_000);
                case "--multi-rows" -> multiRows = (int)longIn(opt, value(opt, rest), 2, 60_000);
                case "--folds" -> folds = (int)longIn(opt, value(opt, rest), 2, 1000);
                case "--threads" -> threads = (int)longIn(opt, value(opt, rest), 1, 1024);
                default -> throw new UsageException("unknown option '" + opt + "' (see --help)");
            }
        }
        return new LabOptions(data, out, seed, positive, threshold, targetPrecision, svcRows, multiRows, folds,
            threads, quick, verbose);
    }

    /** @return the threshold as a number */
    double thresholdValue() {
        return Double.parseDouble(threshold);
    }

    private static String value(final String opt, final List<String> rest) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(opt + " needs a value (see --help)");
        }
        return rest.remove(0);
    }

    private static double number(final String opt, final String text) throws UsageException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " must be a number, got '" + text + "'");
        }
    }

    private static long longIn(final String opt, final String text, final long min, final long max)
        throws UsageException {
        final long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(opt + " must be a whole number, got '" + text + "'");
        }
        if (v < min || v > max) {
            throw new UsageException(opt + " must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }
}
