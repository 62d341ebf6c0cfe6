package org.mnistlab.engine.svm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

/**
 * A fitted C-support vector classifier, scikit-learn 1.2's {@code SVC}: libsvm's one-vs-one C-SVC, solved by libsvm
 * itself ({@code tw.edu.ntu.csie:libsvm} 3.35, unmodified) on exactly the sub-problems scikit-learn's libsvm solves,
 * so support vectors, coefficients and decision values agree with scikit-learn's.
 * <p>
 * Fitting groups the samples by class (stable; classes in sorted order), solves one two-class problem per class pair
 * (in parallel, results independent of the thread count) and assembles libsvm's model: the support vectors of all
 * pairs grouped by class, {@code dual_coef_} of shape (k - 1) x n_SV and one intercept per pair. Kernel values are
 * computed the way libsvm computes them; as far as memory allows they are precomputed with a faster loop (each
 * class's block once, each pair's cross block when the pair is solved) and handed to libsvm as a precomputed kernel,
 * which changes no value, only the speed. That memory, and libsvm's kernel cache, is reserved in one pool shared by
 * all fits of the process (half the heap), each fit holding at most {@link SVCParams#cacheSize()}; a fit that finds
 * too little free precomputes less or lets libsvm compute its kernel itself. Progress and cancel are checked between
 * class pairs and while kernel values are precomputed; libsvm's solver itself cannot be interrupted, so canceling
 * waits for the pairs being solved.
 * <p>
 * Agreement with scikit-learn: for integer-valued features (such as pixels) every kernel sum is exact, so the solver
 * sees the same single-precision kernel matrix and decision values agree to rounding of the last bits of
 * {@code exp} (Java's and glibc's differ in about 0.3% of arguments, by one ulp). For other features scikit-learn's
 * BLAS sums in a different order, which perturbs the solution at the level of the solver's float kernel cache.
 * The model is immutable.
 */
public final class SVC implements Classifier, Persistable {

    /** The type tag under which {@link org.mnistlab.engine.ModelContainer} records this model type. */
    public static final String TYPE_TAG = "svc";

    /** scikit-learn's class name, in messages. */
    static final String ESTIMATOR = "SVC";

    private static final int BODY_VERSION = 1;

    /** Rows predicted per parallel task. */
    private static final int PREDICT_BLOCK = 64;

    private final String[] m_classes;

    private final int m_numFeatures;

    private final SVCParams m_params;

    private final KernelFunction m_kernel;

    private final SparseRows m_supportVectors;

    private final int[] m_support;

    private final int[] m_nSupport;

    /** libsvm's sv_coef: pair (i, j) uses row j-1 for class i's vectors and row i for class j's. */
    private final double[][] m_coef;

    /** libsvm's rho per pair. */
    private final double[] m_rho;

    /** First support vector of each class. */
    private final int[] m_svStart;

    SVC(final String[] classes, final int numFeatures, final SVCParams params, final double gamma,
        final SparseRows supportVectors, final int[] support, final int[] nSupport, final double[][] coef,
        final double[] rho) {
        m_classes = classes;
        m_numFeatures = numFeatures;
        m_params = params;
        m_kernel = new KernelFunction(params.kernel(), gamma, params.coef0(), params.degree());
        m_supportVectors = supportVectors;
        m_support = support;
        m_nSupport = nSupport;
        m_coef = coef;
        m_rho = rho;
        m_svStart = new int[nSupport.length];
        for (int c = 1; c < nSupport.length; c++) {
            m_svStart[c] = m_svStart[c - 1] + nSupport[c - 1];
        }
    }

    /**
     * Fits scikit-learn's {@code SVC(**params).fit(x, y)}.
     *
     * @param x training samples, n x d, finite
     * @param y their labels; classes absent from y are dropped (scikit-learn's classes_ are np.unique(y))
     * @param params hyper-parameters
     * @param threads class pairs solved at once (>= 1); the result does not depend on it
     * @param monitor progress, and cancel between class pairs
     * @return the fitted model
     * @throws IllegalArgumentException for no samples, mismatched lengths, NaN or infinite values, fewer than two
     *             classes, or a diverged solution; no model is returned
     */
    public static SVC fit(final FeatureMatrix x, final Target y, final SVCParams params, final int threads,
        final Monitor monitor) {
        return SVCTraining.fit(x, y, params, threads, KernelMemory.shared(), monitor);
    }

