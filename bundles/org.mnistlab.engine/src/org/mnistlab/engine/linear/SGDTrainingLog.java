package org.mnistlab.engine.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training log of an {@link SGDClassifier} fit, what {@code SGDClassifier(verbose=2).fit} reports: every epoch of
 * every binary problem (one for two classes, one per class, in class order, for more) and why each stopped, plus the
 * estimator's ConvergenceWarning when {@code max_iter} was reached with a stopping rule set.
 * <p>
 * A log is a by-product of one fit, with that fit's timings: it is not saved with the model.
 *
 * @param problems the binary problems, in class order
 * @param maxIterReached whether scikit-learn warns {@link #CONVERGENCE_WARNING} ({@code tol} set and
 *            {@code n_iter_} equal to {@code max_iter})
 */
public record SGDTrainingLog(List<SGDProblemLog> problems, boolean maxIterReached) {

    /** scikit-learn's ConvergenceWarning of {@code BaseSGD._fit}. */
    public static final String CONVERGENCE_WARNING =
        "Maximum number of iteration reached before convergence. Consider increasing max_iter to improve the fit.";

    /** Copies the problems. */
    public SGDTrainingLog {
        problems = List.copyOf(problems);
    }

    /** @return {@link #CONVERGENCE_WARNING} if scikit-learn warns it */
    public Optional<String> warning() {
        return maxIterReached ? Optional.of(CONVERGENCE_WARNING) : Optional.empty();
    }

    /**
     * @return what scikit-learn's {@code _plain_sgd} prints to stdout for the whole fit, line by line, problems in
     *         class order (joblib's own progress lines for multiclass fits, on stderr, and the warning are not part
     *         of it); the times are ours
     */
    public List<String> lines() {
        final List<String> lines = new ArrayList<>();
        for (final SGDProblemLog p : problems) {
            lines.addAll(p.lines());
        }
        return lines;
    }
}
