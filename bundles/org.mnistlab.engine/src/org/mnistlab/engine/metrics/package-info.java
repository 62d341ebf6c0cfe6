/**
 * Metrics: confusion matrices, accuracy, precision, recall, F1, precision-recall curves and threshold tools.
 */
package org.mnistlab.engine.metrics;
