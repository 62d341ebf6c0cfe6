package org.mnistlab.engine.svm;

import java.util.List;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.validation.Validation;

import libsvm.svm_node;

/**
 * Fits an {@link SVC} the way scikit-learn's libsvm does: the samples grouped by class (stable, classes in sorted
 * order, as scikit-learn's modified {@code svm_group_classes}), one two-class problem per class pair (i, j), i < j,
 * with the samples of class i (+1) before those of class j (-1), and libsvm's model layout assembled from the pair
 * solutions ({@code svm_train}'s "build output"). The pairs are independent, so they run in parallel and the result
 * does not depend on the thread count.
 */
final class SVCTraining {

    /** Share of the progress that precomputing kernel values is worth. */
    private static final double KERNEL_SHARE = 0.2;

    private SVCTraining() {
    }

    /** @see SVC#fit */
    static SVC fit(final FeatureMatrix x, final Target target, final SVCParams params, final int threads,
        final KernelMemory memory, final Monitor monitor) {
        final Target y = checkTarget(x, target, threads);
        return fit(TrainingSamples.of(x, params), null, y, params, threads, memory, monitor);
    }

    /**
     * @param x training samples
     * @param target their labels
     * @param threads requested parallelism
     * @return the labels re-encoded to the classes present, as scikit-learn's {@code np.unique}
     * @throws IllegalArgumentException for mismatched lengths, no samples, fewer than two classes, no threads
     */
    static Target checkTarget(final FeatureMatrix x, final Target target, final int threads) {
        Validation.checkThreads(threads);
        Validation.checkConsistentLength(x.rows(), target.size());
        Validation.checkArray(x, SVC.ESTIMATOR);
        final Target y = target.select(identity(x.rows()));
        Validation.checkClassCount(y);
        return y;
    }

    /**
     * Solves all class pairs on prepared samples.
     *
     * @param samples the training samples and kernel
     * @param shared kernel rows of all samples ({@link KernelRows#rows}), or {@code null}
     * @param y labels checked by {@link #checkTarget}
     * @param params hyper-parameters
     * @param threads pairs solved at once
     * @param memory the pool the fit reserves kernel values in, within {@link SVCParams#cacheSize()}
     * @param monitor progress; cancel between pairs
     * @return the model
     */
    static SVC fit(final TrainingSamples samples, final svm_node[][] shared, final Target y, final SVCParams params,
        final int threads, final KernelMemory memory, final Monitor monitor) {
        final Groups groups = Groups.of(y);
        final int[][] pairs = OneVsOne.pairs(groups.numClasses());
        final KernelMemory fitMemory = memory.limit(cacheBytes(params));
        final List<BinarySolver.Solution> solutions;
        try (PairProblems problems = PairProblems.of(samples, shared, groups, fitMemory,
            Math.min(threads, pairs.length), threads, monitor.sub(KERNEL_SHARE))) {
            solutions = Parallel.map(pairs.length, threads, p -> {
                final int i = pairs[p][0];
                final int j = pairs[p][1];
                final Monitor part = monitor.sub((1 - KERNEL_SHARE) * groups.pairWeight(i, j));
                part.checkCanceled();
                final BinarySolver.Solution s = problems.solve(i, j,
                    problem -> BinarySolver.solve(problem, groups.count(i), params, samples.kernel(), fitMemory));
                part.progress(1, "solved classes " + y.className(i) + " vs " + y.className(j));
                return s;
            });
        }
        return assemble(y, groups, pairs, samples.rows(), samples.kernel(), params, solutions);
    }

    /** @return {@link SVCParams#cacheSize()} in bytes: what one fit may hold in kernel values at once */
    static long cacheBytes(final SVCParams params) {
        return (long)Math.min(Long.MAX_VALUE, params.cacheSize() * (1 << 20));
    }

    /** libsvm's "build output": support vectors of any pair, grouped by class, with coefficients per pair. */
    private static SVC assemble(final Target y, final Groups groups, final int[][] pairs, final SparseRows samples,
        final KernelFunction kernel, final SVCParams params, final List<BinarySolver.Solution> solutions) {
        final int k = groups.numClasses();
        final int n = samples.rows();
        // position in the grouped order → whether it is a support vector of some pair
        final boolean[] nonzero = new boolean[n];
        for (int p = 0; p < solutions.size(); p++) {
            final int[] members = groups.pairPositions(pairs[p][0], pairs[p][1]);
            final double[] alpha = solutions.get(p).alpha();
            for (int m = 0; m < members.length; m++) {
                if (Math.abs(alpha[m]) > 0) {
                    nonzero[members[m]] = true;
                }
            }
        }
        final int[] nSupport = new int[k];
        final int[] svOfPosition = new int[n];
        int total = 0;
        for (int c = 0; c < k; c++) {
            for (int pos = groups.start(c); pos < groups.start(c) + groups.count(c); pos++) {
                svOfPosition[pos] = nonzero[pos] ? total++ : -1;
                if (nonzero[pos]) {
                    nSupport[c]++;
                }
            }
        }
        final int[] support = new int[total];
        for (int pos = 0; pos < n; pos++) {
            if (svOfPosition[pos] >= 0) {
                support[svOfPosition[pos]] = groups.sample(pos);
            }
        }
        // classifier (i, j): coefficients of class i's vectors in row j-1, of class j's vectors in row i
        final double[][] coef = new double[k - 1][total];
        final double[] rho = new double[solutions.size()];
        for (int p = 0; p < solutions.size(); p++) {
            final int i = pairs[p][0];
            final int j = pairs[p][1];
            final int[] positions = groups.pairPositions(i, j);
            final double[] alpha = solutions.get(p).alpha();
            for (int m = 0; m < positions.length; m++) {
                final int sv = svOfPosition[positions[m]];
                if (sv >= 0) {
                    coef[m < groups.count(i) ? j - 1 : i][sv] = alpha[m];
                }
            }
            rho[p] = solutions.get(p).rho();
        }
        checkFinite(coef, rho);
        return new SVC(y.classes(), samples.cols(), params, kernel.gamma(), SparseRows.of(samples, support),
            support, nSupport, coef, rho);
    }

    private static void checkFinite(final double[][] coef, final double[] rho) {
        boolean finite = true;
        for (final double r : rho) {
            finite &= Double.isFinite(r);
        }
        for (final double[] row : coef) {
            for (final double c : row) {
                finite &= Double.isFinite(c);
            }
        }
        if (!finite) {
            throw new IllegalArgumentException("The dual coefficients or intercepts are not finite. The input data may "
                + "contain large values and need to be preprocessed.");
        }
    }

    static int[] identity(final int n) {
        final int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
