package org.mnistlab.engine.linear;

import java.util.Arrays;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.random.OurRandR;

/**
 * scikit-learn's {@code _plain_sgd} ({@code sklearn/linear_model/_sgd_fast.pyx}) for one binary problem on dense
 * data, without averaging, early stopping or weights, reproducing every floating-point operation in order:
 * <ul>
 * <li>the weights are {@code wscale * w} ({@code WeightVector64}): the L2 step multiplies {@code wscale} only, and
 * {@code w} absorbs the scale when it drops below 1e-9;</li>
 * <li>a prediction is the sequential sum of {@code w[j] * x[j]}, times {@code wscale}, plus the intercept. Zero
 * features are skipped, which is exact (see {@link org.mnistlab.engine.data.FeatureMatrix});</li>
 * <li>an update adds {@code x * (update / wscale)} to w, again over non-zero features only;</li>
 * <li>the L1 truncation visits every feature, as scikit-learn does for dense data.</li>
 * </ul>
 * Besides skipping zeros, rows are prefetched in blocks ahead of the random epoch order (see
 * {@link TrainingRows#prefetch}), which changes no result. What {@code verbose > 0} prints is kept on request by a
 * {@link VerboseLog}, which the kernel tells where {@code WeightVector64} updates its squared norm.
 */
final class PlainSGD {

    /** scikit-learn clips the loss derivative to +-1e12 against numerical blow-up. */
    private static final double MAX_DLOSS = 1e12;

    /** {@code WeightVector64} folds {@code wscale} into the weights when it gets smaller than this. */
    private static final double WSCALE_THRESHOLD = 1e-9;

    /** The adaptive schedule stops dividing eta by 5 at this size. */
    private static final double MIN_ADAPTIVE_ETA = 1e-6;

    /** Rows per prefetch block (a power of 2): block b + 1 is read while block b is trained on. */
    private static final int BLOCK = 32;

    /** Epochs over huge data also check for cancellation every this many samples (a power of 2). */
    private static final int CANCEL_INTERVAL = 1 << 13;

    /**
     * The fitted binary problem.
     *
     * @param coef weights, one per feature
     * @param intercept the intercept
     * @param nIter epochs run
     * @param prefetched a by-product of prefetching, kept so that the reads are not optimized away
     * @param log the epochs as verbose output reports them, {@code null} unless asked for
     */
    record Result(double[] coef, double intercept, int nIter, int prefetched, SGDProblemLog log) {
    }

    private PlainSGD() {
    }

