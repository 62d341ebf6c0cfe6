package org.mnistlab.engine.testing;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.linear.SGDParams;
import org.mnistlab.engine.selection.CrossValResult;
import org.mnistlab.engine.selection.CrossValidation;
import org.mnistlab.engine.selection.StratifiedKFold;
import org.mnistlab.testdata.MnistTestData;

/**
 * The lab's two computations on all 60,000 training images, the binary SGD fit and its stratified cross-validation,
 * each made once per test run and configuration and shared by the parity tests that check them: they take seconds,
 * and the tests look at them from several sides.
 */
public final class LabRun {

    /** The lab: {@code SGDClassifier(random_state=42)}, digit 5, {@code cv=3}. */
    public static final LabRun DEFAULT = new LabRun(42, "5", 3);

    /** The other configuration reference/lab_reference.py recorded (lab_alt.json): seed 7, digit 3, 4 folds. */
    public static final LabRun ALTERNATIVE = new LabRun(7, "3", 4);

    /** Folds and classes fitted at once; results never depend on it. */
    private static final int THREADS = Math.min(4, Parallel.defaultThreads());

    private final long m_seed;

    private final String m_positive;

    private final int m_folds;

    private SGDClassifier m_fit;

    private CrossValResult m_crossValidation;

    private LabRun(final long seed, final String positive, final int folds) {
        m_seed = seed;
        m_positive = positive;
        m_folds = folds;
    }

    /** @return random_state of the classifier */
    public long seed() {
        return m_seed;
    }

    /** @return the digit of the binary target */
    public String positive() {
        return m_positive;
    }

    /** @return the number of folds */
    public int folds() {
        return m_folds;
    }

    /** @return the classifier's parameters: scikit-learn's defaults with this seed */
    public SGDParams params() {
        return SGDParams.DEFAULTS.withRandomState(m_seed);
    }

    /** @return {@code X[:60000]} with its labels */
    public static Dataset train() {
        return MnistTestData.all().head(Mnist.TRAIN_SIZE);
    }

    /** @return "is it the positive digit" for the training images */
    public Target target() {
        return Target.binary(train().labels(), m_positive);
    }

    /** @return the binary fit on the 60,000 training images with its training log, made on first use */
    public synchronized SGDClassifier fit() {
        if (m_fit == null) {
            m_fit = SGDClassifier.fit(train().x(), target(), params(), THREADS, Monitor.NONE, true);
        }
        return m_fit;
    }

    /** @return the binary classifier's stratified k-fold cross-validation, made on first use */
    public synchronized CrossValResult crossValidation() {
        if (m_crossValidation == null) {
            m_crossValidation = CrossValidation.run(train().x(), target(), SGDClassifier.learner(params(), THREADS),
                new StratifiedKFold(m_folds), THREADS, Monitor.NONE);
        }
        return m_crossValidation;
    }
}
