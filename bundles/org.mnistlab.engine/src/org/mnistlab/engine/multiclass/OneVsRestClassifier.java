package org.mnistlab.engine.multiclass;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.ModelContainer;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

/**
 * A fitted one-vs-rest classifier, scikit-learn 1.2's {@code OneVsRestClassifier}: one binary model per class, fitted
 * by any {@link Learner} on "this class" (positive, the second class {@link Target#TRUE}) against "the others"
 * ({@link Target#FALSE}); the decision value of a class is its model's score and the prediction the class with the
 * highest score. With two classes, as scikit-learn's {@code LabelBinarizer}, there is a single model, for the second
 * class. The per-class fits run in parallel and are independent, so the result does not depend on the thread count.
 * Immutable.
 */
public final class OneVsRestClassifier implements Classifier, Persistable {

    /** The type tag under which {@link ModelContainer} records this model type. */
    public static final String TYPE_TAG = "ovr";

    private static final int BODY_VERSION = 1;

    /** Share of the progress for the learner's shared preparation ({@link Learner#forSamples}). */
    private static final double PREPARE_SHARE = 0.2;

    private final String[] m_classes;

    private final int m_numFeatures;

    private final List<Classifier> m_estimators;

    private OneVsRestClassifier(final String[] classes, final int numFeatures, final List<Classifier> estimators) {
        m_classes = classes;
        m_numFeatures = numFeatures;
        m_estimators = List.copyOf(estimators);
    }

