package org.mnistlab.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.io.Mnist;

/**
 * Finds MNIST by trying {@link MnistSource}s in order and reports where it came from. A folder the user named
 * explicitly is the only source ({@link #folder}): a folder without the files is then an error rather than a reason
 * to look elsewhere. Otherwise the usual order is the cache, then a download into it ({@link #cached}); callers may
 * put sources of their own around those.
 *
 * @param sources the sources, tried in order
 */
public record MnistLocator(List<MnistSource> sources) {

    /** Copies the list. */
    public MnistLocator {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources must not be empty");
        }
        sources = List.copyOf(sources);
    }

    /**
     * @param folder a folder the user named
     * @return a locator that reads that folder and nothing else
     */
    public static MnistLocator folder(final Path folder) {
        return new MnistLocator(List.of(MnistSource.folder(folder)));
    }

    /**
     * @param options the cache folder, mirrors, files and timeouts
     * @return a locator trying the cache, then (if there are mirrors) a verified download into it
     */
    public static MnistLocator cached(final FetchOptions options) {
        return new MnistLocator(cacheThenDownload(options));
    }

    /**
     * @param options the cache folder, mirrors, files and timeouts
     * @return the cache source, then (if there are mirrors) the download source, for callers composing more sources
     */
    public static List<MnistSource> cacheThenDownload(final FetchOptions options) {
        final List<MnistSource> s = new ArrayList<>();
        s.add(MnistSource.cache(options.cacheFolder(), options.files()));
        if (!options.mirrors().isEmpty()) {
            s.add(MnistSource.download(options));
        }
        return s;
    }

    /**
     * Tries the sources in order.
     *
     * @param monitor progress of downloads; canceling stops them (partial downloads are kept for resuming)
     * @param log receives one line per source tried and where the data came from
     * @return the folder of the first source that has the files
     * @throws IOException if no source has them; the message lists why each failed (for a single source, just its
     *             reason)
     */
    public Path locate(final Monitor monitor, final Consumer<String> log) throws IOException {
        final List<String> failures = new ArrayList<>();
        for (final MnistSource source : sources) {
            monitor.checkCanceled();
            try {
                final Path folder = source.find(monitor, log);
                log.accept("MNIST from " + source.describe() + ": " + folder);
                return folder;
            } catch (CanceledException e) {
                throw e;
            } catch (IOException e) {
                if (sources.size() == 1) {
                    throw e;
                }
                log.accept(source.describe() + ": " + e.getMessage());
                failures.add(source.describe() + ": " + e.getMessage());
            }
        }
        throw new IOException("MNIST is not available; tried " + String.join("; ", failures));
    }

    /**
     * Locates the files and reads them ({@link Mnist#load(Path, Monitor)}).
     *
     * @param monitor progress of finding and reading
     * @param log receives where the data came from
     * @return the 70,000 digits
     * @throws IOException if no source has the files or they are invalid
     */
    public Dataset load(final Monitor monitor, final Consumer<String> log) throws IOException {
        final Path folder = locate(monitor.sub(0.8), log);
        return Mnist.load(folder, monitor.sub(0.2));
    }
}
