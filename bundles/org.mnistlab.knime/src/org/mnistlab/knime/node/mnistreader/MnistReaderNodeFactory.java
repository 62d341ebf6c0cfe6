package org.mnistlab.knime.node.mnistreader;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;

/** The MNIST Reader node: the lab's 70,000 digits as a table. */
public final class MnistReaderNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("MNIST Reader") //
        .icon("./mnistreader.png") //
        .shortDescription("Reads the MNIST handwritten digits as a table of labels and 784 pixel columns.") //
        .fullDescription("""
            <p>Reads the MNIST database of handwritten digits from its four original IDX files (raw or
            gzip-compressed) and outputs one row per image: the digit's label as text (<tt>"0"</tt> to <tt>"9"</tt>)
            and its 28 x 28 pixels as the integer columns <tt>pixel_0</tt> to <tt>pixel_783</tt> (row by row,
            0 = background, 255 = full ink).</p>
            <p>The rows come in the order of OpenML's <tt>mnist_784</tt>, which scikit-learn's
            <tt>fetch_openml</tt> returns and the lab uses: the 60,000 training images, then the 10,000 test images.
            Row IDs are <tt>Row</tt> plus the image's position in that order, so <tt>Row60000</tt> is the first
            test image whichever subset is read.</p>
            <p>By default the files come from the per-user cache folder <tt>~/.cache/mnistlab/mnist</tt> (the
            home folder of the user running KNIME), and those it lacks are first downloaded there from the standard
            MNIST mirrors; a local folder can be read instead. The settings say everything the node reads: it
            consults no environment variable and starts no other program, so a shared workflow reads the same files
            on every machine. With <i>Verify checksums</i> (the default) the files must be the original MNIST files;
            downloads are always verified before they enter the cache. Several readers filling one cache at once, in
            one workflow, in several or in <tt>bin/lab105</tt>, take turns (a lock file in the cache folder), so each
            file is downloaded once.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p.addOutputTable("Digits", "One row per image: <tt>label</tt> (string), <tt>pixel_0</tt> to "
            + "<tt>pixel_783</tt> (integers 0 to 255) and, if chosen, <tt>image</tt> (PNG).")) //
        .model(m -> m //
            .parametersClass(MnistReaderParameters.class) //
            .configure(MnistReader::configure) //
            .execute(MnistReader::execute)) //
        .nodeType(NodeType.Source) //
        .keywords("MNIST", "digits", "IDX", "handwritten", "image", "fetch_openml", "mnist_784") //
        .addExternalResource("http://yann.lecun.com/exdb/mnist/", "The MNIST database of handwritten digits") //
        .addExternalResource("https://www.openml.org/d/554", "OpenML data set 554: <tt>mnist_784</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public MnistReaderNodeFactory() {
        super(NODE);
    }
}
