/** Applying fitted classifiers to tables: what the SGD and SVM Predictors share. */
package org.mnistlab.knime.predict;
