package org.mnistlab.knime.node.digitgrid;

import java.util.Optional;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.migration.DefaultProvider;
import org.knime.node.parameters.migration.Migrate;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.updates.util.BooleanReference;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.knime.node.parameters.widget.text.TextInputWidget;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.PatternValidation.IsNotBlankValidation;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.LabelColumnsProvider;
import org.mnistlab.knime.table.VectorColumnsProvider;

/**
 * Settings of the Digit Grid. Defaults draw the lab's picture: the first 100 digits of the image column
 * {@code pixels}, 10 per row, no captions.
 */
public final class DigitGridParameters implements NodeParameters {

    static final class CaptionsRef implements BooleanReference {
    }

    /** Where each row's image is. */
    enum ImageSource {
            @Label(value = "Vector column", description = "One column holds each row's image as a vector of its "
                + "pixels (a byte or double vector, as the MNIST Reader's <tt>pixels</tt>).")
            VECTOR,
            @Label(value = "Numbered columns", description = "Each pixel is a numeric column of its own, named with "
                + "a prefix and the pixel's number (<tt>pixel_0</tt> to <tt>pixel_783</tt>).")
            COLUMNS
    }

    interface ImageSourceRef extends ParameterReference<ImageSource> {
    }

    static final class IsVector implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(ImageSourceRef.class).isOneOf(ImageSource.VECTOR);
        }
    }

    /** Nodes saved before images could be vectors read numbered columns, and keep doing so. */
    static final class ColumnsForOlderNodes implements DefaultProvider<ImageSource> {
        @Override
        public ImageSource getDefault() {
            return ImageSource.COLUMNS;
        }
    }

    static final String IMAGE_COLUMN = "Image column";

    static final String COUNT = "Number of digits";

    static final String COLUMNS = "Digits per row";

    static final String PREFIX = "Pixel column prefix";

    static final String LABEL_COLUMN = "Caption column";

    @Widget(title = COUNT, description = "Draw the digits of the first this many rows (all rows if the table is "
        + "shorter).")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_count = 100;

    @Widget(title = COLUMNS, description = "How many digits each row of the grid holds.")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class)
    int m_columns = 10;

    @Widget(title = "Images from", description = "Where each row's image is. Either way the pixels are read row by "
        + "row, their number must be a square (784 = 28 x 28), and values are ink intensities, 0 (white) to 255 "
        + "(black).")
    @ValueSwitchWidget
    @ValueReference(ImageSourceRef.class)
    @Migration(ColumnsForOlderNodes.class)
    ImageSource m_images = ImageSource.VECTOR;

    @Widget(title = IMAGE_COLUMN, description = "The column holding each row's image as a vector of pixels.")
    @ChoicesProvider(VectorColumnsProvider.class)
    @Effect(predicate = IsVector.class, type = EffectType.SHOW)
    @Migrate(loadDefaultIfAbsent = true)
    String m_imageColumn = "pixels";

    @Widget(title = PREFIX, description = "The pixels are the numeric columns named with this prefix followed by "
        + "0, 1, 2, ... (as the MNIST Reader names them: <tt>pixel_0</tt> to <tt>pixel_783</tt>).")
    @TextInputWidget(patternValidation = IsNotBlankValidation.class)
    @Effect(predicate = IsVector.class, type = EffectType.HIDE)
    String m_pixelPrefix = "pixel_";

    @Widget(title = "Caption digits", description = "Write a caption under each digit, e.g. its label.")
    @ValueReference(CaptionsRef.class)
    boolean m_captions;

    @Widget(title = LABEL_COLUMN, description = "The column whose values caption the digits.")
    @ChoicesProvider(LabelColumnsProvider.class)
    @Effect(predicate = CaptionsRef.class, type = EffectType.SHOW)
    String m_captionColumn = "";

    @Widget(title = "Title", description = "The title above the grid. Empty: \"The first <i>N</i> digits\".")
    String m_title = "";

    DigitGridParameters() {
    }

    /** A new node reads the input's first vector column, else its numbered pixel columns. */
    DigitGridParameters(final NodeParametersInput input) {
        LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName).ifPresent(c -> m_captionColumn = c);
        input.getInTableSpec(0).ifPresent(spec -> {
            final Optional<DataColumnSpec> vector = spec.stream().filter(c -> Columns.isVector(c.getType())).findFirst();
            if (vector.isPresent()) {
                m_imageColumn = vector.get().getName();
            } else if (spec.containsName(m_pixelPrefix + "0")) {
                m_images = ImageSource.COLUMNS;
            }
        });
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_count < 1) {
            throw new InvalidSettingsException(COUNT + " must be at least 1, got " + m_count + ".");
        }
        if (m_columns < 1) {
            throw new InvalidSettingsException(COLUMNS + " must be at least 1, got " + m_columns + ".");
        }
        if (m_images == ImageSource.COLUMNS && (m_pixelPrefix == null || m_pixelPrefix.isBlank())) {
            throw new InvalidSettingsException(PREFIX + " must not be blank.");
        }
        if (m_images == ImageSource.VECTOR && (m_imageColumn == null || m_imageColumn.isBlank())) {
            throw new InvalidSettingsException(IMAGE_COLUMN + ": select the column holding the images.");
        }
    }
}