    /**
     * A learner fitting SVCs with these parameters, for cross-validation and one-vs-rest. Prepared for one-vs-rest
     * ({@link Learner#forSamples}), it precomputes the kernel matrix of the samples once for all classes, if the
     * memory can be reserved, and holds it until the prepared learner is closed.
     *
     * @param params hyper-parameters
     * @param threads class pairs solved at once per fit (>= 1)
     * @return the learner
     */
    public static Learner learner(final SVCParams params, final int threads) {
        return new SVCLearner(params, threads, KernelMemory.shared());
    }

    @Override
    public String[] classes() {
        return m_classes.clone();
    }

    @Override
    public int numFeatures() {
        return m_numFeatures;
    }

    /** @return the hyper-parameters of the fit */
    public SVCParams params() {
        return m_params;
    }

    /** @return the gamma the kernel used ({@code _gamma}: 'scale' and 'auto' resolved on the training data) */
    public double gamma() {
        return m_kernel.gamma();
    }

    /** @return {@code support_}: training-sample indices of the support vectors, grouped by class (a copy) */
    public int[] support() {
        return m_support.clone();
    }

    /** @return {@code n_support_}: number of support vectors per class (a copy) */
    public int[] nSupport() {
        return m_nSupport.clone();
    }

    /** @return {@code support_vectors_}: the support vectors, in {@link #support()} order (immutable) */
    public FeatureMatrix supportVectors() {
        return m_supportVectors;
    }

    /**
     * @return {@code dual_coef_}, (k - 1) x n_SV: for the pair (i, j) the coefficients of class i's support vectors
     *         are in row j - 1 and those of class j's in row i; negated for two classes, as scikit-learn does (a copy)
     */
    public double[][] dualCoef() {
        final double sign = m_classes.length == 2 ? -1 : 1;
        final double[][] c = new double[m_coef.length][];
        for (int r = 0; r < c.length; r++) {
            c[r] = new double[m_coef[r].length];
            for (int s = 0; s < c[r].length; s++) {
                c[r][s] = sign * m_coef[r][s];
            }
        }
        return c;
    }

    /** @return {@code intercept_}, one per class pair: -rho, or rho for two classes, as scikit-learn (a copy) */
    public double[] intercept() {
        final double[] b = new double[m_rho.length];
        for (int p = 0; p < b.length; p++) {
            b[p] = m_classes.length == 2 ? m_rho[p] : -m_rho[p];
        }
        return b;
    }

    /**
     * scikit-learn's {@code decision_function}. Two classes: one column, positive for the second class (libsvm's
     * value negated). More classes: with shape {@link DecisionFunctionShape#OVR} one column per class (votes plus
     * squashed confidences), with {@link DecisionFunctionShape#OVO} one column per class pair, in pair order
     * (0,1), (0,2), ... (then the columns are not per class, unlike other classifiers).
     */
    @Override
    public Scores decisionFunction(final FeatureMatrix x) {
        if (m_params.decisionFunctionShape() == DecisionFunctionShape.OVO) {
            return ovoDecisionFunction(x);
        }
        final int k = m_classes.length;
        final double[] ovo = pairwise(x);
        if (k == 2) {
            return binary(ovo);
        }
        final int pairs = k * (k - 1) / 2;
        final int n = x.rows();
        final double[] dec = new double[pairs];
        final double[] out = new double[n * k];
        for (int r = 0; r < n; r++) {
            System.arraycopy(ovo, r * pairs, dec, 0, pairs);
            OneVsOne.toOvr(dec, k, out, r * k);
        }
        return new Scores(n, k, out);
    }

    /**
     * scikit-learn's {@code decision_function} with {@code decision_function_shape='ovo'}, whatever this model's
     * shape: libsvm's pairwise decision values, positive for the pair's first class, one column per pair (0,1),
     * (0,2), ...; for two classes the single column is negated (positive for the second class) as scikit-learn does.
     *
     * @param x samples
     * @return n x k(k-1)/2 scores
     */
    public Scores ovoDecisionFunction(final FeatureMatrix x) {
        final double[] ovo = pairwise(x);
        if (m_classes.length == 2) {
            return binary(ovo);
        }
        return new Scores(x.rows(), m_rho.length, ovo);
    }

