package org.mnistlab.engine.linear;

/**
 * What scikit-learn 1.2's {@code _plain_sgd} prints after an epoch with {@code verbose > 0}:
 * {@code Norm: %.2f, NNZs: %d, Bias: %.6f, T: %d, Avg. loss: %f}, then {@code Total training time: %.2f seconds.}
 *
 * @param epoch 1-based epoch number
 * @param norm {@code w.norm()}: the square root of the weights' squared norm as {@code WeightVector64} tracks it
 *            incrementally (the L1 truncation does not update it, so with an L1 penalty it is not the norm of the
 *            weights)
 * @param nnz number of non-zero stored weights ({@code np.nonzero(weights)}), before the scale is folded in
 * @param bias the intercept after the epoch
 * @param t samples trained on since the fit started ({@code count}, a C unsigned int that wraps at 2^32)
 * @param avgLoss the epoch's summed loss over its samples (each taken before that sample's update), divided by the
 *            number of samples
 * @param seconds time since training of this problem started
 */
public record SGDEpoch(int epoch, double norm, long nnz, double bias, long t, double avgLoss, double seconds) {

    /** @return the epoch's report line exactly as scikit-learn prints it */
    public String line() {
        return "Norm: " + PyFormat.fixed(norm, 2) + ", NNZs: " + nnz + ", Bias: " + PyFormat.fixed(bias, 6) + ", T: "
            + t + ", Avg. loss: " + PyFormat.fixed(avgLoss, 6);
    }
}
