package org.mnistlab.engine.linear;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;
import org.mnistlab.engine.validation.Validation;

/**
 * A linear classifier fitted by plain stochastic gradient descent: scikit-learn 1.2's {@code SGDClassifier} with
 * {@code average=False}, no early stopping and no weights, on dense data. Same data, labels and parameters give
 * bit-identical {@code coef_}, {@code intercept_} and {@code n_iter_} (log loss and the invscaling schedule go
 * through exp/pow and agree to rounding, see {@link LossFunction}).
 * <p>
 * Two classes make one binary problem whose positive class is the second; more classes are fitted one-vs-all, one
 * binary problem per class (in parallel), and {@link #nIter()} is the largest epoch count. Immutable.
 */
public final class SGDClassifier implements Classifier, Persistable {

    /** The type tag under which {@link org.mnistlab.engine.ModelContainer} records this model type. */
    public static final String TYPE_TAG = "sgd";

    /** scikit-learn's class name, in messages. */
    static final String ESTIMATOR = "SGDClassifier";

    private static final int BODY_VERSION = 1;

    /** numpy's {@code np.iinfo(np.int32).max}, the bound of scikit-learn's seed draws. */
    private static final long MAX_INT = Integer.MAX_VALUE;

    private final String[] m_classes;

    private final int m_numFeatures;

    /** One row for two classes, else one per class. */
    private final double[][] m_coef;

    private final double[] m_intercept;

    private final int m_nIter;

    private final boolean m_converged;

    private final SGDParams m_params;

    /** The fit's verbose log, {@code null} when not recorded; never saved (see {@link #writeBody}). */
    private final SGDTrainingLog m_log;

    private SGDClassifier(final String[] classes, final int numFeatures, final double[][] coef,
        final double[] intercept, final int nIter, final boolean converged, final SGDParams params,
        final SGDTrainingLog log) {
        m_classes = classes;
        m_numFeatures = numFeatures;
        m_coef = coef;
        m_intercept = intercept;
        m_nIter = nIter;
        m_converged = converged;
        m_params = params;
        m_log = log;
    }

    /**
     * Fits the model, as {@code SGDClassifier(**params).fit(X, y)}.
     *
     * @param x samples, finite values
     * @param y labels, one per sample, at least two classes
     * @param params hyper-parameters
     * @param threads how many one-vs-all problems may run at once (results never depend on it)
     * @param monitor progress per epoch (each class of K gets 1/K) and cancellation
     * @return the fitted model
     * @throws IllegalArgumentException for empty or non-finite data, mismatched lengths, a single class, or weights
     *             that overflowed during training (scikit-learn's messages)
     */
    public static SGDClassifier fit(final FeatureMatrix x, final Target y, final SGDParams params, final int threads,
        final Monitor monitor) {
        return fit(x, y, params, threads, monitor, false);
    }

