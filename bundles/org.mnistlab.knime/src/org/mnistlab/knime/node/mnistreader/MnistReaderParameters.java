package org.mnistlab.knime.node.mnistreader;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.ConfigMigration;
import org.knime.node.parameters.migration.DefaultProvider;
import org.knime.node.parameters.migration.Migrate;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.migration.NodeParametersMigration;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.text.TextAreaWidget;
import org.knime.node.parameters.widget.text.TextInputWidget;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.PatternValidation;
import org.mnistlab.fetch.FetchOptions;
import org.mnistlab.fetch.Mirror;

/**
 * Settings of the MNIST Reader. Defaults give the lab's data: all 70,000 digits from the per-user cache
 * ({@value #DEFAULT_CACHE}), downloaded from the standard mirrors on first use, checksums verified. Everything the
 * node reads is here: it consults no environment variable and starts no process.
 * <p>
 * Settings written before 0.2 load with their old behaviour: an empty cache folder was the per-user cache and is
 * migrated to {@value #DEFAULT_CACHE}; the mirrors were the standard ones; checksums were checked only when files were
 * downloaded, so {@code verifyChecksums} is off for them.
 */
public final class MnistReaderParameters implements NodeParameters {

    /** Where the four IDX files come from. */
    enum Source {
            @Label(value = "Download into cache", description = "Read the four files from the cache folder; download "
                + "the ones it lacks from the mirrors first (each download's SHA-256 is checked before it enters the "
                + "cache). Readers of other workflows and <tt>bin/lab105</tt> that fill the same cache at the same "
                + "time wait for each other (a lock file in the cache folder).")
            DOWNLOAD,
            @Label(value = "Local folder", description = "Read the four files from the folder given below; nothing "
                + "is downloaded.")
            FOLDER
    }

    /** Which images are read. */
    enum Subset {
            @Label(value = "Train and test", description = "All 70,000 images: the 60,000 training images, then the "
                + "10,000 test images (the order of OpenML's <tt>mnist_784</tt>, as in the lab).")
            ALL,
            @Label(value = "Train", description = "The 60,000 training images.")
            TRAIN,
            @Label(value = "Test", description = "The 10,000 test images.")
            TEST
    }

    @Section(title = "Source")
    interface SourceSection {
    }

    @Section(title = "Output")
    @After(SourceSection.class)
    interface OutputSection {
    }

    interface SourceRef extends ParameterReference<Source> {
    }