    /**
     * Fits scikit-learn's {@code OneVsRestClassifier(estimator).fit(x, y)}.
     *
     * @param x training samples
     * @param y their labels; classes absent from y are dropped (scikit-learn's classes_ are np.unique(y))
     * @param learner fits one binary model; it receives all samples with labels {@link Target#FALSE} /
     *            {@link Target#TRUE} and must return a two-class model with a single score column
     * @param threads classes fitted at once (>= 1); the result does not depend on it
     * @param monitor progress, and cancel between classes
     * @return the fitted model
     * @throws IllegalArgumentException for no samples, mismatched lengths or fewer than two classes, or whatever
     *             the learner rejects; no model is returned
     */
    public static OneVsRestClassifier fit(final FeatureMatrix x, final Target y, final Learner learner,
        final int threads, final Monitor monitor) {
        Validation.checkThreads(threads);
        Validation.checkConsistentLength(x.rows(), y.size());
        Validation.checkMinSamples(x, "OneVsRestClassifier");
        final int[] all = new int[x.rows()];
        Arrays.setAll(all, i -> i);
        final Target classes = y.select(all);
        if (classes.numClasses() < 2) {
            throw new IllegalArgumentException("OneVsRestClassifier needs at least two classes; got "
                + classes.numClasses() + " class");
        }
        // LabelBinarizer: one column per class, but a single column (the second class) for two classes
        final int models = classes.numClasses() == 2 ? 1 : classes.numClasses();
        final int firstPositive = classes.numClasses() == 2 ? 1 : 0;
        final List<Classifier> estimators;
        try (Learner.Prepared prepared = learner.forSamples(x, monitor.sub(PREPARE_SHARE))) {
            estimators = Parallel.map(models, threads, m -> {
                final Monitor part = monitor.sub((1 - PREPARE_SHARE) / models);
                part.checkCanceled();
                final int positive = firstPositive + m;
                final int[] codes = new int[classes.size()];
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = classes.code(i) == positive ? 1 : 0;
                }
                final Classifier c =
                    prepared.fit(x, Target.ofCodes(new String[] {Target.FALSE, Target.TRUE}, codes), part);
                if (c.classes().length != 2) {
                    throw new IllegalArgumentException("the learner returned a model with " + c.classes().length
                        + " classes for the binary problem of class " + classes.className(positive));
                }
                part.progress(1, "fitted class " + classes.className(positive));
                return c;
            });
        }
        return new OneVsRestClassifier(classes.classes(), x.cols(), estimators);
    }

    /**
     * @param learner fits the binary models
     * @param threads classes fitted at once per fit (>= 1)
     * @return a learner fitting one-vs-rest classifiers, for cross-validation
     */
    public static Learner learner(final Learner learner, final int threads) {
        return (x, y, monitor) -> fit(x, y, learner, threads, monitor);
    }

    @Override
    public String[] classes() {
        return m_classes.clone();
    }

    @Override
    public int numFeatures() {
        return m_numFeatures;
    }

    /**
     * @return {@code estimators_}: the binary models, one per class (or one for two classes), in class order
     */
    public List<Classifier> estimators() {
        return m_estimators;
    }

    /**
     * scikit-learn's {@code decision_function}: per class its model's score (n x k), or for two classes the single
     * model's score (n x 1, positive for the second class).
     */
    @Override
    public Scores decisionFunction(final FeatureMatrix x) {
        if (m_estimators.size() == 1) {
            return scores(0, x);
        }
        final int n = x.rows();
        final int k = m_estimators.size();
        final double[] out = new double[n * k];
        for (int c = 0; c < k; c++) {
            final Scores s = scores(c, x);
            for (int r = 0; r < n; r++) {
                out[r * k + c] = s.values()[r];
            }
        }
        return new Scores(n, k, out);
    }

    /**
     * scikit-learn's {@code predict}: for two classes the second one where the score is positive; otherwise the
     * class of the highest score, scanning the classes in order with numpy's {@code maximum} (a NaN score sticks)
     * and taking the last class that equals the running maximum, so ties go to the later class.
     */
    @Override
    public int[] predict(final FeatureMatrix x) {
        final int n = x.rows();
        final int[] labels = new int[n];
        if (m_estimators.size() == 1) {
            final double[] s = scores(0, x).values();
            for (int r = 0; r < n; r++) {
                labels[r] = s[r] > 0 ? 1 : 0;
            }
            return labels;
        }
        final double[] maxima = new double[n];
        Arrays.fill(maxima, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < m_estimators.size(); c++) {
            final double[] s = scores(c, x).values();
            for (int r = 0; r < n; r++) {
                maxima[r] = Double.isNaN(maxima[r]) || Double.isNaN(s[r]) ? Double.NaN : Math.max(maxima[r], s[r]);
                if (maxima[r] == s[r]) {
                    labels[r] = c;
                }
            }
        }
        return labels;
    }

    private Scores scores(final int model, final FeatureMatrix x) {
        final Scores s = m_estimators.get(model).decisionFunction(x);
        if (s.columns() != 1) {
            throw new IllegalStateException("binary model " + model + " returned " + s.columns() + " score columns");
        }
        return s;
    }

    @Override
    public String typeTag() {
        return TYPE_TAG;
    }

    @Override
    public int bodyVersion() {
        return BODY_VERSION;
    }

    /**
     * Writes the classes and the binary models, each as a nested {@link ModelContainer}.
     *
     * @throws IOException also if a binary model is not {@link Persistable}
     */
    @Override
    public void writeBody(final DataOutputStream out) throws IOException {
        for (final Classifier c : m_estimators) {
            if (!(c instanceof Persistable)) {
                throw new IOException("cannot save a one-vs-rest model whose binary models (" + c.getClass().getName()
                    + ") cannot be saved");
            }
        }
        out.writeInt(m_classes.length);
        for (final String c : m_classes) {
            out.writeUTF(c);
        }
        out.writeInt(m_numFeatures);
        out.writeInt(m_estimators.size());
        for (final Classifier c : m_estimators) {
            ModelContainer.write((Persistable)c, out);
        }
    }

    /**
     * Reads a body written by {@link #writeBody}; read through {@link ModelContainer}.
     *
     * @param in positioned at the body
     * @param version the body version
     * @param nested reads each binary model's container (the registry of all model types)
     * @return the model
     * @throws IOException if the body is invalid or of an unknown version
     */
    public static OneVsRestClassifier read(final DataInputStream in, final int version,
        final ModelContainer.Reader nested) throws IOException {
        if (version != BODY_VERSION) {
            throw new IOException("saved one-vs-rest format " + version + " is not one this version understands ("
                + BODY_VERSION + ")");
        }
        final int k = in.readInt();
        if (k < 2) {
            throw new IOException("invalid saved one-vs-rest model: " + k + " classes");
        }
        final String[] classes = new String[k];
        for (int c = 0; c < k; c++) {
            classes[c] = in.readUTF();
        }
        final int numFeatures = in.readInt();
        final int count = in.readInt();
        if (count != (k == 2 ? 1 : k)) {
            throw new IOException("invalid saved one-vs-rest model: " + count + " binary models for " + k + " classes");
        }
        final List<Classifier> estimators = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            final Persistable p = nested.read(in);
            if (!(p instanceof Classifier c) || c.classes().length != 2 || c.numFeatures() != numFeatures) {
                throw new IOException("invalid saved one-vs-rest model: binary model " + m + " is " + p);
            }
            estimators.add(c);
        }
        return new OneVsRestClassifier(classes, numFeatures, estimators);
    }

    @Override
    public String toString() {
        return "OneVsRestClassifier[classes " + Arrays.toString(m_classes) + ", " + m_estimators.size()
            + " binary models]";
    }
}