    /**
     * Runs SGD from zero weights with the schedule's t starting at 1, as {@code SGDClassifier.fit} does.
     *
     * @param x samples, all values finite
     * @param y targets, +1 or -1 per sample
     * @param p hyper-parameters
     * @param seed the shuffle seed scikit-learn draws with {@code randint(MAX_INT)}
     * @param log where the verbose log goes, {@link VerboseLog#NONE} for none
     * @param monitor progress per epoch and cancellation
     * @return weights, intercept, epochs and the log if one was recorded
     * @throws IllegalArgumentException if the weights overflowed (scikit-learn's "Floating-point under-/overflow")
     */
    static Result fit(final TrainingRows x, final double[] y, final SGDParams p, final long seed,
        final VerboseLog log, final Monitor monitor) {
        final int n = x.rows();
        final LossFunction loss = p.loss().function(p.epsilon());
        final LearningRate rate = p.learningRate();
        final boolean l2 = p.penalty().hasL2();
        final boolean l1 = p.penalty().hasL1();
        final double l1Ratio = p.penalty() == Penalty.L2 ? 0.0 : p.penalty() == Penalty.L1 ? 1.0 : p.l1Ratio();
        final double alpha = p.alpha();
        final double eta0 = p.eta0();
        final double powerT = p.powerT();
        final boolean fitIntercept = p.fitIntercept();
        final double tol = p.tol() == null ? Double.NEGATIVE_INFINITY : p.tol();
        final int maxIter = p.maxIter();

        final double[] w = new double[x.cols()];
        double wscale = 1.0;
        double intercept = 0.0;
        // truncated-gradient state: q[j] is the L1 penalty w[j] has received, u the total it could have
        final double[] q = l1 ? new double[w.length] : null;
        double u = 0.0;
        double eta = eta0;
        double optimalInit = 0.0;
        if (rate == LearningRate.OPTIMAL) {
            // Bottou's heuristic: start t where eta equals typw / max(1, dloss) at a typical weight
            final double typw = Math.sqrt(1.0 / Math.sqrt(alpha));
            final double dloss = loss.dloss(-typw, 1.0);
            final double initialEta0 = typw / (dloss > 1.0 ? dloss : 1.0);
            optimalInit = 1.0 / (initialEta0 * alpha);
        }
        double t = 1.0;
        final int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        int prefetched = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        int nIter = 0;
        SGDStop stop = SGDStop.MAX_ITER;
        for (int epoch = 0; epoch < maxIter; epoch++) {
            monitor.checkCanceled();
            nIter = epoch + 1;
            if (p.shuffle()) {
                shuffle(order, seed);
            }
            double sumloss = 0.0;
            for (int i = 0; i < n; i++) {
                if ((i & (BLOCK - 1)) == 0) {
                    prefetched += x.prefetch(order, i == 0 ? 0 : i + BLOCK, Math.min(n, i + 2 * BLOCK));
                    if ((i & (CANCEL_INTERVAL - 1)) == 0 && i > 0) {
                        monitor.checkCanceled();
                    }
                }
                final int row = order[i];
                final double yi = y[row];
                final double dot = x.dot(row, w);
                final double pred = dot * wscale + intercept;
                if (rate == LearningRate.OPTIMAL) {
                    eta = 1.0 / (alpha * (optimalInit + t - 1));
                } else if (rate == LearningRate.INVSCALING) {
                    eta = eta0 / Math.pow(t, powerT);
                }
                sumloss += loss.loss(pred, yi);
                double dloss = loss.dloss(pred, yi);
                if (dloss < -MAX_DLOSS) {
                    dloss = -MAX_DLOSS;
                } else if (dloss > MAX_DLOSS) {
                    dloss = MAX_DLOSS;
                }
                // scikit-learn multiplies by class and sample weight here; both are 1.0, which changes no bit
                final double update = -eta * dloss;
                if (l2) {
                    // never a negative scale: for huge eta * alpha the weights become zero instead
                    final double c = 1.0 - ((1.0 - l1Ratio) * eta * alpha);
                    final double scale = c > 0 ? c : 0.0;
                    wscale *= scale;
                    log.scaled(scale);
                    if (wscale < WSCALE_THRESHOLD) {
                        resetScale(w, wscale);
                        wscale = 1.0;
                        log.rescaled();
                    }
                }
                if (update != 0.0) {
                    log.added(row, dot, w, wscale, update);
                    x.addScaled(row, update / wscale, w);
                    if (fitIntercept) {
                        // dense data: intercept_decay is 1.0
                        intercept += update;
                    }
                }
                if (l1) {
                    u += l1Ratio * eta * alpha;
                    truncate(w, q, wscale, u);
                }
                t += 1;
            }
            // verbose output reports the epoch before the overflow check
            log.epoch(nIter, w, intercept, sumloss);
            if (!Double.isFinite(intercept) || !allFinite(w)) {
                throw new IllegalArgumentException("Floating-point under-/overflow occurred at epoch #" + nIter
                    + ". Scaling input data with StandardScaler or MinMaxScaler might help.");
            }
            if (tol > Double.NEGATIVE_INFINITY && sumloss > bestLoss - tol * n) {
                noImprovement++;
            } else {
                noImprovement = 0;
            }
            if (sumloss < bestLoss) {
                bestLoss = sumloss;
            }
            monitor.progress((double)nIter / maxIter, "SGD epoch " + nIter + " (at most " + maxIter + ")");
            if (noImprovement >= p.nIterNoChange()) {
                if (rate == LearningRate.ADAPTIVE && eta > MIN_ADAPTIVE_ETA) {
                    eta = eta / 5;
                    noImprovement = 0;
                } else {
                    stop = SGDStop.CONVERGED;
                    break;
                }
            }
        }
        resetScale(w, wscale);
        monitor.progress(1.0, null);
        return new Result(w, intercept, nIter, prefetched, log.finish(stop));
    }

    /**
     * {@code SequentialDataset.shuffle}: a forward Fisher-Yates pass over the current order with {@code our_rand_r}.
     * The seed is passed by value in scikit-learn, so every epoch restarts the generator from the same seed while
     * permuting the previous epoch's order.
     *
     * @param order the order to permute in place
     * @param seed the shuffle seed
     */
    static void shuffle(final int[] order, final long seed) {
        final OurRandR rand = new OurRandR(seed);
        final int n = order.length;
        for (int i = 0; i < n - 1; i++) {
            final int j = i + (int)(rand.next() % (n - i));
            final int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /**
     * {@code WeightVector64.reset_wscale}: BLAS {@code dscal} of w by the scale. OpenBLAS, which scikit-learn uses,
     * writes +0 for a zero factor rather than multiplying (so negative weights do not become -0).
     */
    private static void resetScale(final double[] w, final double wscale) {
        if (wscale == 0.0) {
            Arrays.fill(w, 0.0);
        } else if (wscale != 1.0) {
            for (int j = 0; j < w.length; j++) {
                w[j] *= wscale;
            }
        }
    }

    /**
     * {@code l1penalty}: cumulative truncated gradient (Tsuruoka, Tsujii and Ananiadou 2009) over every feature. The
     * conditional forms mirror Cython's {@code max(0.0, v)}/{@code min(0.0, v)}, which give +0 for -0 and NaN.
     */
    private static void truncate(final double[] w, final double[] q, final double wscale, final double u) {
        for (int j = 0; j < w.length; j++) {
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

    private static boolean allFinite(final double[] w) {
        for (final double v : w) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