    static final class IsFolder implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(SourceRef.class).isOneOf(Source.FOLDER);
        }
    }

    /** In the dialog: empty (the field is hidden then, or the node says what is missing), or an absolute path. */
    static final class AbsolutePathOrEmpty extends PatternValidation {
        @Override
        protected String getPattern() {
            return "^\\s*(|~([/\\\\].*)?|/.*|[A-Za-z]:[/\\\\].*|\\\\\\\\.*)$";
        }

        @Override
        public String getErrorMessage() {
            return "Enter an absolute path, or one starting with ~ for the home folder.";
        }
    }

    /** Settings of before 0.2 had an empty cache folder for the per-user cache. */
    static final class CacheFolderMigration implements NodeParametersMigration<String> {
        @Override
        public List<ConfigMigration<String>> getConfigMigrations() {
            return List.of(ConfigMigration.<String> builder(s -> DEFAULT_CACHE)
                .withMatcher(s -> s.getString(CACHE_FOLDER_KEY, "").isBlank()).build());
        }
    }

    /** Settings of before 0.2 checked checksums only of downloads. */
    static final class VerifyChecksumsMigration implements DefaultProvider<Boolean> {
        @Override
        public Boolean getDefault() {
            return false;
        }
    }

    static final String SOURCE = "Source";

    static final String FOLDER = "Folder";

    static final String CACHE_FOLDER = "Cache folder";

    static final String MIRRORS = "Mirrors";

    static final String ROW_LIMIT = "Row limit";

    /** The per-user cache of the headless runner and the build too ({@code MnistCache.userFolder}). */
    static final String DEFAULT_CACHE = "~/.cache/mnistlab/mnist";

    static final String CACHE_FOLDER_KEY = "cacheFolder";

    /** The standard mirrors, one per line. */
    static final String DEFAULT_MIRRORS =
        Mirror.DEFAULTS.stream().map(Mirror::template).collect(Collectors.joining("\n"));

    @Layout(SourceSection.class)
    @Widget(title = SOURCE, description = "Where the four MNIST files (<tt>train-images-idx3-ubyte</tt>, "
        + "<tt>train-labels-idx1-ubyte</tt>, <tt>t10k-images-idx3-ubyte</tt>, <tt>t10k-labels-idx1-ubyte</tt>) come "
        + "from. Each file may be raw IDX or gzip-compressed (<tt>.gz</tt>); the format is recognised from its "
        + "first bytes.")
    @ValueSwitchWidget
    @ValueReference(SourceRef.class)
    Source m_source = Source.DOWNLOAD;

    @Layout(SourceSection.class)
    @Widget(title = FOLDER, description = "The folder holding the four files: an absolute path on the machine that "
        + "runs the workflow, or one starting with <tt>~</tt> for the home folder of the user running KNIME.")
    @TextInputWidget(placeholder = "/path/to/mnist", patternValidation = AbsolutePathOrEmpty.class)
    @Effect(predicate = IsFolder.class, type = EffectType.SHOW)
    String m_folder = "";

    @Layout(SourceSection.class)
    @Widget(title = CACHE_FOLDER, description = "Where downloaded files are kept and looked for: an absolute path, "
        + "or one starting with <tt>~</tt> for the home folder of the user running KNIME. The default, <tt>"
        + DEFAULT_CACHE + "</tt>, is the per-user cache that <tt>bin/lab105</tt> and the project's build use too, "
        + "so MNIST is downloaded once per user.")
    @TextInputWidget(placeholder = DEFAULT_CACHE, patternValidation = AbsolutePathOrEmpty.class)
    @Effect(predicate = IsFolder.class, type = EffectType.HIDE)
    @Migration(CacheFolderMigration.class)
    String m_cacheFolder = DEFAULT_CACHE;

    @Layout(SourceSection.class)
    @Widget(title = MIRRORS, description = "The web locations the files the cache lacks are downloaded from, tried "
        + "in order, one per line: a URL with <tt>{name}</tt> for the file's name (<tt>{name}</tt> is e.g. "
        + "<tt>train-images-idx3-ubyte</tt>; the files may be served gzip-compressed or raw), or a folder URL that "
        + "holds the <tt>.gz</tt> files. Every download is checked against the SHA-256 of the original MNIST files. "
        + "The default lists the standard mirrors (PyTorch's and Google's copies, then Yann LeCun's site); empty "
        + "means never download, only read the cache.", advanced = true)
    @TextAreaWidget(rows = 3)
    @Effect(predicate = IsFolder.class, type = EffectType.HIDE)
    @Migrate(loadDefaultIfAbsent = true)
    String m_mirrors = DEFAULT_MIRRORS;

    @Layout(SourceSection.class)
    @Widget(title = "Verify checksums", description = "Before reading, check that the four files are the original "
        + "MNIST files: the SHA-256 of each file's (uncompressed) content must be the published one, else the node "
        + "fails. Untick to read other data in MNIST's format from a local folder (e.g. Fashion-MNIST). Downloads "
        + "are always checked before they enter the cache.")
    @Migration(VerifyChecksumsMigration.class)
    boolean m_verifyChecksums = true;

    @Layout(OutputSection.class)
    @Widget(title = "Images", description = "Which images the output holds.")
    @ValueSwitchWidget
    Subset m_subset = Subset.ALL;

    @Layout(OutputSection.class)
    @Widget(title = ROW_LIMIT, description = "Output at most this many images, the first ones of the chosen set; "
        + "0 outputs all.")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    int m_rowLimit;

    @Layout(OutputSection.class)
    @Widget(title = "Append image column", description = "Also output each digit as a 28 x 28 PNG image (black "
        + "ink on white) in a column <tt>image</tt>.")
    boolean m_appendImages;

    @Override
    public void validate() throws InvalidSettingsException {
        validateSource();
        if (m_rowLimit < 0) {
            throw new InvalidSettingsException(ROW_LIMIT + " must be 0 (all) or positive, got " + m_rowLimit + ".");
        }
    }

    /**
     * Checks what the settings of the Source section can check without the file system; whether a path is absolute
     * is checked at configure ({@link #folder()}, {@link #fetchOptions()}), so that old settings with a relative path
     * still load and can be fixed in the dialog.
     */
    private void validateSource() throws InvalidSettingsException {
        if (m_source == Source.FOLDER && (m_folder == null || m_folder.isBlank())) {
            throw new InvalidSettingsException(FOLDER + ": enter the folder that holds the four MNIST files.");
        }
        if (m_source == Source.DOWNLOAD) {
            if (m_cacheFolder == null || m_cacheFolder.isBlank()) {
                throw new InvalidSettingsException(CACHE_FOLDER + ": enter the folder where downloaded files are kept, "
                    + "e.g. " + DEFAULT_CACHE + ".");
            }
            mirrors();
        }
    }

    /**
     * @return the folder of the "Local folder" source
     * @throws InvalidSettingsException if it is not an absolute path
     */
    Path folder() throws InvalidSettingsException {
        return LocalPaths.absolute(FOLDER, m_folder);
    }

    /**
     * @return the cache folder and mirrors of the "Download into cache" source
     * @throws InvalidSettingsException if the cache folder is not an absolute path or a mirror is no http(s) URL
     */
    FetchOptions fetchOptions() throws InvalidSettingsException {
        return FetchOptions.of(LocalPaths.absolute(CACHE_FOLDER, m_cacheFolder)).withMirrors(mirrors());
    }

    /** The mirrors as written; the standard ones keep their published gzip MD5 check. */
    private List<Mirror> mirrors() throws InvalidSettingsException {
        try {
            return Mirror.parseList(m_mirrors == null ? "" : m_mirrors).stream().map(m -> Mirror.DEFAULTS.stream()
                .filter(d -> d.template().equals(m.template())).findFirst().orElse(m)).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(MIRRORS + ": " + e.getMessage() + ".", e);
        }
    }
}
