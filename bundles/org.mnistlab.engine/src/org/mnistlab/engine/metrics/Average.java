package org.mnistlab.engine.metrics;

/** How per-class precision, recall and F1 combine into one number, scikit-learn's {@code average}. */
public enum Average {
    /** Unweighted mean over the classes that occur in the truth or the predictions. */
    MACRO,
    /** From the summed counts over all classes (for single-label data: precision = recall = accuracy). */
    MICRO,
    /** Mean over the classes weighted by their number of true samples (support). */
    WEIGHTED
}
