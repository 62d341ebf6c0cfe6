package org.mnistlab.engine.selection;

import java.util.List;

import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.metrics.ConfusionMatrix;
import org.mnistlab.engine.metrics.Scoring;

/**
 * What one cross-validation pass yields, everything scikit-learn's {@code cross_val_score},
 * {@code cross_val_predict} and {@code cross_val_predict(method="decision_function")} give, from the same fitted fold
 * models: per-fold accuracy, and for every sample the prediction and decision values of the model that did not see
 * it.
 */
public final class CrossValResult {

    private final Target m_y;

    private final List<Split> m_folds;

    private final double[] m_accuracy;

    private final int[] m_predicted;

    private final Scores m_scores;

    private final double[] m_fitSeconds;

    private final List<String> m_warnings;

    CrossValResult(final Target y, final List<Split> folds, final double[] accuracy, final int[] predicted,
        final Scores scores, final double[] fitSeconds, final List<String> warnings) {
        m_y = y;
        m_folds = List.copyOf(folds);
        m_accuracy = accuracy;
        m_predicted = predicted;
        m_scores = scores;
        m_fitSeconds = fitSeconds;
        m_warnings = List.copyOf(warnings);
    }

    /** @return the labels cross-validated, whose classes index predictions and score columns */
    public Target y() {
        return m_y;
    }

    /** @return the class names, sorted as the target sorts them (a copy) */
    public String[] classes() {
        return m_y.classes();
    }

    /** @return the folds, in order */
    public List<Split> folds() {
        return m_folds;
    }

    /** @return accuracy of each fold's model on its test part, {@code cross_val_score}'s result (a copy) */
    public double[] foldAccuracy() {
        return m_accuracy.clone();
    }

    /**
     * Scores each fold's test predictions with another scikit-learn scorer ({@code cross_val_score(scoring=...)}).
     *
     * @param scoring the scorer
     * @return one score per fold
     */
    public double[] foldScores(final Scoring scoring) {
        final double[] s = new double[m_folds.size()];
        final String[] classes = m_y.classes();
        for (int f = 0; f < s.length; f++) {
            final int[] test = m_folds.get(f).test();
            final int[] truth = new int[test.length];
            final int[] predicted = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                truth[i] = m_y.code(test[i]);
                predicted[i] = m_predicted[test[i]];
            }
            s[f] = scoring.score(ConfusionMatrix.of(classes, truth, predicted));
        }
        return s;
    }

    /**
     * @return the out-of-fold predicted class index of every sample, in sample order, {@code cross_val_predict}'s
     *         result (a copy)
     */
    public int[] predicted() {
        return m_predicted.clone();
    }

    /**
     * The out-of-fold decision values, {@code cross_val_predict(method="decision_function")}: one column (the positive
     * class's score) for two classes, else one column per class, where a class missing from a fold's training part
     * scores the lowest finite double as scikit-learn fills it.
     *
     * @return the scores, in sample order
     */
    public Scores scores() {
        return m_scores;
    }

    /** @return whether each sample belongs to the second (positive) class of a two-class target */
    public boolean[] positiveTruth() {
        if (m_y.numClasses() != 2) {
            throw new IllegalStateException("the target has " + m_y.numClasses() + " classes, not two");
        }
        final boolean[] t = new boolean[m_y.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = m_y.code(i) == 1;
        }
        return t;
    }

    /** @return the confusion matrix of the out-of-fold predictions over the target's classes */
    public ConfusionMatrix confusionMatrix() {
        return ConfusionMatrix.of(m_y, m_predicted);
    }

    /** @return wall-clock seconds each fold took to fit (for display; not deterministic) (a copy) */
    public double[] fitSeconds() {
        return m_fitSeconds.clone();
    }

    /** @return the warnings scikit-learn would have printed (small classes, classes missing from a fold) */
    public List<String> warnings() {
        return m_warnings;
    }
}