    /**
     * Fits the model, as {@code SGDClassifier(**params).fit(X, y)}, and optionally keeps the training log that
     * {@code verbose=2} prints ({@link #trainingLog()}). The log changes no result; not recording it costs nothing
     * measurable.
     *
     * @param x samples, finite values
     * @param y labels, one per sample, at least two classes
     * @param params hyper-parameters
     * @param threads how many one-vs-all problems may run at once (results never depend on it)
     * @param monitor progress per epoch (each class of K gets 1/K) and cancellation
     * @param recordLog whether to keep the training log
     * @return the fitted model
     * @throws IllegalArgumentException for empty or non-finite data, mismatched lengths, a single class, or weights
     *             that overflowed during training (scikit-learn's messages)
     */
    public static SGDClassifier fit(final FeatureMatrix x, final Target y, final SGDParams params, final int threads,
        final Monitor monitor, final boolean recordLog) {
        // check_X_y, then the target check of fit
        Validation.checkArray(x, ESTIMATOR);
        Validation.checkConsistentLength(x.rows(), y.size());
        Validation.assertAllFinite(x);
        Validation.checkClassCount(y);
        Validation.checkThreads(threads);
        final int k = y.numClasses();
        // one training layout shared (read-only) by all one-vs-all problems
        final TrainingRows rows = TrainingRows.of(x);
        final double[][] coef;
        final double[] intercept;
        final List<PlainSGD.Result> fits;
        int nIter = 0;
        if (k == 2) {
            // fit_binary(..., random_state=self.random_state): the positive class is classes_[1]
            final PlainSGD.Result r =
                fitBinary(rows, y, 1, new RandomState(params.randomState()), params, recordLog, monitor);
            coef = new double[][]{r.coef()};
            intercept = new double[]{r.intercept()};
            nIter = r.nIter();
            fits = List.of(r);
        } else {
            // _fit_multiclass draws every class's seed before fitting any, so threads share no generator
            final long[] seeds = new RandomState(params.randomState()).randints(MAX_INT, k);
            // a failing class reports as in scikit-learn's sequential loop: Parallel.map rethrows the first in order
            fits = Parallel.map(k, threads,
                c -> fitBinary(rows, y, c, new RandomState(seeds[c]), params, recordLog, monitor.sub(1.0 / k)));
            coef = new double[k][];
            intercept = new double[k];
            for (int c = 0; c < k; c++) {
                final PlainSGD.Result r = fits.get(c);
                coef[c] = r.coef();
                intercept[c] = r.intercept();
                nIter = Math.max(nIter, r.nIter());
            }
        }
        // scikit-learn warns (ConvergenceWarning) when a stopping rule was set but never fired
        final boolean converged = params.tol() == null || nIter < params.maxIter();
        SGDTrainingLog log = null;
        if (recordLog) {
            final List<SGDProblemLog> problems = new ArrayList<>(fits.size());
            fits.forEach(r -> problems.add(r.log()));
            log = new SGDTrainingLog(problems, !converged);
        }
        return new SGDClassifier(y.classes(), x.cols(), coef, intercept, nIter, converged, params, log);
    }

    /** {@code fit_binary}: class c against the rest, with the two draws it makes from its generator. */
    private static PlainSGD.Result fitBinary(final TrainingRows x, final Target y, final int c, final RandomState rs,
        final SGDParams params, final boolean log, final Monitor monitor) {
        final double[] yc = new double[y.size()];
        for (int i = 0; i < yc.length; i++) {
            yc[i] = y.code(i) == c ? 1.0 : -1.0;
        }
        // make_dataset draws the dataset's own seed, unused by plain SGD, then fit_binary the shuffle seed
        rs.randint(1, Integer.MAX_VALUE);
        final long seed = rs.randint(MAX_INT);
        return PlainSGD.fit(x, yc, params, seed, log ? VerboseLog.recording(x, y.className(c)) : VerboseLog.NONE,
            monitor);
    }

    /**
     * @param params hyper-parameters
     * @param threads how many one-vs-all problems may run at once
     * @return a learner fitting {@code SGDClassifier}s, for cross-validation and one-vs-rest
     */
    public static Learner learner(final SGDParams params, final int threads) {
        return (x, y, monitor) -> fit(x, y, params, threads, monitor);
    }

    /** @return {@code coef_}: one row for two classes, else one per class, each {@link #numFeatures()} long (a copy) */
    public double[][] coef() {
        final double[][] c = new double[m_coef.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = m_coef[i].clone();
        }
        return c;
    }

    /** @return {@code intercept_}, one per row of {@link #coef()} (a copy) */
    public double[] intercept() {
        return m_intercept.clone();
    }

    /** @return {@code n_iter_}: epochs run, the largest over the one-vs-all problems */
    public int nIter() {
        return m_nIter;
    }

    /**
     * @return false when scikit-learn would warn "Maximum number of iteration reached before convergence" (tol set
     *         and {@link #nIter()} equal to {@code max_iter})
     */
    public boolean converged() {
        return m_converged;
    }

    /**
     * @return the log of the fit ({@code verbose=2}'s epochs and stop reasons), if the fit was asked to record it;
     *         empty for a model read back from bytes, since the log is not saved
     */
    public Optional<SGDTrainingLog> trainingLog() {
        return Optional.ofNullable(m_log);
    }

