package org.mnistlab.engine.linear;

/**
 * A loss of the prediction p against the target y, with its derivative in p: the loss classes of scikit-learn's
 * {@code _sgd_fast}, with the same arithmetic in the same order, so that the kernel's updates are the same doubles.
 * For classification losses y is +1 or -1.
 * <p>
 * {@link Log} needs exp and log. scikit-learn gets them from glibc, whose results are not always correctly rounded;
 * {@link Math#exp}/{@link Math#log} (HotSpot's intrinsics) agree with glibc far more often than the fdlibm ports in
 * {@link StrictMath} (measured: about 1 in 400 exp results differ in the last bit, against 1 in 10), so log-loss
 * fits match scikit-learn's to rounding rather than bit for bit.
 */
abstract class LossFunction {

    /**
     * @param p prediction {@code w.x + b}
     * @param y target
     * @return the loss
     */
    abstract double loss(double p, double y);

    /**
     * @param p prediction {@code w.x + b}
     * @param y target
     * @return the derivative of the loss with respect to p
     */
    abstract double dloss(double p, double y);

    /** Hinge loss with a margin threshold: 1 is the SVM's loss, 0 the perceptron's. */
    static final class Hinge extends LossFunction {

        private final double m_threshold;

        Hinge(final double threshold) {
            m_threshold = threshold;
        }

        @Override
        double loss(final double p, final double y) {
            final double z = p * y;
            return z <= m_threshold ? m_threshold - z : 0.0;
        }

        @Override
        double dloss(final double p, final double y) {
            return p * y <= m_threshold ? -y : 0.0;
        }
    }

    /** Squared hinge loss. */
    static final class SquaredHinge extends LossFunction {

        private final double m_threshold;

        SquaredHinge(final double threshold) {
            m_threshold = threshold;
        }

        @Override
        double loss(final double p, final double y) {
            final double z = m_threshold - p * y;
            return z > 0 ? z * z : 0.0;
        }

        @Override
        double dloss(final double p, final double y) {
            final double z = m_threshold - p * y;
            return z > 0 ? -2 * y * z : 0.0;
        }
    }

    /** Modified Huber loss: quadratic for margins in [-1, 1], linear below. */
    static final class ModifiedHuber extends LossFunction {

        @Override
        double loss(final double p, final double y) {
            final double z = p * y;
            if (z >= 1.0) {
                return 0.0;
            }
            if (z >= -1.0) {
                return (1.0 - z) * (1.0 - z);
            }
            return -4.0 * z;
        }

        @Override
        double dloss(final double p, final double y) {
            final double z = p * y;
            if (z >= 1.0) {
                return 0.0;
            }
            if (z >= -1.0) {
                return 2.0 * (1.0 - z) * -y;
            }
            return -4.0 * y;
        }
    }

    /** Logistic loss; beyond |z| = 18 scikit-learn uses the asymptotes, and so do we. */
    static final class Log extends LossFunction {

        @Override
        double loss(final double p, final double y) {
            final double z = p * y;
            if (z > 18) {
                return Math.exp(-z);
            }
            if (z < -18) {
                return -z;
            }
            return Math.log(1.0 + Math.exp(-z));
        }

        @Override
        double dloss(final double p, final double y) {
            final double z = p * y;
            if (z > 18.0) {
                return Math.exp(-z) * -y;
            }
            if (z < -18.0) {
                return -y;
            }
            return -y / (Math.exp(z) + 1.0);
        }
    }

    /** Half the squared error. */
    static final class SquaredLoss extends LossFunction {

        @Override
        double loss(final double p, final double y) {
            return 0.5 * (p - y) * (p - y);
        }

        @Override
        double dloss(final double p, final double y) {
            return p - y;
        }
    }

    /** Huber loss with threshold c. */
    static final class Huber extends LossFunction {

        private final double m_c;

        Huber(final double c) {
            m_c = c;
        }

        @Override
        double loss(final double p, final double y) {
            final double r = p - y;
            final double absR = Math.abs(r);
            return absR <= m_c ? 0.5 * r * r : m_c * absR - (0.5 * m_c * m_c);
        }

        @Override
        double dloss(final double p, final double y) {
            final double r = p - y;
            if (Math.abs(r) <= m_c) {
                return r;
            }
            return r > 0.0 ? m_c : -m_c;
        }
    }

    /** Epsilon-insensitive loss (SVR's). */
    static final class EpsilonInsensitive extends LossFunction {

        private final double m_epsilon;

        EpsilonInsensitive(final double epsilon) {
            m_epsilon = epsilon;
        }

        @Override
        double loss(final double p, final double y) {
            final double ret = Math.abs(y - p) - m_epsilon;
            return ret > 0 ? ret : 0;
        }

        @Override
        double dloss(final double p, final double y) {
            if (y - p > m_epsilon) {
                return -1;
            }
            if (p - y > m_epsilon) {
                return 1;
            }
            return 0;
        }
    }

    /** Squared epsilon-insensitive loss. */
    static final class SquaredEpsilonInsensitive extends LossFunction {

        private final double m_epsilon;

        SquaredEpsilonInsensitive(final double epsilon) {
            m_epsilon = epsilon;
        }

        @Override
        double loss(final double p, final double y) {
            final double ret = Math.abs(y - p) - m_epsilon;
            return ret > 0 ? ret * ret : 0;
        }

        @Override
        double dloss(final double p, final double y) {
            final double z = y - p;
            if (z > m_epsilon) {
                return -2 * (z - m_epsilon);
            }
            if (z < -m_epsilon) {
                return 2 * (-z - m_epsilon);
            }
            return 0;
        }
    }
}
