package org.mnistlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.mnistlab.engine.CanceledException;

/**
 * {@code bin/lab105}: runs the whole MNIST lab headless and writes results.json, the charts (PNG and SVG) and
 * report.html. Exit status 0 on success, 1 when the lab cannot run (data, output folder), 2 for a bad command line,
 * 130 when interrupted; a failed or interrupted run leaves no output behind.
 */
public final class Lab105 {

    /** How long Ctrl-C waits for the running step to notice and clean up. */
    private static final long CANCEL_GRACE_SECONDS = 30;

    private Lab105() {
    }

    /**
     * @param args the command line, see {@link LabOptions#USAGE}
     */
    public static void main(final String[] args) {
        final ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null);
        final Thread main = Thread.currentThread();
        final Thread onInterrupt = new Thread(() -> {
            progress.cancel();
            try {
                // the JVM halts when this hook returns: let the run delete its staging folder first
                main.join(TimeUnit.SECONDS.toMillis(CANCEL_GRACE_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lab105-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        final int status = run(args, progress, System.out, System.err);
        if (!progress.isCanceled()) {
            // exiting while the hook runs would block; after a Ctrl-C the JVM ends with the signal's status anyway
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            System.exit(status);
        }
    }

    static int run(final String[] args, final ConsoleProgress progress, final PrintStream out, final PrintStream err) {
        final LabOptions opt;
        try {
            opt = LabOptions.parse(args);
        } catch (LabOptions.UsageException e) {
            err.println("lab105: " + e.getMessage());
            return 2;
        }
        if (opt == null) {
            out.println(LabOptions.USAGE);
            return 0;
        }
        try (OutputFolder folder = OutputFolder.open(opt.out())) {
            final ConsolePrinter printer = new ConsolePrinter(out, opt);
            final Lab lab = new Lab(opt, progress, printer);
            final LabResults results = lab.run();
            write(folder, results, lab.charts());
            folder.commit();
            printer.written(lab.charts().size(), folder.target());
            return 0;
        } catch (CanceledException e) {
            err.println("lab105: interrupted; " + opt.out() + " was left as it was");
            return 130;
        } catch (IOException | IllegalArgumentException e) {
            err.println("lab105: " + e.getMessage());
            return 1;
        }
    }

    private static void write(final OutputFolder folder, final LabResults results, final Map<String, Chart> charts)
        throws IOException {
        folder.write("results.json", ResultsJson.of(results));
        for (final Map.Entry<String, Chart> c : charts.entrySet()) {
            Files.write(folder.file(c.getKey() + ".png"), c.getValue().png());
            folder.write(c.getKey() + ".svg", c.getValue().svg());
        }
        folder.write("report.html", Report.html(results, charts));
    }
}
