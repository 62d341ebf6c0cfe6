package org.mnistlab.knime.node.sgdlearner;

import org.knime.core.node.port.image.ImagePortObject;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.mnistlab.knime.port.MnistLabModelPortObject;

/** The SGD Learner node: scikit-learn's {@code SGDClassifier}, fitted as scikit-learn fits it. */
public final class SGDLearnerNodeFactory extends DefaultNodeFactory {

    static final DefaultNode NODE = DefaultNode.create() //
        .name("SGD Learner (scikit-learn)") //
        .icon("./sgdlearner.png") //
        .shortDescription("Fits a linear classifier by stochastic gradient descent, exactly as scikit-learn's "
            + "SGDClassifier.") //
        .fullDescription("""
            <p>Fits a linear classifier (a linear SVM by default) with plain stochastic gradient descent, reproducing
            scikit-learn 1.2's <tt>SGDClassifier</tt> bit for bit: the same data, classes and settings give the same
            weights, intercepts and number of epochs. The defaults are scikit-learn's, with the lab's
            <tt>random_state=42</tt>, and learn the lab's binary classifier "is it a 5": on the first 60,000 MNIST
            images it trains 239 epochs.</p>
            <p>Binary mode learns "label = positive value" (classes <tt>False</tt> and <tt>True</tt>); multiclass
            mode fits one binary problem per class (one-vs-all, classes sorted as scikit-learn sorts them), in
            parallel and with results independent of the number of threads.</p>
            <p>The rows are read in table order; features must be numbers without missing values. Progress is
            reported per epoch, and the node can be canceled between epochs. If training stops at the maximum
            number of epochs without meeting the stopping rule, the node warns as scikit-learn does.</p>
            <p>The training log is what <tt>SGDClassifier(verbose=2)</tt> prints while it fits: after every epoch
            the norm of the weights, the number of non-zero weights, the intercept, the number of samples seen and
            the average loss, and finally "Convergence after N epochs". The lab's fit starts with
            <tt>Norm: 8147.16, NNZs: 624, Bias: 12.352211, T: 60000, Avg. loss: 96002.101183</tt> and converges
            after 239 epochs at an average loss of 77.87. The third output holds that log, the fourth shows the
            average loss per epoch. Recording it costs about 3% of the training time.</p>
            """) //
        .sinceVersion(5, 7, 0) //
        .ports(p -> p //
            .addInputTable("Training data", "The rows to learn from: a label column and numeric or vector feature "
                + "columns, e.g. the MNIST Reader's <tt>label</tt> and <tt>pixels</tt>.") //
            .addOutputPort("SGD model", "The fitted <tt>SGDClassifier</tt> for the SGD Predictor. Its spec lists "
                + "the classes, feature columns and hyper-parameters, and after execution the number of epochs "
                + "(<tt>n_iter_</tt>) and whether training converged.", MnistLabModelPortObject.TYPE) //
            .addOutputTable("Coefficients", "One row per binary problem, named by the class whose score it computes "
                + "(<tt>True</tt> in binary mode): the weight of each feature (<tt>coef_</tt>) and the "
                + "<tt>Intercept</tt> (<tt>intercept_</tt>).") //
            .addOutputTable("Training log", "What <tt>SGDClassifier(verbose=2)</tt> prints, a row per epoch of each "
                + "binary problem (one in binary mode, one per class in multiclass mode): the <tt>Class</tt> whose "
                + "samples are the positive ones, <tt>Epoch</tt>, <tt>Norm</tt> (as scikit-learn tracks the weights' "
                + "norm), <tt>NNZs</tt> (non-zero weights), <tt>Bias</tt> (the intercept), <tt>T</tt> (samples seen "
                + "so far) and <tt>Avg. loss</tt> as exact numbers, the <tt>Total training time (s)</tt> so far "
                + "(ours), the <tt>Log line</tt> as scikit-learn prints it, and on the last epoch of each class how "
                + "training <tt>Stopped</tt> (\"Convergence after N epochs\" or the maximum epochs reached). The "
                + "table's spec properties repeat how training stopped and scikit-learn's ConvergenceWarning, if "
                + "any.") //
            .addOutputPort("Training loss chart", "The average loss per epoch, one line per class, with how "
                + "training stopped (PNG).", ImagePortObject.TYPE)) //
        .model(m -> m //
            .parametersClass(SGDLearnerParameters.class) //
            .configure(SGDLearner::configure) //
            .execute(SGDLearner::execute)) //
        .nodeType(NodeType.Learner) //
        .keywords("SGD", "SGDClassifier", "stochastic gradient descent", "linear SVM", "hinge", "logistic regression",
            "one-vs-all", "classifier", "verbose", "training log", "loss curve", "epochs") //
        .addExternalResource(
            "https://scikit-learn.org/1.2/modules/generated/sklearn.linear_model.SGDClassifier.html",
            "scikit-learn 1.2: <tt>SGDClassifier</tt>");

    /** Instantiated by KNIME through plugin.xml. */
    public SGDLearnerNodeFactory() {
        super(NODE);
    }
}
