package org.mnistlab.fetch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mnistlab.engine.Monitor;
import org.mnistlab.testdata.TinyMnist;

/**
 * A process that fills a cache from a mirror, as a workflow or {@code bin/lab105} would, for
 * {@link CacheLockProcessTest}: {@code FillCache <cache> <mirror template> <TinyMnist seed> <go file>}. It prints
 * "ready", waits for the go file (so that two of them start downloading at the same moment), downloads, and prints
 * each log line as "log ..." and the folder as "found ...".
 */
public final class FillCache {

    private FillCache() {
    }

    /**
     * @param args cache folder, mirror template, seed of the {@link TinyMnist} the mirror serves, go file
     * @throws Exception whatever fails: the process then exits with a stack trace and status 1
     */
    public static void main(final String[] args) throws Exception {
        final Path cache = Path.of(args[0]);
        final Mirror mirror = new Mirror(args[1], false);
        final TinyMnist tiny = new TinyMnist(Long.parseLong(args[2]));
        final Path go = Path.of(args[3]);
        final DownloadSource source = new DownloadSource(cache, List.of(mirror), tiny.specs(),
            new HttpFetch(Duration.ofSeconds(30), Duration.ofSeconds(30)));
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.sleep(2);
        }
        final Path folder = source.find(Monitor.NONE, line -> System.out.println("log " + line));
        System.out.println("found " + folder);
    }
}
