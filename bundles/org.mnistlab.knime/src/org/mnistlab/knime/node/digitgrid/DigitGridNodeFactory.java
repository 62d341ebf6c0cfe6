package org.mnistlab.knime.node.digitgrid;

import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The Digit Grid node: the lab's picture of the first digits. */
public final class DigitGridNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("Digit Grid") //
        .icon("./digitgrid.png") //
        .shortDescription("Draws the first digits of a table as a grid of images.") //
        .fullDescription("""
            <p>Draws the images of the first rows of a table in a grid, as the lab's <tt>plot_digits</tt> does:
            black ink on white, no axes, the first 100 digits in rows of 10 by default. Each row's image is read from
            a vector column holding its pixels (the MNIST Reader's <tt>pixels</tt>, a byte vector of 784 values) or
            from numbered pixel columns (<tt>pixel_0</tt> to <tt>pixel_783</tt>), so any table of square
            grey-scale images works, e.g. the output of the MNIST Reader or rows selected by other nodes.</p>
            <p>Optionally each digit is captioned with the value of a column, e.g. its label or a prediction.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Digits", "A table with an image column or numbered pixel columns, e.g. from the MNIST "
                + "Reader.") //
            .addOutputPort("Grid", "The digits as one PNG image.", ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(DigitGridParameters.class) //
            .configure(DigitGrid::configure) //
            .execute(DigitGrid::execute)) //
        .nodeType(NodeType.Visualizer) //
        .keywords("MNIST", "digits", "image", "grid", "plot_digits", "picture");

    /** Instantiated by KNIME through plugin.xml. */
    public DigitGridNodeFactory() {
        super(NODE);
    }
}
