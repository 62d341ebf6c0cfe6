/**
 * Metrics: confusion matrices, accuracy, precision, recall, F1, precision-recall and ROC curves, ROC AUC and threshold
 * tools.
 */
package org.mnistlab.engine.metrics;
