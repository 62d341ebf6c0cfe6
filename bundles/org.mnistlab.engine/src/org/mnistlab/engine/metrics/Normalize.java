package org.mnistlab.engine.metrics;

/** How {@link ConfusionMatrix#normalized} divides the counts, as {@code confusion_matrix(normalize=...)}. */
public enum Normalize {
    /** By the number of samples of each true class (rows sum to 1): {@code normalize="true"}. */
    TRUE,
    /** By the number of predictions of each class (columns sum to 1): {@code normalize="pred"}. */
    PRED,
    /** By the number of samples: {@code normalize="all"}. */
    ALL
}
