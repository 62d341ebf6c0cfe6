package org.mnistlab.knime.workflows;

import java.util.List;

import org.mnistlab.knime.node.digitgrid.DigitGridNodeFactory;
import org.mnistlab.knime.node.mnistreader.MnistReaderNodeFactory;

/**
 * The workflows shipped in {@code workflows/}: the lab of Hands-On Machine Learning chapter 3, step by step, built
 * from our nodes with the lab's settings, each step explained in an annotation as the book explains it. The MNIST
 * Reader keeps its default source ("download with cache"), which finds {@code $MNIST_DIR} or the per-user cache
 * first, so the workflows run on any machine.
 */
public final class LabWorkflows {

    /** When the workflows were authored (recorded in workflow.knime and the metadata). */
    static final String AUTHORED = "2026-11-25 12:00:00 +0000";

    /** Workflow 1. */
    public static final String EXPLORE = "MNIST Lab 1 - Explore MNIST";

    /** Texts under the nodes, which the tests use to find a node's outputs. */
    static final String READER = "Read the 70,000 digits";

    static final String FIRST_100 = "The first 100 digits";

    static final String FIRST_DIGIT = "The first digit and its label";

    static final String FIRST_DIGIT_TITLE = "some_digit = X[0], y[0] = '5'";

    /** Annotation border colours of KNIME's palette. */
    private static final int BLUE = 0x00A6E6;

    private static final int YELLOW = 0xFFD800;

    private static final String BOOK = "https://github.com/ageron/handson-ml3/blob/main/03_classification.ipynb";

    private LabWorkflows() {
    }

    /** @return every shipped workflow */
    public static List<WorkflowDefinition> all() {
        return List.of(explore());
    }

    /** @return workflow 1: read MNIST and look at it */
    static WorkflowDefinition explore() {
        final WorkflowDefinition w = common(EXPLORE, """
            Step 1 of the MNIST lab (Hands-On Machine Learning, chapter 3): read the 70,000 MNIST digits as the \
            lab's fetch_openml("mnist_784") returns them and look at them: the first digit (a 5) and the first \
            100 digits as a 10 x 10 grid.""");
        w.annotation(40, 20, 780, 150, BLUE, """
            <p><strong>Step 1: explore MNIST.</strong> The lab starts with <em>fetch_openml("mnist_784", \
            as_frame=False)</em>: 70,000 small images of handwritten digits, each 28 x 28 = 784 pixels with values \
            from 0 (white) to 255 (black), and their labels, the digits "0" to "9" as text.</p>\
            <p>The <strong>MNIST Reader</strong> outputs them as a table in the same order: the 60,000 training \
            images, then the 10,000 test images, one row per image with a <em>label</em> column and the pixel \
            columns <em>pixel_0</em> to <em>pixel_783</em> (X.shape is (70000, 784)). It finds the four MNIST files \
            in $MNIST_DIR or its cache folder, and downloads them on first use.</p>""");
        w.annotation(40, 430, 780, 110, YELLOW, """
            <p><strong>Look at the data.</strong> The lab plots the first image, <em>some_digit = X[0]</em>: it \
            looks like a 5, and <em>y[0]</em> is indeed "5". Then it plots the first 100 images to show how varied \
            the handwriting is. Each <strong>Digit Grid</strong> outputs its picture at an image port: right-click \
            the node and open the port view.</p>""");
        final var reader = w.node(new MnistReaderNodeFactory(), READER, 100, 260);
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

    private static WorkflowDefinition common(final String name, final String description) {
        return new WorkflowDefinition(name).description(description) //
            .tags("MNIST", "classification", "scikit-learn", "Hands-On Machine Learning") //
            .link(BOOK, "The lab: Hands-On Machine Learning, chapter 3 (notebook)");
    }
}
