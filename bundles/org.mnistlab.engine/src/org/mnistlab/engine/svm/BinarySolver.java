package org.mnistlab.engine.svm;

import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/**
 * Solves one two-class C-SVC sub-problem with libsvm ({@code tw.edu.ntu.csie:libsvm}, unmodified): the samples of
 * the first class (label +1) followed by those of the second (label -1), as libsvm's one-vs-one training lays out
 * each class pair. libsvm's solver runs to convergence and cannot be interrupted.
 */
final class BinarySolver {

    static {
        // libsvm reports its iterations on standard output; it has only this process-wide switch to silence it
        svm.svm_set_print_string_function(s -> {
            // discard
        });
    }

    /**
     * The dual solution of a sub-problem.
     *
     * @param alpha {@code y_i * alpha_i} per sample of the sub-problem (libsvm's {@code sv_coef} layout), zero for
     *            non-support vectors with the sign libsvm leaves there
     * @param rho the offset: the decision value is {@code sum_i alpha_i K(x_i, x) - rho}, positive for the first
     *            class
     */
    record Solution(double[] alpha, double rho) {
    }

    private BinarySolver() {
    }

    /**
     * @param problem the sub-problem: precomputed kernel rows or sparse feature rows
     * @param positives how many leading rows belong to the first class
     * @param params hyper-parameters
     * @param kernel the kernel with resolved gamma
     * @param memory where libsvm's kernel cache is reserved, for the time of the solve
     * @return the solution
     */
    static Solution solve(final PairProblems.Problem problem, final int positives, final SVCParams params,
        final KernelFunction kernel, final KernelMemory memory) {
        final int l = problem.size();
        final svm_problem p = new svm_problem();
        p.l = l;
        p.x = problem.rows();
        p.y = new double[l];
        for (int i = 0; i < l; i++) {
            p.y[i] = i < positives ? +1 : -1;
        }
        // libsvm's cache only saves recomputing kernel columns: reading a precomputed column is cheap enough that a
        // quarter of all columns serves as well as all of them, while its own kernel code gains from every column
        final long wanted = problem.precomputed() ? fullCacheBytes(l) / 4 : fullCacheBytes(l);
        final svm_model model;
        try (KernelMemory.Reservation cache = memory.reserveUpTo(wanted)) {
            model = svm.svm_train(p, parameter(params, kernel, problem.precomputed(), l, cache.bytes()));
        }
        final double[] alpha = new double[l];
        for (int i = positives; i < l; i++) {
            // libsvm multiplies every alpha by its label, so a zero alpha of the second class is -0
            alpha[i] = -0.0;
        }
        final double[] coef = model.sv_coef[0];
        for (int k = 0; k < model.l; k++) {
            alpha[model.sv_indices[k] - 1] = coef[k];
        }
        return new Solution(alpha, model.rho[0]);
    }

    /**
     * libsvm's cache of l samples holds at least two columns of l floats, and counts 16 bytes per sample for its
     * bookkeeping: memory of the order of the solver's other working arrays, which is not reserved.
     */
    static long minimumCacheBytes(final int l) {
        return 24L * l;
    }

    /** @return the cache bytes beyond {@link #minimumCacheBytes} that hold every column of an l-sample problem */
    static long fullCacheBytes(final int l) {
        return Math.max(0, 4L * l * l + 16L * l - minimumCacheBytes(l));
    }

    private static svm_parameter parameter(final SVCParams params, final KernelFunction kernel,
        final boolean precomputed, final int l, final long cacheBytes) {
        final svm_parameter p = new svm_parameter();
        p.svm_type = svm_parameter.C_SVC;
        p.kernel_type = precomputed ? svm_parameter.PRECOMPUTED : libsvmKernel(kernel.kernel());
        p.degree = kernel.degree();
        p.gamma = kernel.gamma();
        p.coef0 = kernel.coef0();
        // in MB; libsvm turns it back into exactly these bytes. The cache only changes the speed, never the result.
        p.cache_size = (minimumCacheBytes(l) + cacheBytes) / (double)(1 << 20);
        p.eps = params.tol();
        p.C = params.C();
        p.nr_weight = 0;
        p.weight_label = new int[0];
        p.weight = new double[0];
        p.shrinking = params.shrinking() ? 1 : 0;
        p.probability = 0;
        return p;
    }

    private static int libsvmKernel(final Kernel k) {
        switch (k) {
            case LINEAR:
                return svm_parameter.LINEAR;
            case POLY:
                return svm_parameter.POLY;
            case RBF:
                return svm_parameter.RBF;
            default:
                return svm_parameter.SIGMOID;
        }
    }
}
