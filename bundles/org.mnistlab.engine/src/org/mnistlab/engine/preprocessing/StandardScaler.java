package org.mnistlab.engine.preprocessing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.validation.Validation;

/**
 * A fitted scikit-learn {@code StandardScaler}: per feature the mean and the population variance (ddof 0) of the
 * training samples, and {@code transform} = {@code (x - mean) / scale}.
 * <p>
 * Fitting reproduces scikit-learn 1.2's arithmetic on dense input ({@code _incremental_mean_and_var} on a fresh
 * scaler), so {@link #mean()}, {@link #var()} and {@link #scale()} are bit-identical to {@code mean_}, {@code var_},
 * {@code scale_}: sum = sequential column sum; mean = sum / n; with T = sum / n, var = (sum (x - T)^2 - (sum (x - T))^2
 * / n) / n (the corrected two-pass algorithm); scale = sqrt(var), except 1 for features indistinguishable from
 * constant ({@code var <= n eps var + (n mean eps)^2}). Unlike scikit-learn, which skips NaN when fitting, missing or
 * infinite values are rejected.
 */
public final class StandardScaler implements Persistable {

    /** The type tag of saved scalers. */
    public static final String TYPE_TAG = "scaler";

    /** scikit-learn's class name, in messages. */
    private static final String ESTIMATOR = "StandardScaler";

    private static final int BODY_VERSION = 1;

    private static final double EPS = Math.ulp(1.0);

    private static final int ROWS_PER_CHECK = 4096;

    private final ScalerParams m_params;

    private final long m_nSamplesSeen;

    private final double[] m_mean;

    private final double[] m_var;

    private final double[] m_scale;

    private StandardScaler(final ScalerParams params, final long nSamplesSeen, final double[] mean,
        final double[] var, final double[] scale) {
        m_params = params;
        m_nSamplesSeen = nSamplesSeen;
        m_mean = mean;
        m_var = var;
        m_scale = scale;
    }

