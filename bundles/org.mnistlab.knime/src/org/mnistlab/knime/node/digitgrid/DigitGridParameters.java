package org.mnistlab.knime.node.digitgrid;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.updates.util.BooleanReference;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;
import org.knime.node.parameters.widget.text.TextInputWidget;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.PatternValidation.IsNotBlankValidation;
import org.mnistlab.knime.table.LabelColumnsProvider;

/** Settings of the Digit Grid. Defaults draw the lab's picture: the first 100 digits, 10 per row, no captions. */
public final class DigitGridParameters implements NodeParameters {

    static final class CaptionsRef implements BooleanReference {
    }

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

    @Widget(title = PREFIX, description = "The pixels are the numeric columns named with this prefix followed by "
        + "0, 1, 2, ... (as the MNIST Reader names them: <tt>pixel_0</tt> to <tt>pixel_783</tt>), read row by row; "
        + "their number must be a square (784 = 28 x 28). Values are ink intensities, 0 (white) to 255 (black).")
    @TextInputWidget(patternValidation = IsNotBlankValidation.class)
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

    DigitGridParameters(final NodeParametersInput input) {
        LabelColumnsProvider.firstTextColumn(input).map(DataColumnSpec::getName).ifPresent(c -> m_captionColumn = c);
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_count < 1) {
            throw new InvalidSettingsException(COUNT + " must be at least 1, got " + m_count + ".");
        }
        if (m_columns < 1) {
            throw new InvalidSettingsException(COLUMNS + " must be at least 1, got " + m_columns + ".");
        }
        if (m_pixelPrefix == null || m_pixelPrefix.isBlank()) {
            throw new InvalidSettingsException(PREFIX + " must not be blank.");
        }
    }
}
