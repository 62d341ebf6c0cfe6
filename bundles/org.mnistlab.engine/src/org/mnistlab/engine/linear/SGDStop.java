package org.mnistlab.engine.linear;

/** Why {@code _plain_sgd} stopped training one binary problem. */
public enum SGDStop {
    /**
     * The stopping rule fired: the epoch loss did not improve by {@code tol * n} for {@code n_iter_no_change} epochs
     * (with the adaptive schedule: and eta could not shrink further). scikit-learn's verbose output ends with
     * "Convergence after N epochs took T seconds".
     */
    CONVERGED,
    /** {@code max_iter} epochs ran without the stopping rule firing (or with {@code tol=None}, which has none). */
    MAX_ITER
}
