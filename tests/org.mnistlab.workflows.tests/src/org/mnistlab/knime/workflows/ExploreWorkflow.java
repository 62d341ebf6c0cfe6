package org.mnistlab.knime.workflows;

import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;

/** Workflow 1: read MNIST and look at it (the lab's first step). */
final class ExploreWorkflow {

    static final String NAME = "MNIST Lab 1 - Explore MNIST";

    static final String FIRST_DIGIT = "The first digit and its label";

    static final String FIRST_100 = "The first 100 digits";

    static final String FIRST_DIGIT_TITLE = "some_digit = X[0], y[0] = '5'";

    private ExploreWorkflow() {
    }

    static WorkflowDefinition definition() {
        final WorkflowDefinition w = LabWorkflows.workflow(NAME, """
            Step 1 of the MNIST lab (Hands-On Machine Learning, chapter 3): read the 70,000 MNIST digits as the \
            lab's fetch_openml("mnist_784") returns them and look at them: the first digit (a 5) and the first \
            100 digits as a 10 x 10 grid.""");
        w.annotation(40, 20, 780, 180, LabWorkflows.BLUE, """
            <p><strong>Step 1: explore MNIST.</strong> The lab starts with <em>fetch_openml("mnist_784", \
            as_frame=False)</em>: 70,000 small images of handwritten digits, each 28 x 28 = 784 pixels with values \
            from 0 (white) to 255 (black), and their labels, the digits "0" to "9" as text.</p>\
            <p>The <strong>MNIST Reader</strong> outputs them as a table in the same order: the 60,000 training \
            images, then the 10,000 test images, one row per image with a <em>label</em> column and the image in \
            one cell of the column <em>pixels</em>: a vector of its 784 values <em>pixel_0</em> to \
            <em>pixel_783</em> (X.shape is (70000, 784)), which every MNIST Lab node reads as 784 features. (For \
            KNIME's own nodes on single pixels, choose "784 integer columns" in the Reader's dialog.) It finds the \
            four MNIST files in $MNIST_DIR or its cache folder, and downloads them on first use.</p>""");
        w.annotation(40, 430, 780, 110, LabWorkflows.YELLOW, """
            <p><strong>Look at the data.</strong> The lab plots the first image, <em>some_digit = X[0]</em>: it \
            looks like a 5, and <em>y[0]</em> is indeed "5". Then it plots the first 100 images to show how varied \
            the handwriting is. Each <strong>Digit Grid</strong> outputs its picture at an image port: right-click \
            the node and open the port view.</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), LabWorkflows.READER, 100, 260);
        final var first = w.node(new DigitGridNodeFactory(), FIRST_DIGIT, 420, 210) //
            .set("count", 1) //
            .set("columns", 1) //
            .set("captions", true) //
            .set("captionColumn", "label") //
            .set("title", FIRST_DIGIT_TITLE);
        final var grid = w.node(new DigitGridNodeFactory(), FIRST_100, 420, 330);
        w.connect(reader, 0, first, 0);
        w.connect(reader, 0, grid, 0);
        return w;
    }
}
