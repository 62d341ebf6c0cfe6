package org.mnistlab.knime.node.svmlearner;

import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

/** The SVC Learner node: scikit-learn's {@code SVC} and {@code OneVsRestClassifier(SVC())} on libsvm. */
public final class SVMLearnerNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("SVC Learner (scikit-learn)") //
        .icon("./svmlearner.png") //
        .shortDescription("Fits a support vector classifier with libsvm, as scikit-learn's SVC.") //
        .fullDescription("""
            <p>Fits a C-support vector classifier with libsvm exactly as scikit-learn 1.2's <tt>SVC</tt> does: the
            samples are grouped by class in scikit-learn's order and every class pair is solved by libsvm itself,
            so support vectors, coefficients and decision scores agree with scikit-learn's (to the last bits of
            <tt>exp</tt>). The defaults are <tt>SVC()</tt>: RBF kernel, <tt>C=1</tt>, <tt>gamma='scale'</tt>. On the
            first 2,000 MNIST training images it misclassifies images 48, 70 and 80 of the first 100, as in the
            lab.</p>
            <p>More than two classes are learned one-vs-one (libsvm's pairwise model, class pairs solved in
            parallel) or, with the one-vs-rest strategy, as <tt>OneVsRestClassifier(SVC())</tt>: one binary SVC per
            class against all others. The results never depend on the number of threads.</p>
            <p>Features must be numbers without missing values. Progress is reported per class pair (or class), and
            the node can be canceled between them.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Training data", "The rows to learn from: a label column and numeric feature columns, "
                + "e.g. the MNIST Reader's <tt>label</tt> and <tt>pixel_0</tt> to <tt>pixel_783</tt>.") //
            .addOutputPort("SVM model", "The fitted <tt>SVC</tt> or <tt>OneVsRestClassifier(SVC())</tt> for the "
                + "SVC Predictor. Its spec lists the classes, feature columns and hyper-parameters, and after "
                + "execution the gamma used (<tt>_gamma</tt>) and the number of support vectors.",
                MnistLabModelPortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(SVMLearnerParameters.class) //
            .configure(SVMLearner::configure) //
            .execute(SVMLearner::execute)) //
        .nodeType(NodeType.Learner) //
        .keywords("SVM", "SVC", "support vector machine", "libsvm", "RBF", "kernel", "one-vs-one", "one-vs-rest",
            "OneVsRestClassifier", "classifier") //
        .addExternalResource("https://scikit-learn.org/1.2/modules/generated/sklearn.svm.SVC.html",
            "scikit-learn 1.2: <tt>SVC</tt>") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.multiclass.OneVsRestClassifier.html",
            "scikit-learn 1.2: <tt>OneVsRestClassifier</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public SVMLearnerNodeFactory() {
        super(NODE);
    }
}
