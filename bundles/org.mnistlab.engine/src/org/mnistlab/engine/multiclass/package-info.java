/**
 * Multiclass reductions: one-vs-rest over any binary learner (scikit-learn's OneVsRestClassifier).
 */
package org.mnistlab.engine.multiclass;