    /**
     * {@code StandardScaler(with_mean, with_std).fit(X)}.
     *
     * @param x training samples, finite, at least one row and one column
     * @param params centering and scaling options
     * @param monitor progress and cancel
     * @return the fitted scaler
     */
    public static StandardScaler fit(final FeatureMatrix x, final ScalerParams params, final Monitor monitor) {
        Validation.checkArray(x, ESTIMATOR);
        final int n = x.rows();
        final int d = x.cols();
        // first pass: column sums; zero entries leave a sum that started at +0 unchanged, so only non-zeros are added
        final double[] sum = new double[d];
        final int[] index = new int[d];
        final double[] value = new double[d];
        for (int r = 0; r < n; r++) {
            checkpoint(r, n, 0, monitor);
            final int nnz = x.nonZeros(r, index, value);
            for (int k = 0; k < nnz; k++) {
                Validation.checkFinite(value[k], r, index[k]);
                sum[index[k]] += value[k];
            }
        }
        final double[] mean = new double[d];
        final double[] shift = new double[d];
        for (int j = 0; j < d; j++) {
            // scikit-learn's updated mean adds the (zero) previous sum; T is the new batch's own mean
            mean[j] = (0.0 + sum[j]) / n;
            shift[j] = sum[j] / n;
        }
        // second pass: every entry counts, zeros included, in row order
        final double[] correction = new double[d];
        final double[] squares = new double[d];
        final double[] row = new double[d];
        for (int r = 0; r < n; r++) {
            checkpoint(r, n, 0.5, monitor);
            x.copyRow(r, row);
            for (int j = 0; j < d; j++) {
                final double t = row[j] - shift[j];
                correction[j] += t;
                squares[j] += t * t;
            }
        }
        final double[] var = new double[d];
        final double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            var[j] = (squares[j] - correction[j] * correction[j] / n) / n;
            final double bound = mean[j] * n * EPS;
            final boolean constant = var[j] <= (double)n * EPS * var[j] + bound * bound;
            scale[j] = constant ? 1.0 : Math.sqrt(var[j]);
        }
        monitor.progress(1, "scaler fitted");
        return new StandardScaler(params, n, mean, var, scale);
    }

    /**
     * {@code StandardScaler().fit(X)}: center and scale.
     *
     * @param x training samples, finite
     * @param monitor progress and cancel
     * @return the fitted scaler
     */
    public static StandardScaler fit(final FeatureMatrix x, final Monitor monitor) {
        return fit(x, new ScalerParams(), monitor);
    }

    private static void checkpoint(final int r, final int n, final double base, final Monitor monitor) {
        if (r % ROWS_PER_CHECK == 0) {
            monitor.checkCanceled();
            monitor.progress(base + 0.5 * r / n, null);
        }
    }

    /** @return the options the scaler was fitted with */
    public ScalerParams params() {
        return m_params;
    }

    /** @return number of features */
    public int numFeatures() {
        return m_mean.length;
    }

    /** @return number of training samples, {@code n_samples_seen_} */
    public long nSamplesSeen() {
        return m_nSamplesSeen;
    }

    /**
     * @return per-feature mean, {@code mean_} (a copy); computed whatever the options, where scikit-learn leaves it
     *         {@code None} if neither centering nor scaling
     */
    public double[] mean() {
        return m_mean.clone();
    }

    /** @return per-feature population variance, {@code var_} (a copy); scikit-learn's is {@code None} without scaling */
    public double[] var() {
        return m_var.clone();
    }

    /** @return per-feature divisor, {@code scale_} (a copy); scikit-learn's is {@code None} without scaling */
    public double[] scale() {
        return m_scale.clone();
    }

    /**
     * The standardized value of one feature, as {@code transform}: {@code x -= mean_} then {@code x /= scale_}.
     *
     * @param x a value of feature j
     * @param j feature index
     * @return the transformed value
     */
    public double transform(final double x, final int j) {
        double z = x;
        if (m_params.withMean()) {
            z -= m_mean[j];
        }
        if (m_params.withStd()) {
            z /= m_scale[j];
        }
        return z;
    }

    /**
     * {@code transform(X)} as a view that standardizes on the fly: nothing is copied, so cross-validation can scale
     * 60,000 x 784 digits per fold without allocating 376 MB each time. The values equal those of
     * {@link #transformDense} bit for bit. Centered data is no longer sparse: the view's row operations visit all
     * columns.
     *
     * @param x samples with {@link #numFeatures()} columns
     * @return the standardized samples
     */
    public FeatureMatrix transform(final FeatureMatrix x) {
        checkFeatures(x);
        if (!m_params.withMean() && !m_params.withStd()) {
            return x;
        }
        return new StandardizedMatrix(x, this);
    }

    /**
     * {@code transform(X)} into a new dense matrix, for data small enough to hold as doubles (faster to read than the
     * view).
     *
     * @param x samples with {@link #numFeatures()} columns
     * @return the standardized samples
     */
    public DenseMatrix transformDense(final FeatureMatrix x) {
        checkFeatures(x);
        final int n = x.rows();
        final int d = x.cols();
        final double[] values = new double[Math.multiplyExact(n, d)];
        final double[] row = new double[d];
        for (int r = 0; r < n; r++) {
            x.copyRow(r, row);
            for (int j = 0; j < d; j++) {
                values[r * d + j] = transform(row[j], j);
            }
        }
        return DenseMatrix.wrap(n, d, values);
    }

    private void checkFeatures(final FeatureMatrix x) {
        Validation.checkNFeatures(x, m_mean.length, ESTIMATOR);
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
        out.writeBoolean(m_params.withMean());
        out.writeBoolean(m_params.withStd());
        out.writeLong(m_nSamplesSeen);
        out.writeInt(m_mean.length);
        for (final double[] a : new double[][] {m_mean, m_var, m_scale}) {
            for (final double v : a) {
                out.writeDouble(v);
            }
        }
    }

    /**
     * Reads a body written by {@link #writeBody}; read through {@link org.mnistlab.engine.ModelContainer}.
     *
     * @param in positioned at the body
     * @param version the body version written
     * @return the scaler
     * @throws IOException if the body is invalid or newer than this version understands
     */
    public static StandardScaler read(final DataInputStream in, final int version) throws IOException {
        if (version != BODY_VERSION) {
            throw new IOException("saved scaler format " + version + " is not understood by this version (expects "
                + BODY_VERSION + ")");
        }
        final ScalerParams params = new ScalerParams(in.readBoolean(), in.readBoolean());
        final long n = in.readLong();
        final int d = in.readInt();
        if (n < 1 || d < 1) {
            throw new IOException("invalid saved scaler: " + n + " samples, " + d + " features");
        }
        final double[][] arrays = new double[3][d];
        for (final double[] a : arrays) {
            for (int j = 0; j < d; j++) {
                a[j] = in.readDouble();
            }
        }
        return new StandardScaler(params, n, arrays[0], arrays[1], arrays[2]);
    }
}