    /** @return the hyper-parameters it was fitted with */
    public SGDParams params() {
        return m_params;
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
     * {@code X @ coef_.T + intercept_}, each inner product summed sequentially; scikit-learn uses BLAS, whose
     * summation order differs, so values agree to about 1e-15 relative (not bit for bit).
     */
    @Override
    public Scores decisionFunction(final FeatureMatrix x) {
        Validation.checkArray(x, ESTIMATOR);
        Validation.checkNFeatures(x, m_numFeatures, ESTIMATOR);
        Validation.assertAllFinite(x);
        final int n = x.rows();
        final int k = m_coef.length;
        final double[] s = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                s[i * k + c] = x.dot(i, m_coef[c]) + m_intercept[c];
            }
        }
        return new Scores(n, k, s);
    }

    /** Binary: the second class where the score is > 0; multiclass: the first class with the largest score. */
    @Override
    public int[] predict(final FeatureMatrix x) {
        final Scores s = decisionFunction(x);
        final int[] pred = new int[s.rows()];
        for (int i = 0; i < pred.length; i++) {
            if (s.columns() == 1) {
                pred[i] = s.get(i, 0) > 0 ? 1 : 0;
            } else {
                int best = 0;
                for (int c = 1; c < s.columns(); c++) {
                    if (s.get(i, c) > s.get(i, best)) {
                        best = c;
                    }
                }
                pred[i] = best;
            }
        }
        return pred;
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
     * Body version 1: classes, feature count, coef rows, intercepts, n_iter, converged, parameters as text. The
     * training log is left out: it describes one fit, timings included, rather than the model, so that a model saves
     * to the same bytes whether or not its fit recorded a log (and models saved before logs existed stay readable).
     */
    @Override
    public void writeBody(final DataOutputStream out) throws IOException {
        out.writeInt(m_classes.length);
        for (final String c : m_classes) {
            out.writeUTF(c);
        }
        out.writeInt(m_numFeatures);
        out.writeInt(m_coef.length);
        for (final double[] row : m_coef) {
            for (final double v : row) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        }
        for (final double v : m_intercept) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
        out.writeInt(m_nIter);
        out.writeBoolean(m_converged);
        final Map<String, String> p = m_params.toProperties();
        out.writeInt(p.size());
        for (final Map.Entry<String, String> e : p.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    /**
     * Reads a body written by {@link #writeBody}; read through {@link org.mnistlab.engine.ModelContainer}.
     *
     * @param in positioned at the body
     * @param version the body version
     * @return the model
     * @throws IOException if the version is unknown or the body inconsistent
     */
    public static SGDClassifier read(final DataInputStream in, final int version) throws IOException {
        if (version != BODY_VERSION) {
            throw new IOException("SGDClassifier model format " + version + " is not one this version understands ("
                + BODY_VERSION + ")");
        }
        final int k = in.readInt();
        if (k < 2 || k > 1 << 20) {
            throw new IOException("corrupt SGDClassifier model: " + k + " classes");
        }
        final String[] classes = new String[k];
        for (int c = 0; c < k; c++) {
            classes[c] = in.readUTF();
        }
        final int d = in.readInt();
        final int rows = in.readInt();
        if (d < 1 || rows != (k == 2 ? 1 : k)) {
            throw new IOException("corrupt SGDClassifier model: " + rows + " coefficient rows of " + d
                + " features for " + k + " classes");
        }
        final double[][] coef = new double[rows][d];
        for (final double[] row : coef) {
            for (int j = 0; j < d; j++) {
                row[j] = Double.longBitsToDouble(in.readLong());
            }
        }
        final double[] intercept = new double[rows];
        for (int r = 0; r < rows; r++) {
            intercept[r] = Double.longBitsToDouble(in.readLong());
        }
        final int nIter = in.readInt();
        final boolean converged = in.readBoolean();
        final int np = in.readInt();
        final Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < np; i++) {
            p.put(in.readUTF(), in.readUTF());
        }
        final SGDParams params;
        try {
            params = SGDParams.fromProperties(p);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt SGDClassifier model: " + e.getMessage(), e);
        }
        return new SGDClassifier(classes, d, coef, intercept, nIter, converged, params, null);
    }

    @Override
    public String toString() {
        return "SGDClassifier[" + m_classes.length + " classes, " + m_numFeatures + " features, loss "
            + m_params.loss().sklearnName() + ", " + m_nIter + " epochs]";
    }
}
