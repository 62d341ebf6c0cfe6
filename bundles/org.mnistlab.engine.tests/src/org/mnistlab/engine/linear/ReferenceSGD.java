package org.mnistlab.engine.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * A slow, literal transcription of scikit-learn's plain SGD for dense data, the yardstick for the fast kernel (as
 * scikit-learn's tests check their kernel against a Python {@code asgd}): every sum runs over all features, zeros
 * included; the weight vector keeps its scale the way {@code WeightVector64} does; the shuffle swaps with an
 * explicit xorshift; the losses are written out again here from the Cython source. It keeps what {@code verbose}
 * prints per epoch as {@code WeightVector64} computes it: {@code sq_norm} updated inside {@code scale} and
 * {@code add}, whose loop sums {@code innerprod} and {@code xsqnorm} over all features while it updates the weights.
 */
final class ReferenceSGD {

    /**
     * @param coef weights
     * @param intercept intercept
     * @param nIter epochs
     * @param epochs what verbose output reports after each epoch (times 0)
     * @param converged whether the stopping rule ended training
     */
    record Fit(double[] coef, double intercept, int nIter, List<SGDEpoch> epochs, boolean converged) {
    }

    private ReferenceSGD() {
    }

    /**
     * @param x dense samples
     * @param y +1/-1 targets
     * @param p parameters
     * @param seed shuffle seed
     * @return the fit
     */
    static Fit fit(final double[][] x, final double[] y, final SGDParams p, final long seed) {
        final int n = x.length;
        final int d = x[0].length;
        final double[] w = new double[d];
        double wscale = 1.0;
        double intercept = 0.0;
        final double[] q = new double[d];
        double u = 0.0;
        double l1Ratio = p.l1Ratio();
        if (p.penalty() == Penalty.L2) {
            l1Ratio = 0.0;
        } else if (p.penalty() == Penalty.L1) {
            l1Ratio = 1.0;
        }
        double eta = p.eta0();
        double optimalInit = 0.0;
        if (p.learningRate() == LearningRate.OPTIMAL) {
            final double typw = Math.sqrt(1.0 / Math.sqrt(p.alpha()));
            final double initialEta0 = typw / Math.max(1.0, dloss(p, -typw, 1.0));
            optimalInit = 1.0 / (initialEta0 * p.alpha());
        }
        double t = 1.0;
        final int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        double bestLoss = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        double sqNorm = 0.0;
        long count = 0;
        final List<SGDEpoch> epochs = new ArrayList<>();
        boolean converged = false;
        int epoch;
        for (epoch = 0; epoch < p.maxIter(); epoch++) {
            double sumloss = 0;
            if (p.shuffle()) {
                int state = (int)seed;
                for (int i = 0; i < n - 1; i++) {
                    if (state == 0) {
                        state = 1;
                    }
                    state ^= state << 13;
                    state ^= state >>> 17;
                    state ^= state << 5;
                    final long r = (state & 0xFFFFFFFFL) % 0x80000000L;
                    final int j = i + (int)(r % (n - i));
                    final int tmp = index[i];
                    index[i] = index[j];
                    index[j] = tmp;
                }
            }
            for (int s = 0; s < n; s++) {
                final double[] xi = x[index[s]];
                final double yi = y[index[s]];
                double inner = 0.0;
                for (int j = 0; j < d; j++) {
                    inner += w[j] * xi[j];
                }
                final double pred = inner * wscale + intercept;
                if (p.learningRate() == LearningRate.OPTIMAL) {
                    eta = 1.0 / (p.alpha() * (optimalInit + t - 1));
                } else if (p.learningRate() == LearningRate.INVSCALING) {
                    eta = p.eta0() / Math.pow(t, p.powerT());
                }
                sumloss += loss(p, pred, yi);
                double dl = dloss(p, pred, yi);
                if (dl < -1e12) {
                    dl = -1e12;
                } else if (dl > 1e12) {
                    dl = 1e12;
                }
                double update = -eta * dl;
                update *= 1.0 * 1.0;
                if (p.penalty() == Penalty.L2 || p.penalty() == Penalty.ELASTICNET) {
                    final double c = 1.0 - ((1.0 - l1Ratio) * eta * p.alpha());
                    final double scale = c > 0 ? c : 0;
                    wscale *= scale;
                    sqNorm *= (scale * scale);
                    if (wscale < 1e-9) {
                        for (int j = 0; j < d; j++) {
                            w[j] = wscale == 0 ? 0.0 : w[j] * wscale;
                        }
                        wscale = 1.0;
                    }
                }
                if (update != 0.0) {
                    double innerprod = 0.0;
                    double xsqnorm = 0.0;
                    for (int j = 0; j < d; j++) {
                        innerprod += w[j] * xi[j];
                        xsqnorm += xi[j] * xi[j];
                        w[j] += xi[j] * (update / wscale);
                    }
                    sqNorm += (xsqnorm * update * update) + (2.0 * innerprod * wscale * update);
                    if (p.fitIntercept()) {
                        intercept += update * 1.0;
                    }
                }
                if (p.penalty() == Penalty.L1 || p.penalty() == Penalty.ELASTICNET) {
                    u += l1Ratio * eta * p.alpha();
                    for (int j = 0; j < d; j++) {
                        final double z = w[j];
                        if (wscale * z > 0.0) {
                            final double v = w[j] - ((u + q[j]) / wscale);
                            w[j] = v > 0.0 ? v : 0.0;
                        } else if (wscale * z < 0.0) {
                            final double v = w[j] + ((u - q[j]) / wscale);
                            w[j] = v < 0.0 ? v : 0.0;
                        }
                        q[j] += wscale * (w[j] - z);
                    }
                }
                t += 1;
                count += 1;
            }
            int nnz = 0;
            for (final double v : w) {
                nnz += v != 0.0 ? 1 : 0;
            }
            epochs.add(new SGDEpoch(epoch + 1, Math.sqrt(sqNorm), nnz, intercept, count, sumloss / n, 0));
            boolean finite = Double.isFinite(intercept);
            for (final double v : w) {
                finite &= Double.isFinite(v);
            }
            if (!finite) {
                throw new IllegalArgumentException("overflow at epoch " + (epoch + 1));
            }
            final double tol = p.tol() == null ? Double.NEGATIVE_INFINITY : p.tol();
            if (tol > Double.NEGATIVE_INFINITY && sumloss > bestLoss - tol * n) {
                noImprovement++;
            } else {
                noImprovement = 0;
            }
            if (sumloss < bestLoss) {
                bestLoss = sumloss;
            }
            if (noImprovement >= p.nIterNoChange()) {
                if (p.learningRate() == LearningRate.ADAPTIVE && eta > 1e-6) {
                    eta = eta / 5;
                    noImprovement = 0;
                } else {
                    converged = true;
                    break;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            w[j] *= wscale;
        }
        return new Fit(w, intercept, Math.min(epoch + 1, p.maxIter()), epochs, converged);
    }

    private static double loss(final SGDParams p, final double pr, final double y) {
        final double z = pr * y;
        final double eps = p.epsilon();
        switch (p.loss()) {
            case HINGE:
                return z <= 1.0 ? 1.0 - z : 0.0;
            case PERCEPTRON:
                return z <= 0.0 ? 0.0 - z : 0.0;
            case SQUARED_HINGE:
                return 1.0 - z > 0 ? (1.0 - z) * (1.0 - z) : 0.0;
            case MODIFIED_HUBER:
                return z >= 1.0 ? 0.0 : z >= -1.0 ? (1.0 - z) * (1.0 - z) : -4.0 * z;
            case LOG_LOSS:
                return z > 18 ? Math.exp(-z) : z < -18 ? -z : Math.log(1.0 + Math.exp(-z));
            case SQUARED_ERROR:
                return 0.5 * (pr - y) * (pr - y);
            case HUBER: {
                final double r = pr - y;
                return Math.abs(r) <= eps ? 0.5 * r * r : eps * Math.abs(r) - (0.5 * eps * eps);
            }
            case EPSILON_INSENSITIVE:
                return Math.max(0, Math.abs(y - pr) - eps);
            case SQUARED_EPSILON_INSENSITIVE: {
                final double ret = Math.abs(y - pr) - eps;
                return ret > 0 ? ret * ret : 0;
            }
            default:
                throw new AssertionError(p.loss());
        }
    }

    private static double dloss(final SGDParams p, final double pr, final double y) {
        final double z = pr * y;
        final double eps = p.epsilon();
        switch (p.loss()) {
            case HINGE:
                return z <= 1.0 ? -y : 0.0;
            case PERCEPTRON:
                return z <= 0.0 ? -y : 0.0;
            case SQUARED_HINGE:
                return 1.0 - z > 0 ? -2 * y * (1.0 - z) : 0.0;
            case MODIFIED_HUBER:
                return z >= 1.0 ? 0.0 : z >= -1.0 ? 2.0 * (1.0 - z) * -y : -4.0 * y;
            case LOG_LOSS:
                return z > 18.0 ? Math.exp(-z) * -y : z < -18.0 ? -y : -y / (Math.exp(z) + 1.0);
            case SQUARED_ERROR:
                return pr - y;
            case HUBER: {
                final double r = pr - y;
                return Math.abs(r) <= eps ? r : r > 0.0 ? eps : -eps;
            }
            case EPSILON_INSENSITIVE:
                return y - pr > eps ? -1 : pr - y > eps ? 1 : 0;
            case SQUARED_EPSILON_INSENSITIVE: {
                final double zz = y - pr;
                return zz > eps ? -2 * (zz - eps) : zz < -eps ? 2 * (-zz - eps) : 0;
            }
            default:
                throw new AssertionError(p.loss());
        }
    }
}