    /**
     * scikit-learn's {@code predict}: libsvm's one-vs-one vote (ties to the lowest class), or with
     * {@link SVCParams#breakTies()} and more than two classes the first maximum of the ovr decision values.
     */
    @Override
    public int[] predict(final FeatureMatrix x) {
        final int k = m_classes.length;
        final int n = x.rows();
        final int[] labels = new int[n];
        if (m_params.breakTies() && k > 2) {
            final Scores s = decisionFunction(x);
            for (int r = 0; r < n; r++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (s.get(r, c) > s.get(r, best)) {
                        best = c;
                    }
                }
                labels[r] = best;
            }
            return labels;
        }
        final double[] ovo = pairwise(x);
        final int pairs = m_rho.length;
        final double[] dec = new double[pairs];
        for (int r = 0; r < n; r++) {
            System.arraycopy(ovo, r * pairs, dec, 0, pairs);
            labels[r] = OneVsOne.vote(dec, k);
        }
        return labels;
    }

    private static Scores binary(final double[] ovo) {
        final double[] s = new double[ovo.length];
        for (int r = 0; r < s.length; r++) {
            s[r] = -ovo[r];
        }
        return new Scores(s.length, 1, s);
    }

    /** libsvm's {@code svm_predict_values} for every row: n x pairs values, row-major. */
    private double[] pairwise(final FeatureMatrix x) {
        Validation.checkNFeatures(x, m_numFeatures, ESTIMATOR);
        final int n = x.rows();
        final int pairs = m_rho.length;
        final double[] out = new double[n * pairs];
        final int blocks = (n + PREDICT_BLOCK - 1) / PREDICT_BLOCK;
        Parallel.map(blocks, Parallel.defaultThreads(), b -> {
            final int first = b * PREDICT_BLOCK;
            final int end = Math.min(n, first + PREDICT_BLOCK);
            final int m = m_support.length;
            final double[] kvalues = new double[(end - first) * m];
            PredictionKernel.values(m_kernel, m_supportVectors, x, first, end, kvalues);
            for (int r = first; r < end; r++) {
                pairValues(kvalues, (r - first) * m, out, r * pairs);
            }
            return null;
        });
        return out;
    }

    /**
     * The pair sums of {@code svm_predict_values}: class i's terms, then class j's, minus rho.
     *
     * @param kvalue the sample's kernel values with every support vector, from {@code from}
     * @param from where they start
     * @param out receives the pairs' decision values
     * @param offset where
     */
    private void pairValues(final double[] kvalue, final int from, final double[] out, final int offset) {
        final int k = m_classes.length;
        int p = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                final double[] coefI = m_coef[j - 1];
                final double[] coefJ = m_coef[i];
                double sum = 0;
                for (int s = m_svStart[i], end = s + m_nSupport[i]; s < end; s++) {
                    sum += coefI[s] * kvalue[from + s];
                }
                for (int s = m_svStart[j], end = s + m_nSupport[j]; s < end; s++) {
                    sum += coefJ[s] * kvalue[from + s];
                }
                out[offset + p] = sum - m_rho[p];
                p++;
            }
        }
    }

    @Override
    public String typeTag() {
        return TYPE_TAG;
    }

    @Override
    public int bodyVersion() {
        return BODY_VERSION;
    }

    @Override
    public void writeBody(final DataOutputStream out) throws IOException {
        SVCFormat.write(this, out);
    }

    /**
     * Reads a body written by {@link #writeBody}; read through {@link org.mnistlab.engine.ModelContainer}.
     *
     * @param in positioned at the body
     * @param version the body version
     * @return the model
     * @throws IOException if the body is invalid or of an unknown version
     */
    public static SVC read(final DataInputStream in, final int version) throws IOException {
        return SVCFormat.read(in, version);
    }

    SparseRows supportVectorRows() {
        return m_supportVectors;
    }

    double[][] coef() {
        return m_coef;
    }

    double[] rho() {
        return m_rho;
    }

    @Override
    public String toString() {
        return "SVC[" + m_params.kernel() + ", classes " + Arrays.toString(m_classes) + ", n_support "
            + Arrays.toString(m_nSupport) + "]";
    }
}
