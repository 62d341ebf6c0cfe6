package org.mnistlab.engine.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping behind what scikit-learn's {@code _plain_sgd} prints with {@code verbose > 0}, fed by the kernel at
 * the points where {@code WeightVector64} updates its squared norm. {@link #NONE} does nothing: its empty methods
 * inline to nothing, and the kernel keeps no state of its own for the log, so a fit without a log runs exactly the
 * kernel's arithmetic at the kernel's speed.
 * <p>
 * "Norm" is {@code WeightVector64.norm()}: the square root of a squared norm that starts at {@code w.w = 0}, is
 * multiplied by {@code c*c} when the weights are scaled by c, and grows by {@code xsqnorm*c*c + 2*innerprod*wscale*c}
 * when {@code c*x} is added, {@code innerprod} being the sum of {@code w[j]*x[j]} over the stored weights. The L1
 * truncation changes the weights without updating it, so it is that number, not the norm of the weights.
 */
class VerboseLog {

    /** Records nothing. */
    static final VerboseLog NONE = new VerboseLog();

    VerboseLog() {
    }

    /**
     * @param x the training rows
     * @param positiveClass the class whose samples have target +1
     * @return a log that records every epoch
     */
    static VerboseLog recording(final TrainingRows x, final String positiveClass) {
        return new Recording(x, positiveClass);
    }

    /** @param c the factor the weights were scaled by ({@code WeightVector64.scale}) */
    void scaled(final double c) {
    }

    /** The scale was folded into the stored weights ({@code reset_wscale}): the next inner product is over new values. */
    void rescaled() {
    }

    /**
     * {@code WeightVector64.add}, called before the weights change.
     *
     * @param row the sample added
     * @param dot the sample's inner product with the stored weights, as computed for its prediction
     * @param w the stored weights
     * @param wscale the current scale
     * @param c the factor of the sample ({@code update})
     */
    void added(final int row, final double dot, final double[] w, final double wscale, final double c) {
    }

    /**
     * @param epoch 1-based epoch that just ended
     * @param w the stored weights
     * @param intercept the intercept
     * @param sumloss the epoch's summed loss
     */
    void epoch(final int epoch, final double[] w, final double intercept, final double sumloss) {
    }

    /**
     * @param stop why training stopped
     * @return the log, or {@code null} for {@link #NONE}
     */
    SGDProblemLog finish(final SGDStop stop) {
        return null;
    }

    /** The recording log. */
    private static final class Recording extends VerboseLog {

        private final TrainingRows m_x;

        private final String m_positiveClass;

        private final long m_start = System.nanoTime();

        /** Each row's {@code x.x}, summed as {@code WeightVector64.add} sums its {@code xsqnorm}. */
        private final double[] m_xsq;

        private final List<SGDEpoch> m_epochs = new ArrayList<>();

        private double m_sqNorm;

        private boolean m_rescaled;

        Recording(final TrainingRows x, final String positiveClass) {
            m_x = x;
            m_positiveClass = positiveClass;
            m_xsq = new double[x.rows()];
            for (int i = 0; i < m_xsq.length; i++) {
                m_xsq[i] = x.squaredNorm(i);
            }
        }

        @Override
        void scaled(final double c) {
            m_sqNorm *= c * c;
        }

        @Override
        void rescaled() {
            m_rescaled = true;
        }

        @Override
        void added(final int row, final double dot, final double[] w, final double wscale, final double c) {
            final double innerprod = m_rescaled ? m_x.dot(row, w) : dot;
            m_rescaled = false;
            m_sqNorm += (m_xsq[row] * c * c) + (2.0 * innerprod * wscale * c);
        }

        @Override
        void epoch(final int epoch, final double[] w, final double intercept, final double sumloss) {
            final int n = m_x.rows();
            m_epochs.add(new SGDEpoch(epoch, Math.sqrt(m_sqNorm), nonZeros(w), intercept, samplesSeen(epoch, n),
                sumloss / n, seconds()));
        }

        @Override
        SGDProblemLog finish(final SGDStop stop) {
            return new SGDProblemLog(m_positiveClass, m_epochs, stop, seconds());
        }

        private double seconds() {
            return (System.nanoTime() - m_start) / 1e9;
        }

        /** {@code np.nonzero(weights)[0].shape[0]}: the stored weights, before their scale is folded in. */
        private static int nonZeros(final double[] w) {
            int nnz = 0;
            for (final double v : w) {
                if (v != 0.0) {
                    nnz++;
                }
            }
            return nnz;
        }

        /**
         * scikit-learn's {@code count}, samples trained on so far: all of them every epoch here (no validation
         * split), kept in a C {@code unsigned int}, which wraps at 2^32.
         */
        private static long samplesSeen(final int epochs, final int n) {
            return ((long)epochs * n) & 0xFFFF_FFFFL;
        }
    }
}
